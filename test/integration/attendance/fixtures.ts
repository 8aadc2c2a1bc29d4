/** Shared set-up for the attendance tests: a published slot with seated volunteers, and reads of what is stored. */
import { COLLECTIONS } from '@/contracts/collections';
import type { EventInputOf } from '@/contracts/event.schema';
import { userIdOf } from '@/server/shared/ids';
import type { Caller, LocalCloud } from '../../helpers/local-cloud';
import { useCaller } from '../../helpers/people';
import { callersFor, eventInput, H, MIN, rowsOf, slot, volunteers } from '../event/fixtures';

export { H, MIN };
/** 东门社区广场, where eventInput places its events. */
export const SQUARE = { lat: 26.7325, lng: 110.6402 };

/** A point `m` metres due north of `p` (one degree of latitude is 111,195 m on the mean sphere). */
export const north = (p: { lat: number; lng: number }, m: number) => ({ lat: p.lat + m / 111_194.93, lng: p.lng });

export type Seated = { eventId: string; slotId: string; start: number; end: number; signUpIds: string[] };

/**
 * `leader` publishes an event with one slot (`days` from today at `hour`, `hours` long) and each of `vols`
 * takes a seat on it. Every test uses its own day and hour, so nobody holds two overlapping places.
 */
export async function seatedSlot(
  leader: Caller,
  vols: Caller[],
  at: { days: number; hour: number; hours?: number; capacity?: number },
  over: Partial<EventInputOf<'publish'>> = {},
): Promise<Seated> {
  const s = slot(at.days, at.hour, at.hours ?? 2, at.capacity ?? Math.max(vols.length, 1));
  const ev = await leader.ok('event', 'publish', eventInput(over, [s]));
  const slotId = ev.slots[0].id as string;
  const signUpIds: string[] = [];
  for (let i = 0; i < vols.length; i += 25) {
    const res = await Promise.all(vols.slice(i, i + 25).map((v) => v.ok('event', 'signUp', { eventId: ev.id, slotId })));
    signUpIds.push(...res.map((r) => r.signUpId as string));
  }
  return { eventId: ev.id, slotId, start: s.start, end: s.end, signUpIds };
}

export const userOf = async (openid: string) => (await rowsOf<Record<string, any>>(COLLECTIONS.users, { _id: userIdOf(openid) }))[0];
export const attendanceOf = (where: object) => rowsOf<Record<string, any>>(COLLECTIONS.attendance, where);
export const entriesOf = (openid: string, source?: string) =>
  rowsOf<{ amount: number; source: string; sourceId: string }>(COLLECTIONS.pointsEntries, {
    userId: userIdOf(openid),
    ...(source ? { source } : {}),
  });

/**
 * The demo leader and `ids` as approved volunteers, written and signed in before the file's tests (register
 * any set-up the functions must see first, e.g. center settings, above the call). `v` fills in beforeAll.
 */
export function useCrew(cloud: LocalCloud, ids: string[]): { leader: Caller; v: Caller[] } {
  const v: Caller[] = [];
  const leader = useCaller(cloud, 'demo-leader', () => volunteers(ids));
  beforeAll(async () => {
    v.push(...(await callersFor(cloud, ids)));
  });
  return { leader, v };
}
