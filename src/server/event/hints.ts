import { findEvent, type EventDoc } from './repo';

/**
 * This function instance's last copy of each event a sign-up met (the answer of its last seat or ticket
 * write, or of its last read), so that a sign-up under a rush does not read the event first.
 *
 * A copy is only a hint: it chooses which write to try (a seat or a ticket, on which slot index, against
 * which capacity), and every fact the outcome depends on is a condition of that write (./seats.ts
 * `tryPlace`): the event published, the slot still that slot and open, the sign-up window open at `now`,
 * the capacity. A stale copy makes the write change nothing; the sign-up then reads the event and decides
 * on what it read. Nothing is ever refused, and nothing stored, from a copy.
 */
const MAX_KEPT = 200;
const kept = new Map<string, EventDoc>();
const reading = new Map<string, Promise<EventDoc | null>>();

/** Keeps `ev` as the latest copy (the oldest copy goes when more than MAX_KEPT are kept). */
export function remember(ev: EventDoc): void {
  kept.delete(ev._id);
  kept.set(ev._id, ev);
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value as string);
}

/**
 * The event as last seen here (`fresh: false`), else one read (`fresh: true`; null when there is no such
 * event). Calls that find no copy while that read is on its way share it (a rush's first calls).
 */
export async function eventHint(id: string): Promise<{ ev: EventDoc | null; fresh: boolean }> {
  const copy = kept.get(id);
  if (copy) return { ev: copy, fresh: false };
  let read = reading.get(id);
  if (!read) {
    read = readEvent(id).finally(() => reading.delete(id));
    reading.set(id, read);
  }
  return { ev: await read, fresh: true };
}

/** One read of the event (never shared: a caller whose write found the copy stale needs a later one), kept. */
export async function readEvent(id: string): Promise<EventDoc | null> {
  const ev = await findEvent(id);
  if (ev) remember(ev);
  return ev;
}
