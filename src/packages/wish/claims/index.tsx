import { useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import ActionButton from '@/components/action-button';
import SessionGate from '@/components/session-gate';
import WishList from '@/components/wish-list';
import type { WishView } from '@/contracts/wish';
import { usePagedList } from '@/hooks/use-paged-list';
import { ROUTES } from '@/services/env';
import { switchTab } from '@/services/nav';
import { formatWhen, openWish, wishApi } from '@/services/wish';
import './index.scss';

function MyClaims() {
  const [active, setActive] = useState(true);
  const list = usePagedList<WishView>((offset, limit) => wishApi.myClaims({ active, offset, limit }), [active]);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void list.refresh();
    shown.current = true;
  });
  return (
    <View className='page wish-claims'>
      <View id='wish-claims-tabs' className='wish-claims__tabs'>
        {[true, false].map((a) => (
          <View key={String(a)} id={`wish-claims-tab-${a ? 'active' : 'all'}`}
            className={`wish-claims__tab${active === a ? ' wish-claims__tab--on' : ''}`} onClick={() => setActive(a)}>
            {a ? '正在办的' : '全部认领'}
          </View>
        ))}
      </View>
      <WishList
        list={list}
        idPrefix='wish-claims'
        showStatus
        onOpen={(w) => openWish(w.id)}
        renderExtra={(w) =>
          w.status === 'claimed' && w.claimDeadline ? (
            <Text className='wish-card__hint'>{`请在 ${formatWhen(w.claimDeadline)} 前办好，办好后点开「我已完成」`}</Text>
          ) : null
        }
        emptyTitle={active ? '没有正在办的心愿' : '您还没有认领过心愿'}
        emptyText='去心愿池看看，认领一个身边居民的心愿。认领后请在 7 天内帮忙实现。'
        emptyActions={
          <ActionButton id='wish-claims-btn-pool' type='primary' onClick={() => switchTab(ROUTES.wish)}>
            去心愿池看看
          </ActionButton>
        }
      />
    </View>
  );
}

/** 我认领的: the wishes I claim(ed); 正在办的 first, a page at a time. */
export default function MyClaimsPage() {
  return <SessionGate idPrefix='wish-claims-page'>{() => <MyClaims />}</SessionGate>;
}
