import type { SignUpResult } from '../../contracts/event';
import { EventInput } from '../../contracts/event.schema';
import { chinaDay, dayKey, DAY_READ_MAX, placeConflict, placeKey, remindAt, seatsLeft, signUpPhase } from '../../core/event';
import { signUpRefusal } from '../../core/event-access';
import { chinaDateTime } from '../../core/subscribe';
import type { Ctx } from '../ctx';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { newId } from '../shared/ids';
import type { UserDoc } from '../user/repo';
import { refuse, requireEvent } from './guards';
import { eventNotice } from './notices';
import type { EventDoc, SlotDoc } from './repo';
import { fillFreeSeats, handOver, refuseClosed, slotIndex, takePlace, ticketLeft, type Place } from './seats';
import { duplicateOf, insertSignUp, placesOfDay, type SignUpDoc } from './signups-repo';

/**
 * An approved volunteer signs up for one slot: a seat while there is one, else a place in the slot's FIFO
 * waitlist; the answer says which (and where in line).
 *
 * At the floor a seat costs ONE conditional write on the slot's counter and ONE insert of the place (plus
 * the reads of the caller, the event and the caller's places that day, the write budget's hit and the
 * inbox). Why nothing can be oversold or doubled, whatever arrives at once:
 * - seats and tickets are single conditional writes on the event document (./seats.ts): exactly the free
 *   seats' worth of callers get one, the others a ticket numbered in the order the database took them;
 * - "one place per volunteer per slot, and never two overlapping places" is decided per volunteer by the
 *   insert itself: its `dayKey` (`<userId>#<day>#<k>`, unique) is the k-th key of the volunteer's day, k
 *   being the number of that day's places they read. Two sign-ups of one volunteer for the same day at
 *   once both try key k; one insert wins, the other reads the day again — now with the winner in it — and
 *   either finds it overlapping and gives its seat or ticket back, or takes k + 1. `placeKey` (slot and
 *   volunteer, unique while active) holds the first rule even against a bug in the second. No transaction:
 *   the only contention the volunteer's own keys see is their own.
 * - a refused insert gives back what was taken before it: a seat is handed to the first in line (or
 *   freed), a ticket counts as having left the line.
 * A waitlist place, once stored, takes any seat found free (one freed while its insert was on the way),
 * so nobody waits while a seat stays empty.
 */
export const signUp = defineAction({
  input: EventInput.signUp,
  write: true,
  async handle({ eventId, slotId }, ctx): Promise<SignUpResult> {
    const [me, ev] = await Promise.all([ctx.me(), requireEvent(eventId)]);
    refuse(signUpRefusal(me));
    const { index, slot } = slotIndex(ev, slotId);
    refuseClosed(ev, slot);
    refuseOutsideWindow(ev, slot, ctx.now);

    const day = chinaDay(slot.start);
    let places = await placesOfDay(me._id, day);
    refuseConflict(places, slot);

    const place = await takePlace(ev, index);
    let doc = newPlace(ctx, me, ev, slot, day, places.length, place);
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
        if (dup === 'day' && attempt < 3) {
          places = await placesOfDay(me._id, day);
          const conflict = conflictOf(places, slot);
          if (!conflict) {
            doc = { ...doc, dayKey: dayKey(me._id, day, places.length) };
            continue;
          }
        }
        await giveBack(ev, index, place, ctx);
        if (dup === 'place') throw new AppError('EVENT_ALREADY_SIGNED_UP');
        refuseConflict(places, slot);
        throw new AppError('CONFLICT');
      }
    }

    if (place.kind === 'seat') {
      ctx.notify(eventNotice(doc, 'confirmed'));
      return result(doc, 'confirmed', undefined, seatsLeft(slot) - 1);
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
  ...(position !== undefined ? { position } : {}),
  seatsLeft: Math.max(0, left),
});
