import { COLLECTIONS } from '../../contracts/collections';
import type { SignUpStatus } from '../../contracts/event';
import type { Page } from '../../contracts/paging';
import { ACTIVE_SIGNUP_STATUSES, DAY_READ_MAX, SIGNUP_MACHINE, type SignUpEvent } from '../../core/event';
import { db } from '../cloud';
import {
  countWhere,
  byId,
  dueAfter,
  isDuplicateKey,
  keysetRead,
  rows,
  updateIf,
  updateWhere,
  type DueCursor,
  type DueRange,
  command as _,
} from '../shared/docs';
import { orderBy, type PageRequest } from '../shared/paging';

/**
 * One volunteer's place on one slot (collection event_signups). Two fields are unique in the collection
 * (cloudfunctions/database.json), and they are what makes sign-ups race-free per volunteer:
 * - `placeKey`: `<slotId>#<userId>` while the place is active (and after a removal or a drop, since that
 *   slot takes no new place from them), the document's own id once cancelled;
 * - `dayKey`: `<userId>#<day>#<k>`, the volunteer's k-th place for a slot of that China day, kept forever
 *   (core/event dayKey: the keys below k are all taken, so two sign-ups of one day cannot both take k).
 */
export type SignUpDoc = {
  _id: string;
  eventId: string;
  slotId: string;
  userId: string;
  status: SignUpStatus;
  placeKey: string;
  dayKey: string;
  day: number;
  /** Waitlist places: the ticket the slot's counter gave it (the line's order); kept after a promotion. */
  ticket?: number;
  /** Copied from the event when signing up: 我的报名 lists them in one read. */
  eventTitle: string;
  stationName: string;
  slotStart: number;
  slotEnd: number;
  /** The volunteer as registered, for the roster. */
  name: string;
  phone: string;
  createdAt: number;
  /** When the place got its seat: at sign-up, or when promoted. */
  seatedAt?: number;
  promotedAt?: number;
  /** Seats: when the 24 h reminder falls due, and when it went out (set once, by one conditional write). */
  remindAt?: number;
  remindedAt?: number;
  endedAt?: number;
  endedBy?: string;
  endReason?: string;
  /** Dropped with its slot: when, and when the volunteer was told (once). */
  droppedAt?: number;
  toldAt?: number;
};

const signups = () => db().collection(COLLECTIONS.eventSignups);
const active = () => _().in([...ACTIVE_SIGNUP_STATUSES]);

/** Which unique key an insert ran into: another active place on the slot, another sign-up of the day, or none. */
export function duplicateOf(err: unknown): 'place' | 'day' | null {
  if (!isDuplicateKey(err)) return null;
  const msg = String((err as Error)?.message ?? err);
  if (/placeKey/.test(msg)) return 'place';
  if (/dayKey/.test(msg)) return 'day';
  return null;
}

export async function insertSignUp(doc: SignUpDoc): Promise<void> {
  await signups().add({ data: doc });
}

export const findSignUp = (id: string): Promise<SignUpDoc | null> => byId<SignUpDoc>(COLLECTIONS.eventSignups, id);

/** Every place of `userId` for slots of China day `day` (at most DAY_READ_MAX + 1): one read. */
export const placesOfDay = (userId: string, day: number): Promise<SignUpDoc[]> =>
  rows<SignUpDoc>(
    signups()
      .where({ userId, day })
      .limit(DAY_READ_MAX + 1),
  );

/** The active places of `userId` in one event: one read (an event has at most 20 slots). */
export const myPlacesIn = (eventId: string, userId: string): Promise<SignUpDoc[]> =>
  rows<SignUpDoc>(signups().where({ eventId, userId, status: active() }).limit(100));

/** The active places of `userId` in any of `eventIds`: one read, for a list page's cards. */
export const myPlacesInAny = (eventIds: string[], userId: string): Promise<SignUpDoc[]> =>
  eventIds.length
    ? rows<SignUpDoc>(
        signups()
          .where({ userId, eventId: _().in(eventIds), status: active() })
          .limit(1000),
      )
    : Promise.resolve([]);

/**
 * A place moves from one of the states `event` leaves in one conditional write; `match` adds conditions
 * (the status it was read in, so a place promoted meanwhile is not cancelled as a waitlist place). True
 * for the one caller whose write changed it.
 */
export function transitionSignUp(
  id: string,
  event: SignUpEvent,
  match: { status?: SignUpStatus } & object,
  patch: object,
): Promise<boolean> {
  const from = SIGNUP_MACHINE.from(event);
  const status = match.status ?? (from.length === 1 ? from[0] : _().in([...from]));
  if (typeof status === 'string' && !from.includes(status)) return Promise.resolve(false);
  return updateIf(COLLECTIONS.eventSignups, { ...match, _id: id, status }, patch);
}

/** The first waiting places of a slot by ticket, strictly after ticket `after`: one read. */
export const waitingHead = (slotId: string, after: number, limit: number): Promise<SignUpDoc[]> =>
  rows<SignUpDoc>(
    signups()
      .where({ slotId, status: 'waiting', ticket: _().gt(after) })
      .orderBy('ticket', 'asc')
      .limit(limit),
  );

/** How many are waiting ahead of `ticket` on the slot: one count. */
export function waitingAhead(slotId: string, ticket: number): Promise<number> {
  return countWhere(COLLECTIONS.eventSignups, { slotId, status: 'waiting', ticket: _().lt(ticket) });
}

/** Every active place of the event (or of some of its slots) dropped in one write; answers how many. */
export function dropActive(eventId: string, slotIds: string[] | null, now: number, reason: string): Promise<number> {
  const where = { eventId, status: active(), ...(slotIds ? { slotId: _().in(slotIds) } : {}) };
  return updateWhere(COLLECTIONS.eventSignups, where, {
    status: 'dropped',
    droppedAt: now,
    endedAt: now,
    endedBy: 'organiser',
    endReason: reason,
  });
}

const byTicket = orderBy('ticket', 'asc');
const bySeat = orderBy('seatedAt', 'asc');
const bySlotStart = orderBy('slotStart', 'asc');
const bySlotEndDesc = orderBy('slotEnd', 'desc');

/** A slot's seats in the order they were taken, or its waitlist in line order: one read a page. */
export const rosterPage = (slotId: string, list: 'confirmed' | 'waiting', req: PageRequest): Promise<Page<SignUpDoc>> =>
  keysetRead<SignUpDoc>(COLLECTIONS.eventSignups, { slotId, status: list }, list === 'waiting' ? byTicket : bySeat, req);

/** 我的报名: active places of slots not yet over, soonest first; or places of slots that are over, latest first. */
export function minePage(userId: string, when: 'upcoming' | 'past', now: number, req: PageRequest): Promise<Page<SignUpDoc>> {
  return when === 'upcoming'
    ? keysetRead<SignUpDoc>(COLLECTIONS.eventSignups, { userId, status: active(), slotEnd: _().gt(now) }, bySlotStart, req)
    : keysetRead<SignUpDoc>(COLLECTIONS.eventSignups, { userId, slotEnd: _().lte(now) }, bySlotEndDesc, req);
}

/** Seats whose reminder fell due in (after, upTo] and has not gone out, by (remindAt, _id): one read. */
export function dueReminders(window: Required<DueRange>, cursor: DueCursor | undefined, limit: number): Promise<SignUpDoc[]> {
  const due = { status: 'confirmed', remindedAt: _().exists(false) };
  return dueAfter<SignUpDoc>(COLLECTIONS.eventSignups, due, 'remindAt', window, cursor, limit);
}

/** Dropped places whose volunteer has not been told yet, by (droppedAt, _id); `eventId` narrows to one event: one read. */
export function untoldDrops(eventId: string | undefined, cursor: DueCursor | undefined, limit: number): Promise<SignUpDoc[]> {
  const due = { status: 'dropped', toldAt: _().exists(false), ...(eventId ? { eventId } : {}) };
  return dueAfter<SignUpDoc>(COLLECTIONS.eventSignups, due, 'droppedAt', {}, cursor, limit);
}

/** Sets `field` = now on a place once: true for the one caller whose write changed it. */
export const markOnce = (id: string, status: SignUpStatus, field: 'remindedAt' | 'toldAt', now: number): Promise<boolean> =>
  updateIf(COLLECTIONS.eventSignups, { _id: id, status, [field]: _().exists(false) }, { [field]: now });
