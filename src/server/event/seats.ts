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
import { inc, openSlot, slotField, updateEventAndReturn, updateEventIf, type EventDoc, type SlotDoc } from './repo';
import { transitionSignUp, waitingHead, type SignUpDoc } from './signups-repo';
import { db } from '../cloud';

const HEAD_BATCH = 20;
const cmd = () => db().command;

/** What a sign-up took, with the event as the write left it. */
export type Place = { kind: 'seat'; fresh: EventDoc } | { kind: 'ticket'; ticket: number; position: number; fresh: EventDoc };

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

/** Conditions that slot `index` takes sign-ups at `now`: open, in a published event, inside the window. */
const takesSignUps = (index: number, slotId: string, now: number) => ({
  ...openSlot(index, slotId),
  signUpOpensAt: cmd().lte(now),
  signUpClosesAt: cmd().gt(now),
  [slotField(index, 'start')]: cmd().gt(now),
});

/**
 * A seat on slot `index` if `ev` shows one free, else a waitlist ticket: one or two conditional writes,
 * each answering the event after it. `ev` may be an old copy (./hints.ts): each write holds only if the
 * slot still takes sign-ups at `now` and, for a ticket, is full at the very capacity `ev` shows (capacity
 * only grows, so a seat write against an old capacity is safe, and a ticket is never issued beside a seat
 * that capacity added). Null when neither changed anything: read the event and try again.
 */
export async function tryPlace(ev: EventDoc, index: number, now: number): Promise<Place | null> {
  const slot = ev.slots[index];
  const open = { _id: ev._id, ...takesSignUps(index, slot.id, now) };
  const taken = slotField(index, 'taken');
  if (slot.taken < slot.capacity) {
    const fresh = await updateEventAndReturn({ ...open, [taken]: cmd().lt(slot.capacity) }, { [taken]: inc(1) });
    if (fresh) return { kind: 'seat', fresh };
  }
  const full = { ...open, [taken]: cmd().gte(slot.capacity), [slotField(index, 'capacity')]: slot.capacity };
  const fresh = await updateEventAndReturn(full, { [slotField(index, 'waitSeq')]: inc(1) });
  if (!fresh) return null;
  const s = fresh.slots[index];
  return { kind: 'ticket', ticket: s.waitSeq, position: positionAtJoin(s.waitSeq, s.waitLeft), fresh };
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
