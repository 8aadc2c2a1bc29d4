import { useMemo } from 'react';
import type { EventCard, EventCategory, EventListSort, MySignUpView } from '@/contracts/event';
import type { UserView } from '@/contracts/user';
import { useFilteredList, type FilteredList } from '@/hooks/use-filtered-list';
import { useResource } from '@/hooks/use-resource';
import { eventApi } from '@/services/event';
import type { LocateFailure } from '@/services/location';

export type EventsTab = FilteredList<EventCard, EventCategory, EventListSort> & {
  /** The viewer's own upcoming places by event (from 我的报名): what the cards mark 已报名 / 候补中. */
  mine: Map<string, 'confirmed' | 'waiting'>;
  refresh: () => Promise<void>;
};

const NO_LOCATION: Record<LocateFailure, string> = {
  'no-consent': '您没有同意使用位置信息，活动先按开始时间排列。',
  denied: '没有获得定位权限，活动先按开始时间排列。',
  unavailable: '暂时无法定位，请打开手机定位后再试。活动先按开始时间排列。',
};

/**
 * The 活动 tab's list: 本所 first, a category, soonest / newest / nearest first, and the viewer's own places
 * to mark the cards.
 */
export function useEventsTab(user: UserView): EventsTab {
  const tab = useFilteredList<EventCard, EventCategory, EventListSort>(
    user.homeStationId,
    { scope: 'institute', sort: 'soonest', noLocation: NO_LOCATION },
    (where, cursor, limit) => eventApi.list({ ...where, cursor, limit }),
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

  const refresh = async () => {
    await Promise.all([tab.list.refresh(), user.volunteer ? places.reload() : Promise.resolve()]);
  };

  return { ...tab, mine, refresh };
}
