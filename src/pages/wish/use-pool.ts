import { useState } from 'react';
import type { GeoPoint } from '@/contracts/geo';
import type { Result } from '@/contracts/result';
import type { UserView } from '@/contracts/user';
import type { WishCategory, WishView } from '@/contracts/wish';
import { usePagedList, type PagedList } from '@/hooks/use-paged-list';
import { locate, type LocateFailure } from '@/services/location';
import { orgApi } from '@/services/org';
import { wishApi } from '@/services/wish';

export type PoolScope = 'station' | 'institute' | 'county';
export type PoolSort = 'newest' | 'nearest';

export type Pool = {
  list: PagedList<WishView>;
  scope: PoolScope;
  setScope: (s: PoolScope) => void;
  category?: WishCategory;
  setCategory: (c?: WishCategory) => void;
  sort: PoolSort;
  setSort: (s: PoolSort) => Promise<void>;
  locating: boolean;
  /** Why nearest-first is not possible (no consent, no fix). */
  notice?: string;
};

const NO_LOCATION: Record<LocateFailure, string> = {
  'no-consent': '您没有同意使用位置信息，心愿先按最新发布排列。',
  denied: '没有获得定位权限，心愿先按最新发布排列。',
  unavailable: '暂时无法定位，请打开手机定位后再试。心愿先按最新发布排列。',
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
 * The open pool with its filters: 本站 / 本所 / 全县 from the home station's path, a category, and newest
 * or nearest first (after the privacy consent and a location fix).
 */
export function usePool(user: UserView): Pool {
  const home = user.homeStationId;
  const [scopeWanted, setScope] = useState<PoolScope>('station');
  const scope: PoolScope = home ? scopeWanted : 'county';
  const [category, setCategory] = useState<WishCategory>();
  const [sort, setSortState] = useState<PoolSort>('newest');
  const [point, setPoint] = useState<GeoPoint>();
  const [locating, setLocating] = useState(false);
  const [notice, setNotice] = useState<string>();

  const list = usePagedList<WishView>(
    async (cursor, limit) => {
      let nodeId: string | undefined;
      if (home && scope === 'station') nodeId = home;
      if (home && scope === 'institute') {
        const r = await instituteOf(home);
        if (!r.ok) return r;
        nodeId = r.data;
      }
      const near = sort === 'nearest' && point ? { sort, lat: point.lat, lng: point.lng } : { sort: 'newest' as const };
      return wishApi.pool({ ...(nodeId ? { nodeId } : {}), ...(category ? { category } : {}), ...near, cursor, limit });
    },
    [home, scope, category, sort, point?.lat, point?.lng],
  );

  async function setSort(s: PoolSort) {
    setNotice(undefined);
    if (s === 'newest') {
      setSortState('newest');
      return;
    }
    setLocating(true);
    const loc = await locate();
    setLocating(false);
    if (!loc.ok) {
      setNotice(NO_LOCATION[loc.reason]);
      return;
    }
    setPoint(loc.point);
    setSortState('nearest');
  }

  return { list, scope, setScope, category, setCategory, sort, setSort, locating, notice };
}
