import { View } from '@tarojs/components';
import ActionButton from '@/components/action-button';
import EventCard from '@/components/event-card';
import PagedListView from '@/components/paged-list-view';
import SessionGate from '@/components/session-gate';
import type { EventCard as Card } from '@/contracts/event';
import { usePagedList } from '@/hooks/use-paged-list';
import { useShownAgain } from '@/hooks/use-shown-again';
import { eventApi, openEvent, openEventForm } from '@/services/event';
import '../list.scss';

function Managed() {
  const list = usePagedList<Card>((cursor, limit) => eventApi.managed({ cursor, limit }), []);
  useShownAgain(() => void list.refresh());
  return (
    <View className='page event-list'>
      <View className='page__actions'>
        <ActionButton id='event-managed-btn-publish' type='primary' onClick={() => openEventForm()}>
          发布新活动
        </ActionButton>
      </View>
      <PagedListView
        list={list}
        idPrefix='event-managed'
        className='event-list__items'
        empty={{ icon: '志', title: '还没有组织过活动', text: '发布的活动会列在这里，可以查看报名名单、修改或取消。' }}
      >
        {(e) => <EventCard event={e} idPrefix='event-managed-item' onClick={() => openEvent(e.id)} />}
      </PagedListView>
    </View>
  );
}

/** 我组织的活动: my teams' events (leaders) and those of my scope (staff), newest first, cancelled ones too. */
export default function ManagedEventsPage() {
  return <SessionGate idPrefix='event-managed-page'>{() => <Managed />}</SessionGate>;
}
