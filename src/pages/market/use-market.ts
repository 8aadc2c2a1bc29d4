import { useState } from 'react';
import type { ListingCard, ListingCategory, ListingSort } from '@/contracts/market';
import type { Result } from '@/contracts/result';
import type { UserView } from '@/contracts/user';
import { usePagedList, type PagedList } from '@/hooks/use-paged-list';
import { marketApi } from '@/services/market';
import { orgApi } from '@/services/org';

export type MarketScope = 'station' | 'institute' | 'county';

export type Market = {
  list: PagedList<ListingCard>;
  scope: MarketScope;
  setScope: (s: MarketScope) => void;
  category?: ListingCategory;
  setCategory: (c?: ListingCategory) => void;
  supported: boolean;
  setSupported: (on: boolean) => void;
  sort: ListingSort;
  setSort: (s: ListingSort) => void;
  query: string;
  setQuery: (q: string) => void;
  search: () => void;
};

/** The 所 above a station (next to last id of its path), read once per station. */
const institutes = new Map<string, string>();
async function instituteOf(stationId: string): Promise<Result<string>> {
  const known = institutes.get(stationId);
  if (known) return { ok: true, data: known };
  const r = await orgApi.node({ id: stationId });
  if (!r.ok) return r;
  const id = r.data.path[r.data.path.length - 2] ?? r.data.path[0];
  institutes.set(stationId, id);
  return { ok: true, data: id };
}

/** The 集市 with its filters: 本站 / 本所 / 全县, a category, 帮扶 only, a name, newest or by price. */
export function useMarket(user: UserView): Market {
  const home = user.homeStationId;
  const [scopeWanted, setScope] = useState<MarketScope>('county');
  const scope: MarketScope = home ? scopeWanted : 'county';
  const [category, setCategory] = useState<ListingCategory>();
  const [supported, setSupported] = useState(false);
  const [sort, setSort] = useState<ListingSort>('newest');
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');

  const list = usePagedList<ListingCard>(
    async (cursor, limit) => {
      let nodeId: string | undefined;
      if (home && scope === 'station') nodeId = home;
      if (home && scope === 'institute') {
        const r = await instituteOf(home);
        if (!r.ok) return r;
        nodeId = r.data;
      }
      return marketApi.browse({
        ...(nodeId ? { nodeId } : {}),
        ...(category ? { category } : {}),
        ...(supported ? { supported: true } : {}),
        ...(searched ? { q: searched } : {}),
        sort,
        cursor,
        limit,
      });
    },
    [home, scope, category, supported, sort, searched],
  );

  return {
    list,
    scope,
    setScope,
    category,
    setCategory,
    supported,
    setSupported,
    sort,
    setSort,
    query,
    setQuery,
    search: () => setSearched(query.trim()),
  };
}
