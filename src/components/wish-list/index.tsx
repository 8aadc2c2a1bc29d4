import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { WishView } from '@/contracts/wish';
import type { PagedList } from '@/hooks/use-paged-list';
import ActionButton from '../action-button';
import StateView from '../state-view';
import WishCard from '../wish-card';
import './index.scss';

export type WishListProps = {
  list: PagedList<WishView>;
  /** Ids: "<idPrefix>-list", "<idPrefix>-state", "<idPrefix>-item-<wish id>", "<idPrefix>-btn-more". */
  idPrefix: string;
  showStatus?: boolean;
  onOpen: (w: WishView) => void;
  /** The empty state: what this list is for and what to do (children are its buttons). */
  emptyTitle: string;
  emptyText: string;
  emptyActions?: ReactNode;
  /** Extra content under a card (the review queue's actions). */
  renderExtra?: (w: WishView) => ReactNode;
};

/** A paged list of wishes with its loading, empty and error states and a "more" footer. */
export default function WishList(p: WishListProps) {
  const { list, idPrefix } = p;
  if (list.status === 'loading') return <StateView id={`${idPrefix}-state`} status='loading' size='inline' title='正在加载心愿…' />;
  if (list.status === 'error') {
    return (
      <StateView id={`${idPrefix}-state`} status='error' size='inline' error={list.error} onRetry={list.refresh} retryId={`${idPrefix}-btn-retry`} />
    );
  }
  if (list.status === 'empty') {
    return (
      <StateView id={`${idPrefix}-state`} status='empty' size='inline' icon='心' title={p.emptyTitle} description={p.emptyText}>
        {p.emptyActions}
      </StateView>
    );
  }
  return (
    <View id={`${idPrefix}-list`}>
      {list.items.map((w) => (
        <WishCard key={w.id} wish={w} idPrefix={`${idPrefix}-item`} showStatus={p.showStatus} onClick={() => p.onOpen(w)}>
          {p.renderExtra?.(w)}
        </WishCard>
      ))}
      <Footer list={list} idPrefix={idPrefix} />
    </View>
  );
}

function Footer({ list, idPrefix }: { list: PagedList<WishView>; idPrefix: string }) {
  if (list.loadingMore) return <Text className='wish-list__end'>正在加载更多…</Text>;
  if (list.error) {
    return (
      <View className='wish-list__more'>
        <Text className='wish-list__end'>{list.error.message}</Text>
        <ActionButton id={`${idPrefix}-btn-more`} type='secondary' onClick={list.loadMore}>
          重新加载
        </ActionButton>
      </View>
    );
  }
  if (list.hasMore) {
    return (
      <View className='wish-list__more'>
        <ActionButton id={`${idPrefix}-btn-more`} type='plain' onClick={list.loadMore}>
          加载更多
        </ActionButton>
      </View>
    );
  }
  return <Text className='wish-list__end'>没有更多了 · 下拉可以刷新</Text>;
}
