import MarketCard from '@/components/market-card';
import PagedListView, { type PagedListViewProps } from '@/components/paged-list-view';
import type { ListingView } from '@/contracts/market';
import { openListing } from '@/services/market';

/** Listings with their status (我的商品, the review queue): each card opens the listing. */
export default function ListingList(p: Omit<PagedListViewProps<ListingView>, 'children'>) {
  return (
    <PagedListView {...p}>
      {(l) => <MarketCard idPrefix={p.idPrefix} listing={l} showStatus onClick={() => openListing(l.id)} />}
    </PagedListView>
  );
}
