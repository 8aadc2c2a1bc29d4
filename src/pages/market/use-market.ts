import { useState } from 'react';
import type { ListingCard, ListingCategory, ListingSort } from '@/contracts/market';
import { useFilteredList, type FilteredList } from '@/hooks/use-filtered-list';
import { marketApi } from '@/services/market';

export type Market = FilteredList<ListingCard, ListingCategory, ListingSort> & {
  supported: boolean;
  setSupported: (on: boolean) => void;
  query: string;
  setQuery: (q: string) => void;
  search: () => void;
};

/** The 集市 with its filters: 本站 / 本所 / 全县 (全县 first), a category, 帮扶 only, a name, newest or by price. */
export function useMarket(home: string | undefined): Market {
  const [supported, setSupported] = useState(false);
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const filtered = useFilteredList<ListingCard, ListingCategory, ListingSort>(
    home,
    { scope: 'county', sort: 'newest' },
    (where, cursor, limit) =>
      marketApi.browse({ ...where, ...(supported ? { supported: true } : {}), ...(searched ? { q: searched } : {}), cursor, limit }),
    [supported, searched],
  );
  return { ...filtered, supported, setSupported, query, setQuery, search: () => setSearched(query.trim()) };
}
