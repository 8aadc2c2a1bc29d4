import { useState } from 'react';
import { ScrollView, Text, View } from '@tarojs/components';
import Chip from '@/components/chip';
import SessionGate from '@/components/session-gate';
import WishList from '@/components/wish-list';
import type { WishStatus, WishView } from '@/contracts/wish';
import { usePagedList } from '@/hooks/use-paged-list';
import { useShownAgain } from '@/hooks/use-shown-again';
import { WISH_ROUTES, WISH_STATUS_TEXT, wishApi } from '@/services/wish';
import './index.scss';

/** The next step for the wishes that wait on the resident. */
const HINTS: Partial<Record<WishStatus, string>> = {
  fulfilled: '认领人已经办好，请点开「确认并评价」',
  rejected: '没有通过审核，点开看看原因',
};

const TABS: (WishStatus | 'all')[] = [
  'all',
  'pending_review',
  'open',
  'claimed',
  'fulfilled',
  'confirmed',
  'rejected',
  'cancelled',
  'expired',
];

function MyWishes() {
  const [status, setStatus] = useState<WishStatus | 'all'>('all');
  const list = usePagedList<WishView>(
    (cursor, limit) => wishApi.mine({ ...(status === 'all' ? {} : { status }), cursor, limit }),
    [status],
  );
  useShownAgain(() => void list.refresh());
  return (
    <View className='page wish-mine'>
      <ScrollView scrollX className='wish-mine__tabs'>
        <View className='wish-mine__tabs-row'>
          {TABS.map((s) => (
            <Chip key={s} id={`wish-mine-tab-${s}`} selectable selected={status === s} onClick={() => setStatus(s)}>
              {s === 'all' ? '全部' : WISH_STATUS_TEXT[s]}
            </Chip>
          ))}
        </View>
      </ScrollView>
      <WishList
        list={list}
        idPrefix='wish-mine'
        showStatus
        renderExtra={(w) => (HINTS[w.status] ? <Text className='wish-card__hint'>{HINTS[w.status]}</Text> : null)}
        empty={{
          title: status === 'all' ? '您还没有许过心愿' : `没有「${WISH_STATUS_TEXT[status]}」的心愿`,
          text: '生活上有小困难，可以许个心愿，志愿者会来帮忙。',
          action: { id: 'wish-mine-btn-new', label: '许个心愿', to: WISH_ROUTES.submit, how: 'go' },
        }}
      />
    </View>
  );
}

/** 我的心愿: the wishes I posted (or recorded for a resident), by state, a page at a time. */
export default function MyWishesPage() {
  return <SessionGate idPrefix='wish-mine-page'>{() => <MyWishes />}</SessionGate>;
}
