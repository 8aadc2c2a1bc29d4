/**
 * Seats and the waitlist of a slot: the hot counters thousands of volunteers race for. Every move is ONE
 * conditional write on the event document (the slot's counters at `slots.<i>.…`), never a transaction and
 * never a count followed by an insert:
 *
 * - a seat: `taken < capacity` → `taken + 1`. The database applies condition and increment atomically, so
 *   of N callers at once exactly the free seats' worth succeed (capacity only ever grows, so the capacity a
 *   caller read is a safe bound);
 * - a waitlist ticket: `taken ≥ capacity` → `waitSeq + 1`, answered with the document after the write
 *   (find-and-modify): the ticket is the new `waitSeq`, so tickets are 1, 2, 3 … in the order the database
 *   accepted the writes, with no gap or repeat, and the line's order is the tickets' order;
 * - a freed seat is handed over, not given back first: the place that frees it stays counted in `taken`
 *   while the lowest waiting ticket is claimed by a conditional write on that place (`waiting` →
 *   `confirmed`). Of several freed seats at once each claims a different place (a claim that loses tries the
 *   next ticket), so 20 seats freed together promote the first 20 in line, each exactly once, and a
 *   newcomer cannot slip into a freed seat ahead of the line. Only when nobody waits is the seat given back.
 *
 * A crash between two of these writes can leave a seat counted that nobody holds (capacity is then
 * under-used, never exceeded) or a ticket never stored (its number is skipped, `waitLeft` counts it).
 */
import { mayPromote, positionAtJoin, remindAt, waitingCount } from '../../core/event';
import { AppError } from '../errors';
import { findEvent, inc, openSlot, slotField, updateEventAndReturn, updateEventIf, type EventDoc, type SlotDoc } from './repo';
import { transitionSignUp, waitingHead, type SignUpDoc } from './signups-repo';
import { db } from '../cloud';

const HEAD_BATCH = 20;
const cmd = () => db().command;

export type Place = { kind: 'seat' } | { kind: 'ticket'; ticket: number; position: number; fresh: EventDoc };

/** Where slot `slotId` sits in the event, or EVENT_SLOT_NOT_FOUND. */
export function slotIndex(ev: EventDoc, slotId: string): { index: number; slot: SlotDoc } {
  const index = ev.slots.findIndex((s) => s.id === slotId);
  if (index < 0) throw new AppError('EVENT_SLOT_NOT_FOUND');
  return { index, slot: ev.slots[index] };
}

/** The refusal for a slot that takes no places: its event or itself cancelled. */
export function refuseClosed(ev: EventDoc, slot: SlotDoc): void {
  if (ev.status !== 'published') throw new AppError('EVENT_CANCELLED');
  if (slot.status !== 'open') throw new AppError('EVENT_SLOT_CANCELLED');
}

/** One seat on slot `index` if one is free: the one conditional write. */
export const takeSeat = (eventId: string, index: number, slotId: string, capacity: number): Promise<boolean> =>
  updateEventIf(
    eventId,
    { ...openSlot(index, slotId), [slotField(index, 'taken')]: cmd().lt(capacity) },
    { [slotField(index, 'taken')]: inc(1) },
  );

/** A waitlist ticket on slot `index` while it is full: the document after the write, or null. */
const takeTicket = (eventId: string, index: number, slotId: string, capacity: number): Promise<EventDoc | null> =>
  updateEventAndReturn(
    { _id: eventId, ...openSlot(index, slotId), [slotField(index, 'taken')]: cmd().gte(capacity) },
    { [slotField(index, 'waitSeq')]: inc(1) },
  );

/**
 * A seat if one is free, else a waitlist ticket. A seat write that finds the slot full goes for a ticket;
 * a ticket write that finds a seat free (one was freed, capacity grew) reads the event again and retries.
 */
export async function takePlace(start: EventDoc, index: number): Promise<Place> {
  let ev = start;
  for (let attempt = 0; attempt < 6; attempt++) {
    const slot = ev.slots[index];
    refuseClosed(ev, slot);
    if (slot.taken < slot.capacity && (await takeSeat(ev._id, index, slot.id, slot.capacity))) return { kind: 'seat' };
    const fresh = await takeTicket(ev._id, index, slot.id, slot.capacity);
    if (fresh) {
      const s = fresh.slots[index];
      return { kind: 'ticket', ticket: s.waitSeq, position: positionAtJoin(s.waitSeq, s.waitLeft), fresh };
    }
    const again = await findEvent(ev._id);
    if (!again) throw new AppError('EVENT_NOT_FOUND');
    ev = again;
  }
  throw new AppError('CONFLICT');
}

/** A ticket whose place was never stored leaves the line, so later tickets count one fewer ahead. */
export const ticketLeft = (eventId: string, index: number, slotId: string): Promise<boolean> =>
  updateEventIf(eventId, { [slotField(index, 'id')]: slotId }, { [slotField(index, 'waitLeft')]: inc(1) });

/** The seat goes back to the free pool (nobody waits for it). */
const giveBack = (eventId: string, index: number, slotId: string): Promise<boolean> =>
  updateEventIf(
    eventId,
    { [slotField(index, 'id')]: slotId, [slotField(index, 'taken')]: cmd().gt(0) },
    { [slotField(index, 'taken')]: inc(-1) },
  );

/**
 * Hands a seat the caller holds on slot `index` (a cancelled, removed or never-stored place's) to the
 * first in line: claims the lowest waiting ticket by a conditional write on that place, the next if another
 * hand-over won it. Answers the promoted place, or null after giving the seat back when nobody waits (or
 * the slot has started, or is cancelled).
 */
export async function handOver(ev: EventDoc, index: number, now: number): Promise<SignUpDoc | null> {
  const slot = ev.slots[index];
  if (ev.status === 'published' && slot.status === 'open' && mayPromote(slot, now)) {
    let after = 0;
    for (;;) {
      const head = await waitingHead(slot.id, after, HEAD_BATCH);
      for (const w of head) {
        const patch = { status: 'confirmed' as const, seatedAt: now, promotedAt: now, remindAt: remindAt(slot) };
        if (await transitionSignUp(w._id, 'promote', {}, patch)) {
          await ticketLeft(ev._id, index, slot.id);
          return { ...w, ...patch };
        }
      }
      if (head.length < HEAD_BATCH) break;
      after = head[head.length - 1].ticket ?? 0;
    }
  }
  await giveBack(ev._id, index, slot.id);
  return null;
}

/**
 * Seats free on slot `index` while people wait (capacity added, or a seat freed while a waitlist place was
 * still being stored) go to the line: take a free seat, hand it over; stop when none is free or nobody
 * waits. `workers` hand-overs run at once (each claims a different place). Answers who was promoted.
 */
export async function fillFreeSeats(ev: EventDoc, index: number, now: number, max: number, workers = 1): Promise<SignUpDoc[]> {
  const slot = ev.slots[index];
  const promoted: SignUpDoc[] = [];
  // Nobody held a ticket when `ev` was read: no line to fill (a later ticket sweeps for itself).
  let budget = Math.min(max, waitingCount(slot));
  let stop = false;
  const worker = async () => {
    while (!stop && budget > 0) {
      budget--;
      if (!(await takeSeat(ev._id, index, slot.id, slot.capacity))) break;
      const p = await handOver(ev, index, now);
      if (!p) break;
      promoted.push(p);
    }
    stop = true;
  };
  if (budget <= 0) return promoted;
  await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, budget)) }, worker));
  return promoted;
}
