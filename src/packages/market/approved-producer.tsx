import type { ReactNode } from 'react';
import ResourceState from '@/components/resource-state';
import StateView from '@/components/state-view';
import type { ProducerView } from '@/contracts/market';
import type { Resource } from '@/hooks/use-resource';

type Props = {
  /** Element id of the waiting and the not-yet states. */
  id: string;
  /** The caller's own registration (`marketApi.myProducer()`): null when there is none. */
  me: Resource<ProducerView | null>;
  /** The 农 empty state shown until the registration is approved: its headline, words and buttons. */
  title: string;
  description: string;
  actions?: ReactNode;
  children: (producer: ProducerView) => ReactNode;
};

/** What only an approved producer may use (上架, 我的商品): waits for the registration, then shows the part or why not yet. */
export default function ApprovedProducer({ id, me, title, description, actions, children }: Props) {
  if (me.status !== 'ready') return <ResourceState id={id} resource={me} />;
  if (!me.data || me.data.status !== 'approved') {
    return (
      <StateView id={id} status='empty' icon='农' title={title} description={description}>
        {actions}
      </StateView>
    );
  }
  return <>{children(me.data)}</>;
}
