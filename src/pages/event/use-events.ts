import { useMemo, useState } from 'react';
import type { EventCard, EventCategory, MySignUpView } from '@/contracts/event';
import type { GeoPoint } from '@/contracts/geo';
import type { Result } from '@/contracts/result';
import type { UserView } from '@/contracts/user';
import { usePagedList, type PagedList } from '@/hooks/use-paged-list';
import { useResource } from '@/hooks/use-resource';
import { eventApi } from '@/services/event';
import { locate, type LocateFailure } from '@/services/location';
import { orgApi } from '@/services/org';

export type EventScope = 'station' | 'institute' | 'county';
export type EventSort = 'soonest' | 'newest' | 'nearest';

export type EventsTab = {
  list: PagedList<EventCard>;
  scope: EventScope;
  setScope: (s: EventScope) => void;
  category?: EventCategory;
  setCategory: (c?: EventCategory) => void;
  sort: EventSort;
  setSort: (s: EventSort) => Promise<void>;
  locating: boolean;
  notice?: string;
  /** The viewer's own upcoming places by event (from 我的报名): what the cards mark 已报名 / 候补中. */
  mine: Map<string, 'confirmed' | 'waiting'>;
  refresh: () => Promise<void>;
};

const NO_LOCATION: Record<LocateFailure, string> = {
  'no-consent': '您没有同意使用位置信息，活动先按开始时间排列。',
  denied: '没有获得定位权限，活动先按开始时间排列。',
  unavailable: '暂时无法定位，请打开手机定位后再试。活动先按开始时间排列。',
};

/** The 所 above a station (the next to last id of its path), read once per station. */
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
 * The 活动 tab's list: 本站 / 本所 / 全县 from the home station, a category, soonest / newest / nearest first
 * (after the privacy consent and a location fix), and the viewer's own places to mark the cards.
 */
export function useEventsTab(user: UserView): EventsTab {
  const home = user.homeStationId;
  const [scopeWanted, setScope] = useState<EventScope>('institute');
  const scope: EventScope = home ? scopeWanted : 'county';
  const [category, setCategory] = useState<EventCategory>();
  const [sort, setSortState] = useState<EventSort>('soonest');
  const [point, setPoint] = useState<GeoPoint>();
  const [locating, setLocating] = useState(false);
  const [notice, setNotice] = useState<string>();

  const list = usePagedList<EventCard>(
    async (cursor, limit) => {
      let nodeId: string | undefined;
      if (home && scope === 'station') nodeId = home;
      if (home && scope === 'institute') {
        const r = await instituteOf(home);
        if (!r.ok) return r;
        nodeId = r.data;
      }
      const order =
        sort === 'nearest' && point ? { sort, lat: point.lat, lng: point.lng } : { sort: sort === 'nearest' ? ('soonest' as const) : sort };
      return eventApi.list({ ...(nodeId ? { nodeId } : {}), ...(category ? { category } : {}), ...order, cursor, limit });
    },
    [home, scope, category, sort, point?.lat, point?.lng],
  );

  const places = useResource(() => eventApi.mySignUps({ when: 'upcoming', limit: 100 }), [user.id], !!user.volunteer);
  const mine = useMemo(() => {
    const m = new Map<string, 'confirmed' | 'waiting'>();
    for (const p of (places.data?.items ?? []) as MySignUpView[]) {
      if (p.status === 'confirmed') m.set(p.eventId, 'confirmed');
      else if (p.status === 'waiting' && !m.has(p.eventId)) m.set(p.eventId, 'waiting');
    }
    return m;
  }, [places.data]);

  async function setSort(s: EventSort) {
    setNotice(undefined);
    if (s !== 'nearest') {
      setSortState(s);
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

  const refresh = async () => {
    await Promise.all([list.refresh(), user.volunteer ? places.reload() : Promise.resolve()]);
  };

  return { list, scope, setScope, category, setCategory, sort, setSort, locating, notice, mine, refresh };
}
