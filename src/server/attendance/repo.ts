import type { AttendanceMark, AttendanceMethod, AttendanceState, ServiceRole } from '../../contracts/attendance';
import { COLLECTIONS } from '../../contracts/collections';
import type { EventCategory } from '../../contracts/event';
import type { Page } from '../../contracts/paging';
import { ATTENDANCE_MACHINE, type AttendanceEvent } from '../../core/attendance';
import { db } from '../cloud';
import { countWhere, byId, insertOnce, keysetRead, rows, command as _ } from '../shared/docs';
import type { Order, PageRequest } from '../shared/paging';
import { transitionOn, type TransitionOf } from '../shared/transition';

/**
 * One seat's attendance (collection `attendance`), its `_id` the sign-up's id, so a seat has at most one:
 * the first check-in (or hand mark) inserts it, and of two at once one insert wins. No document means the
 * seat is `signed`. Once confirmed it is the service record (the fields below `confirmedAt`), written in the
 * same transaction as the ledger entry and the volunteer's hours (./credit.ts).
 */
export type AttendanceDoc = {
  _id: string;
  eventId: string;
  slotId: string;
  userId: string;
  state: Exclude<AttendanceState, 'signed'>;
  mark?: AttendanceMark;
  checkInAt?: number;
  checkOutAt?: number;
  checkInMethod?: AttendanceMethod;
  checkOutMethod?: AttendanceMethod;
  /** The nonces of the codes used to check in and out: the same code is refused the second time (CODE_REPLAYED). */
  checkInNonce?: string;
  checkOutNonce?: string;
  /** A time was entered by the leader's hand. */
  manual: boolean;
  markedBy?: string;
  markedAt?: number;
  slotStart: number;
  slotEnd: number;
  updatedAt: number;
  // ---- the service record, once confirmed ----
  hours?: number;
  points?: number;
  role?: ServiceRole;
  confirmedAt?: number;
  confirmedBy?: string;
  confirmedByName?: string;
  volunteerName?: string;
  volunteerNo?: string;
  eventTitle?: string;
  category?: EventCategory;
  place?: string;
  content?: string;
  teamName?: string;
  stationId?: string;
  stationName?: string;
  /** The event's station path, written from the first insert on (the workbench counts seats to confirm by it). */
  stationPath?: string[];
  /** `YYYY-MM-DD` and `YYYY-MM` of the slot, China time. */
  date?: string;
  month?: string;
};

const attendance = () => db().collection(COLLECTIONS.attendance);

export const findAttendance = (signUpId: string): Promise<AttendanceDoc | null> => byId<AttendanceDoc>(COLLECTIONS.attendance, signUpId);

/** The first record of a seat: false when it already has one (a racing first check-in or mark). */
export const insertAttendance = (doc: AttendanceDoc): Promise<boolean> => insertOnce(COLLECTIONS.attendance, doc);

/**
 * A seat's attendance moves by `event` from one of the states the machine lets it leave, in one conditional
 * write; `match` adds what the caller read and relies on. True for the one caller whose write changed it.
 * A `signed` seat has no document yet (its first check-in inserts one), so no document is in that state and
 * the write's from-states need no filtering.
 */
export const transitionAttendance: TransitionOf<AttendanceEvent> = transitionOn(COLLECTIONS.attendance, 'state', ATTENDANCE_MACHINE);

/** The attendance documents of some seats (at most 1,000): one read. */
export const attendanceOf = (ids: string[]): Promise<AttendanceDoc[]> =>
  ids.length
    ? rows<AttendanceDoc>(
        attendance()
          .where({ _id: _().in(ids) })
          .limit(1000),
      )
    : Promise.resolve([]);

/**
 * Seats whose hours wait for confirming in the scopes (node ids): checked out or marked on a slot that has
 * ended by `now`. One count (index `state_1_stationPath_1_slotEnd_1`).
 */
export function countHoursToConfirm(scopes: string[], now: number): Promise<number> {
  // Checked in only (never out) waits too, but mostly for a forgotten check-out, not for confirming.
  return countWhere(COLLECTIONS.attendance, {
    state: _().in(['checked_out', 'marked']),
    stationPath: _().in(scopes),
    slotEnd: _().lte(now),
  });
}

export type PresenceCounts = { checkedIn: number; checkedOut: number; confirmed: number };

/** How many of a slot's seats have a check-in time, a check-out time (scanned or by hand), or are confirmed: one aggregate. */
export async function presenceCounts(slotId: string): Promise<PresenceCounts> {
  const $ = _().aggregate;
  const has = (field: string) => $.cond({ if: $.gt([$.ifNull([field, 0]), 0]), then: 1, else: 0 });
  const res = (await attendance()
    .aggregate()
    .match({ slotId })
    .group({
      _id: null,
      checkedIn: $.sum(has('$checkInAt')),
      checkedOut: $.sum(has('$checkOutAt')),
      confirmed: $.sum($.cond({ if: $.eq(['$state', 'confirmed']), then: 1, else: 0 })),
    })
    .end()) as { list?: PresenceCounts[] };
  const c = res.list?.[0];
  return { checkedIn: c?.checkedIn ?? 0, checkedOut: c?.checkedOut ?? 0, confirmed: c?.confirmed ?? 0 };
}

// ---- service records ----

const byDateDesc: Order = [
  ['slotStart', 'desc', 'number'],
  ['_id', 'desc', 'string'],
];
const records = (userId: string, stationId?: string) => ({
  userId,
  state: 'confirmed',
  hours: _().gt(0),
  ...(stationId ? { stationId } : {}),
});

/** A volunteer's service records, newest first: one read a page. */
export const recordsPage = (userId: string, req: PageRequest): Promise<Page<AttendanceDoc>> =>
  keysetRead<AttendanceDoc>(COLLECTIONS.attendance, records(userId), byDateDesc, req);

/** A volunteer's records (of one station), newest first, at most `max`: one read. */
export const recordsOf = (userId: string, stationId: string | undefined, max: number): Promise<AttendanceDoc[]> =>
  rows<AttendanceDoc>(attendance().where(records(userId, stationId)).orderBy('slotStart', 'desc').orderBy('_id', 'desc').limit(max));

export type HoursLine = { _id: string; hours: number; records: number; name: string; stationName: string };

/**
 * Confirmed hours per volunteer in a month at stations under a scope node (of one category; of some users), most
 * first, at most `max`: one aggregate.
 */
export async function hoursByVolunteer(
  q: { month: string; scopeNodeId: string; category?: EventCategory; userIds?: string[] },
  max: number,
): Promise<HoursLine[]> {
  const $ = _().aggregate;
  const res = (await attendance()
    .aggregate()
    .match({
      state: 'confirmed',
      month: q.month,
      stationPath: q.scopeNodeId,
      hours: _().gt(0),
      ...(q.category ? { category: q.category } : {}),
      ...(q.userIds ? { userId: _().in(q.userIds) } : {}),
    })
    .group({
      _id: '$userId',
      hours: $.sum('$hours'),
      records: $.sum(1),
      name: $.first('$volunteerName'),
      stationName: $.first('$stationName'),
    })
    .sort({ hours: -1, _id: 1 })
    .limit(max)
    .end()) as { list?: HoursLine[] };
  return res.list ?? [];
}
