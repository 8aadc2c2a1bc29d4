import type { ReactNode } from 'react';
import type { WishView } from '@/contracts/wish';
import type { PagedList } from '@/hooks/use-paged-list';
import { openWish } from '@/services/wish';
import PagedListView, { type ListEmpty } from '../paged-list-view';
import WishCard from '../wish-card';

export type WishListProps = {
  list: PagedList<WishView>;
  /** Ids: "<idPrefix>-list", "<idPrefix>-state", "<idPrefix>-item-<wish id>", "<idPrefix>-btn-more". */
  idPrefix: string;
  showStatus?: boolean;
  /** Tapping a card; default: the wish's page. */
  onOpen?: (w: WishView) => void;
  /** The empty state (its glyph is 心). */
  empty: Omit<ListEmpty, 'icon'>;
  /** Extra content under a card (the review queue's actions, a next step). */
  renderExtra?: (w: WishView) => ReactNode;
  /** Wishes changed on this screen since the page was read (a review decided), by id: their cards show them as they are now. */
  replaced?: Readonly<Record<string, WishView>>;
};

/** A paged list of wishes with its loading, empty and error states and a "more" footer. */
export default function WishList({ list, idPrefix, showStatus, onOpen, renderExtra, replaced, empty }: WishListProps) {
  return (
    <PagedListView
      list={list}
      idPrefix={idPrefix}
      loadingTitle='正在加载心愿…'
      empty={{ icon: '心', ...empty }}
      endText='没有更多了 · 下拉可以刷新'
    >
      {(read) => {
        const w = replaced?.[read.id] ?? read;
        return (
          <WishCard wish={w} idPrefix={`${idPrefix}-item`} showStatus={showStatus} onClick={() => (onOpen ? onOpen(w) : openWish(w.id))}>
            {renderExtra?.(read)}
          </WishCard>
        );
      }}
    </PagedListView>
  );
}
