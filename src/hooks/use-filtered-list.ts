import { useState } from 'react';
import type { GeoPoint } from '@/contracts/geo';
import type { Page } from '@/contracts/paging';
import type { Result } from '@/contracts/result';
import { locate, type LocateFailure } from '@/services/location';
import { orgApi } from '@/services/org';
import { usePagedList, type PagedList } from './use-paged-list';

/** How far a tab's list reaches from the viewer's home station. */
export type ListScope = 'station' | 'institute' | 'county';

/** What a list action is asked for: present keys only (an unset filter is left out of the request). */
export type ListWhere<C extends string, S extends string> = {
  nodeId?: string;
  category?: C;
  sort: S;
  lat?: number;
  lng?: number;
};

export type FilteredList<T, C extends string, S extends string> = {
  list: PagedList<T>;
  scope: ListScope;
  setScope: (s: ListScope) => void;
  category?: C;
  setCategory: (c?: C) => void;
  sort: S;
  /** 'nearest' first asks for the location (privacy consent, a fix); without one the sort stays and `notice` says why. */
  setSort: (s: S) => Promise<void>;
  locating: boolean;
  notice?: string;
};

export type FilteredListOptions<S extends string> = {
  /** The scope shown first (a viewer without a home station always sees the county). */
  scope: ListScope;
  /** The sort shown first. */
  sort: S;
  /** Why nearest-first is not possible, by failure; only lists that sort by distance need it. */
  noLocation?: Record<LocateFailure, string>;
};

/** The 所 above a station: the next to last id of its path (center → 所 → 站), read once per station. */
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

/**
 * A tab's paged list with its filters: 本站 / 本所 / 全县 from the home station's path, a category, and a
 * sort (nearest first after the privacy consent and a location fix). `load` gets the filter as request keys;
 * `deps` are the caller's own filters (a search, a toggle), which reload the list like these do.
 */
export function useFilteredList<T, C extends string, S extends string>(
  home: string | undefined,
  options: FilteredListOptions<S>,
  load: (where: ListWhere<C, S>, cursor: string | undefined, limit: number) => Promise<Result<Page<T>>>,
  deps: unknown[] = [],
): FilteredList<T, C, S> {
  const [scopeWanted, setScope] = useState<ListScope>(options.scope);
  const scope: ListScope = home ? scopeWanted : 'county';
  const [category, setCategory] = useState<C>();
  const [sort, setSortState] = useState<S>(options.sort);
  const [point, setPoint] = useState<GeoPoint>();
  const [locating, setLocating] = useState(false);
  const [notice, setNotice] = useState<string>();

  const list = usePagedList<T>(
    async (cursor, limit) => {
      let nodeId: string | undefined;
      if (home && scope === 'station') nodeId = home;
      if (home && scope === 'institute') {
        const r = await instituteOf(home);
        if (!r.ok) return r;
        nodeId = r.data;
      }
      const near = sort === 'nearest';
      const order = near && point ? { sort, lat: point.lat, lng: point.lng } : { sort: near ? options.sort : sort };
      return load({ ...(nodeId ? { nodeId } : {}), ...(category ? { category } : {}), ...order }, cursor, limit);
    },
    [home, scope, category, sort, point?.lat, point?.lng, ...deps],
  );

  async function setSort(s: S) {
    setNotice(undefined);
    if (s !== 'nearest' || !options.noLocation) {
      setSortState(s);
      return;
    }
    setLocating(true);
    const loc = await locate();
    setLocating(false);
    if (!loc.ok) {
      setNotice(options.noLocation[loc.reason]);
      return;
    }
    setPoint(loc.point);
    setSortState(s);
  }

  return { list, scope, setScope, category, setCategory, sort, setSort, locating, notice };
}
