import type { NotifyMessage } from '../inbox/notify';
import { eventNotice } from './notices';
import type { EventDoc } from './repo';
import type { DueCursor } from '../shared/docs';
import { dropActive, markOnce, untoldDrops, type SignUpDoc } from './signups-repo';

/** Places told at once: each is one conditional write and one inbox message. */
const PARALLEL = 10;
/** A cancel tells this many volunteers itself; the drop job tells the rest within minutes. */
export const TELL_INLINE = 100;

/** The cancelled slots of an event (all of them once the event is cancelled). */
export const cancelledSlotIds = (ev: EventDoc): string[] =>
  ev.status === 'cancelled' ? ev.slots.map((s) => s.id) : ev.slots.filter((s) => s.status === 'cancelled').map((s) => s.id);

/**
 * Every active place on the event's cancelled slots ends `dropped`, in one write over all of them: the
 * volunteers' time is free for other events at once. A place whose sign-up was still on its way when the
 * slot was cancelled is dropped by the drop job a few minutes later. Answers how many were dropped.
 */
export function dropPlaces(ev: EventDoc, slotIds: string[], now: number, reason: string): Promise<number> {
  return slotIds.length ? dropActive(ev._id, ev.status === 'cancelled' ? null : slotIds, now, reason) : Promise.resolve(0);
}

/**
 * Tells volunteers whose place was dropped, each exactly once: a conditional mark (`toldAt`) decides who
 * tells, and only the caller whose mark changed the place queues the notice. Answers how many it told.
 */
export async function tellDropped(
  queue: (...m: NotifyMessage[]) => void,
  now: number,
  opts: { eventId?: string; max: number; after?: DueCursor },
): Promise<{ told: number; last?: SignUpDoc; read: number }> {
  const due = await untoldDrops(opts.eventId, opts.after, opts.max);
  let told = 0;
  let next = 0;
  const worker = async () => {
    while (next < due.length) {
      const p = due[next++];
      if (await markOnce(p._id, 'dropped', 'toldAt', now)) {
        told++;
        queue(eventNotice(p, 'cancelled', { reason: p.endReason }));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, due.length) }, worker));
  return { told, last: due[due.length - 1], read: due.length };
}
