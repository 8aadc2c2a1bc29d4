import type { SignUpResult } from '../../contracts/event';
import { EventInput } from '../../contracts/event.schema';
import { chinaDay, dayKey, DAY_READ_MAX, placeConflict, placeKey, remindAt, seatsLeft, signUpPhase } from '../../core/event';
import { signUpRefusal } from '../../core/event-access';
import { chinaDateTime } from '../../core/subscribe';
import type { Ctx } from '../ctx';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { newId } from '../shared/ids';
import { opt } from '../shared/view-fields';
import type { UserDoc } from '../user/repo';
import { refuseIf } from '../shared/guards';
import { eventHint, readEvent, remember } from './hints';
import { eventNotice } from './notices';
import type { EventDoc, SlotDoc } from './repo';
import { fillFreeSeats, handOver, refuseClosed, slotIndex, ticketLeft, tryPlace, type Place } from './seats';
import { duplicateOf, insertSignUp, placesOfDay, type SignUpDoc } from './signups-repo';

/**
 * An approved volunteer signs up for one slot: a seat while there is one, else a place in the slot's FIFO
 * waitlist; the answer says which (and where in line).
 *
 * At the floor a seat costs ONE conditional write on the slot's counter and ONE insert of the place (plus
 * the reads of the caller and the event, the write budget's hit and the inbox); a waitlist place one more
 * conditional write (the sweep below). Why nothing can be oversold or doubled, whatever arrives at once:
 * - seats and tickets are single conditional writes on the event document (./seats.ts): exactly the free
 *   seats' worth of callers get one, the others a ticket numbered in the order the database took them;
 * - "one place per volunteer per slot, and never two overlapping places" is decided per volunteer by the
 *   insert itself: its `dayKey` (`<userId>#<day>#<k>`, unique) is the k-th key of the volunteer's day, k
 *   being the number of that day's places. The first try is k = 0 without reading the day: it goes in only
 *   for a volunteer with no place that day, so nothing overlaps. Otherwise (or when two sign-ups of one
 *   volunteer arrive at once and the other took key k) the insert is refused, the day is read — now with
 *   every place of it — and the sign-up either finds a conflict and gives its seat or ticket back, or takes
 *   k = the places read. `placeKey` (slot and volunteer, unique while active) holds the first rule even
 *   against a bug in the second. No transaction: the only contention the volunteer's own keys see is their
 *   own.
 * - a refused insert gives back what was taken before it: a seat is handed to the first in line (or
 *   freed), a ticket counts as having left the line.
 * A waitlist place, once stored, takes any seat found free (one freed while its insert was on the way),
 * so nobody waits while a seat stays empty.
 */
export const signUp = defineAction({
  input: EventInput.signUp,
  write: true,
  async handle({ eventId, slotId }, ctx): Promise<SignUpResult> {
    const [me, hint] = await Promise.all([ctx.me(), eventHint(eventId)]);
    refuseIf(signUpRefusal(me));
    const { place, index } = await placeOn(hint, eventId, slotId, ctx.now);
    // Everything below reads the event as the seat or ticket write left it (never the copy).
    const ev = place.fresh;
    const slot = ev.slots[index];

    // No read of the day's places first: the insert's `dayKey` is tried as the day's first (k = 0). It
    // goes in only when the volunteer holds no place that day at all (keys below k are all taken), so then
    // nothing can overlap; any other place of the day makes it a duplicate, and only then is the day read.
    const day = chinaDay(slot.start);
    let doc = newPlace(ctx, me, ev, slot, day, 0, place);
    for (let attempt = 0; ; attempt++) {
      try {
        await insertSignUp(doc);
        break;
      } catch (err) {
        const dup = duplicateOf(err);
        if (!dup) {
          await giveBack(ev, index, place, ctx);
          throw err;
        }
        const places = await placesOfDay(me._id, day);
        if (dup === 'day' && attempt < 4 && !conflictOf(places, slot)) {
          doc = { ...doc, dayKey: dayKey(me._id, day, places.length) };
          continue;
        }
        await giveBack(ev, index, place, ctx);
        refuseConflict(places, slot);
        if (dup === 'place') throw new AppError('EVENT_ALREADY_SIGNED_UP');
        throw new AppError('CONFLICT');
      }
    }

    if (place.kind === 'seat') {
      ctx.notify(eventNotice(doc, 'confirmed'));
      return result(doc, 'confirmed', undefined, seatsLeft(slot));
    }
    // Stored: a seat that came free meanwhile goes to the line now (it may be this very place). When the
    // slot is full, as it is under a rush, this is one conditional write that changes nothing.
    const promoted = await fillFreeSeats(place.fresh, index, ctx.now, 1);
    for (const p of promoted) if (p._id !== doc._id) ctx.notify(eventNotice(p, 'promoted'));
    if (promoted.some((p) => p._id === doc._id)) {
      ctx.notify(eventNotice(doc, 'confirmed'));
      return result(doc, 'confirmed', undefined, 0);
    }
    ctx.notify(eventNotice(doc, 'waitlisted', { position: place.position }));
    return result(doc, 'waiting', place.position, 0);
  },
});

/**
 * A seat or a ticket on `slotId`, tried first on this instance's copy of the event (./hints.ts) — no read
 * under a rush — and after a write that changed nothing on a fresh read. Refusals come only from a read.
 */
async function placeOn(start: { ev: EventDoc | null; fresh: boolean }, eventId: string, slotId: string, now: number) {
  let { ev, fresh } = start;
  for (let attempt = 0; attempt < 6; attempt++) {
    if (!ev) throw new AppError('EVENT_NOT_FOUND');
    const index = ev.slots.findIndex((s) => s.id === slotId);
    if (fresh) {
      const { slot } = slotIndex(ev, slotId);
      refuseClosed(ev, slot);
      refuseOutsideWindow(ev, slot, now);
    }
    if (fresh || takesSignUps(ev, index, now)) {
      const place = await tryPlace(ev, index, now);
      if (place) {
        remember(place.fresh);
        return { place, index };
      }
    }
    ev = await readEvent(eventId);
    fresh = true;
  }
  throw new AppError('CONFLICT');
}

/** Whether a copy of the event shows slot `index` taking sign-ups at `now` (worth a write). */
function takesSignUps(ev: EventDoc, index: number, now: number): boolean {
  const slot = ev.slots[index];
  return !!slot && ev.status === 'published' && slot.status === 'open' && signUpPhase(ev, slot, now) === 'open';
}

function refuseOutsideWindow(ev: EventDoc, slot: SlotDoc, now: number): void {
  const phase = signUpPhase(ev, slot, now);
  if (phase === 'notOpen') throw new AppError('EVENT_SIGNUP_NOT_OPEN', `报名将于${chinaDateTime(ev.signUpOpensAt)}开始`);
  if (phase === 'closed') throw new AppError('EVENT_SIGNUP_CLOSED');
}

function conflictOf(places: SignUpDoc[], slot: SlotDoc) {
  if (places.length >= DAY_READ_MAX) return 'busy' as const;
  // A removal keeps its slot: an organiser's decision is not undone by signing up again.
  if (places.some((p) => p.slotId === slot.id && p.status === 'removed')) return 'removed' as const;
  return placeConflict(places, slot.id, slot);
}

function refuseConflict(places: SignUpDoc[], slot: SlotDoc): void {
  const c = conflictOf(places, slot);
  if (c === 'busy') throw new AppError('EVENT_DAY_BUSY');
  if (c === 'removed') throw new AppError('EVENT_ALREADY_SIGNED_UP', '组织者已将您移出这个场次，不能再次报名');
  if (c === 'same') throw new AppError('EVENT_ALREADY_SIGNED_UP');
  if (c === 'overlap') throw new AppError('EVENT_SLOT_OVERLAP');
}

function newPlace(ctx: Ctx, me: UserDoc, ev: EventDoc, slot: SlotDoc, day: number, k: number, place: Place): SignUpDoc {
  const seat = place.kind === 'seat';
  return {
    _id: newId('p', ctx.now),
    eventId: ev._id,
    slotId: slot.id,
    userId: me._id,
    status: seat ? 'confirmed' : 'waiting',
    placeKey: placeKey(slot.id, me._id),
    dayKey: dayKey(me._id, day, k),
    day,
    ...(place.kind === 'ticket' ? { ticket: place.ticket } : {}),
    eventTitle: ev.title,
    stationName: ev.stationName,
    slotStart: slot.start,
    slotEnd: slot.end,
    name: me.volunteer?.realName ?? me.nickname,
    phone: me.volunteer?.phone ?? '',
    createdAt: ctx.now,
    ...(seat ? { seatedAt: ctx.now, remindAt: remindAt(slot) } : {}),
  };
}

/** Undoes what `takePlace` took for a place that was not stored: the seat to the line, or the ticket out of it. */
async function giveBack(ev: EventDoc, index: number, place: Place, ctx: Ctx): Promise<void> {
  if (place.kind === 'ticket') {
    await ticketLeft(ev._id, index, ev.slots[index].id);
    return;
  }
  const promoted = await handOver(ev, index, ctx.now);
  if (promoted) ctx.notify(eventNotice(promoted, 'promoted'));
}

const result = (p: SignUpDoc, status: 'confirmed' | 'waiting', position: number | undefined, left: number): SignUpResult => ({
  signUpId: p._id,
  eventId: p.eventId,
  slotId: p.slotId,
  status,
  ...opt('position', position),
  seatsLeft: Math.max(0, left),
});
