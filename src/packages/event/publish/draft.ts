import { EVENT_LIMITS as L, type EventCategory, type EventView } from '@/contracts/event';
import type { GeoPoint } from '@/contracts/geo';
import type { Intensity } from '@/contracts/settings';
import { dateOf, timeOf, type SlotDraft } from './time';

export type Station = { id: string; name: string; address?: string; location?: GeoPoint };
export type Draft = {
  title: string;
  category?: EventCategory;
  description: string;
  address: string;
  points: string;
  radius: string;
  /** 劳动强度: its points factor is a center setting. */
  intensity: Intensity;
  closeDate: string;
  closeTime: string;
};

/** A new event's sign-up opens as it is published. */
export const opensNow = () => Date.now() - 60_000;

export const blank = (): Draft => ({
  title: '',
  description: '',
  address: '',
  points: String(L.pointsPerHourDefault),
  radius: String(L.checkInRadiusDefaultM),
  intensity: 'normal',
  closeDate: '',
  closeTime: '',
});

export function fromEvent(e: EventView): { draft: Draft; slots: SlotDraft[]; station: Station } {
  return {
    draft: {
      title: e.title,
      category: e.category,
      description: e.description,
      address: e.address,
      points: String(e.pointsPerHour),
      radius: String(e.checkInRadiusM),
      intensity: e.intensity,
      closeDate: dateOf(e.signUpClosesAt),
      closeTime: timeOf(e.signUpClosesAt),
    },
    slots: e.slots.map((s) => ({
      id: s.id,
      date: dateOf(s.start),
      start: timeOf(s.start),
      end: timeOf(s.end),
      capacity: String(s.capacity),
    })),
    station: { id: e.stationId, name: e.stationName, location: e.location },
  };
}

/** Field errors the form finds before asking the server (which checks everything again). */
export function check(draft: Draft, station: Station | undefined, times: { start: number; end: number; capacity: number }[]) {
  const e: Record<string, string> = {};
  if (!draft.title.trim()) e.title = '请填写活动名称';
  if (!draft.category) e.category = '请选择活动类别';
  if (!draft.description.trim()) e.description = '请填写活动介绍';
  if (!draft.address.trim()) e.address = '请填写活动地址';
  if (!station) e.stationId = '请选择站点';
  times.forEach((t, i) => {
    if (!(t.capacity >= L.capacityMin && t.capacity <= L.capacityMax))
      e[`slots.${i}.capacity`] = `名额请填写${L.capacityMin}到${L.capacityMax}`;
    else if (!(t.end > t.start)) e[`slots.${i}.end`] = '结束时间要晚于开始时间';
  });
  return e;
}
