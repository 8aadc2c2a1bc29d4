import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import SessionGate from '@/components/session-gate';
import Tabs, { type TabOption } from '@/components/tabs';
import WishList from '@/components/wish-list';
import type { WishView } from '@/contracts/wish';
import { usePagedList } from '@/hooks/use-paged-list';
import { useShownAgain } from '@/hooks/use-shown-again';
import { ROUTES } from '@/services/env';
import { formatWhen, wishApi } from '@/services/wish';

type Show = 'active' | 'all';
const TABS: TabOption<Show>[] = [
  { value: 'active', label: '正在办的', id: 'wish-claims-tab-active' },
  { value: 'all', label: '全部认领', id: 'wish-claims-tab-all' },
];

function MyClaims() {
  const [show, setShow] = useState<Show>('active');
  const active = show === 'active';
  const list = usePagedList<WishView>((cursor, limit) => wishApi.myClaims({ active, cursor, limit }), [active]);
  useShownAgain(() => void list.refresh());
  return (
    <View className='page'>
      <Tabs id='wish-claims-tabs' options={TABS} value={show} onChange={setShow} />
      <WishList
        list={list}
        idPrefix='wish-claims'
        showStatus
        renderExtra={(w) =>
          w.status === 'claimed' && w.claimDeadline ? (
            <Text className='wish-card__hint'>{`请在 ${formatWhen(w.claimDeadline)} 前办好，办好后点开「我已完成」`}</Text>
          ) : null
        }
        empty={{
          title: active ? '没有正在办的心愿' : '您还没有认领过心愿',
          text: '去心愿池看看，认领一个身边居民的心愿。认领后请在 7 天内帮忙实现。',
          action: { id: 'wish-claims-btn-pool', label: '去心愿池看看', to: ROUTES.wish, how: 'tab' },
        }}
      />
    </View>
  );
}

/** 我认领的: the wishes I claim(ed); 正在办的 first, a page at a time. */
export default function MyClaimsPage() {
  return <SessionGate idPrefix='wish-claims-page'>{() => <MyClaims />}</SessionGate>;
}
