import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { gatedPage } from '@/components/gated-page';
import { DetailState } from '@/components/resource-state';
import StateView from '@/components/state-view';
import type { Fail } from '@/contracts/result';
import type { WishView } from '@/contracts/wish';
import { useResource } from '@/hooks/use-resource';
import { ROUTES } from '@/services/env';
import { wishApi } from '@/services/wish';
import Actions from './actions';
import { WishContact, WishInfo } from './info';
import Outcome from './outcome';
import Summary from './summary';
import './index.scss';

/** Refusals that mean the wish changed under the reader: show it as it is now. */
const STALE = [
  'WISH_ALREADY_CLAIMED',
  'WISH_NOT_OPEN',
  'WISH_NOT_CLAIMED',
  'WISH_NOT_FULFILLED',
  'WISH_ALREADY_CONFIRMED',
  'WISH_CANNOT_CANCEL',
  'WISH_NOT_PENDING',
  'CONFLICT',
];

function WishDetail({ id, submitted }: { id: string; submitted: boolean }) {
  const res = useResource(() => wishApi.detail({ id }), [id], !!id);
  const [after, setAfter] = useState<WishView>();
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string }>();

  usePullDownRefresh(() => {
    setAfter(undefined);
    void res.reload().finally(() => Taro.stopPullDownRefresh());
  });

  const wish = after ?? res.data;
  if (!id) return <StateView id='wish-detail-state' status='error' error={{ code: 'NOT_FOUND', message: '没有找到这个心愿' }} />;
  if (!wish) return <DetailState idPrefix='wish-detail' resource={res} loadingTitle='正在打开心愿…' back={ROUTES.wish} />;

  function changed(w: WishView, toast: string) {
    setAfter(w);
    setNotice(undefined);
    if (toast) void Taro.showToast({ title: toast, icon: 'success' });
  }
  function failed(f: Fail) {
    setNotice({ tone: 'error', text: f.message });
    if (STALE.includes(f.code)) {
      setAfter(undefined);
      void res.reload();
    }
  }

  return (
    <View id='wish-detail' className='page wish-detail' data-status={wish.status}>
      {submitted && wish.status === 'pending_review' ? (
        <View id='wish-detail-submitted' className='page__banner page__banner--info'>
          心愿已提交，正在等待站点审核。审核通过后会公开，我们会发消息告诉您。
        </View>
      ) : null}
      {notice ? (
        <View id='wish-detail-notice' className={`page__banner page__banner--${notice.tone}`}>
          {notice.text}
        </View>
      ) : null}
      <Summary wish={wish} />
      <Outcome wish={wish} />
      <Actions wish={wish} onChanged={changed} onFail={failed} />
      <WishInfo wish={wish} />
      <WishContact wish={wish} />
    </View>
  );
}

/**
 * One wish: where it stands, what happens next, and the reader's buttons — those the server lists in the
 * view's `actions`. ?id=… (&submitted=1 after 许愿).
 */
export default gatedPage('wish-detail', (_, query) => <WishDetail id={query('id')} submitted={query('submitted') === '1'} />);
