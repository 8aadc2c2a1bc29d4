import type { AttendanceMark, ServiceRole } from '../../contracts/attendance';
import type { StarLevel } from '../../contracts/stars';
import { COLLECTIONS } from '../../contracts/collections';
import { starOf } from '../../core/stars';
import { postEntryIn } from '../points/ledger';
import { getOrNull, inTransaction } from '../shared/transaction';
import type { UserDoc } from '../user/repo';
import type { AttendanceDoc } from './repo';
import type { ServiceTotals } from './totals';

/** What confirming one seat credits, worked out from its attendance as the transaction reads it. */
export type Credit = { hours: number; points: number; mark: AttendanceMark; role: ServiceRole; record: Partial<AttendanceDoc> };

export type CreditOutcome =
  { done: false } | { done: true; hours: number; points: number; totalHours: number; starReached: StarLevel | null };

/**
 * Confirms one seat in ONE transaction of that volunteer's: the attendance document becomes the confirmed
 * record, the ledger entry (source 'service', sourceId = the sign-up id) is posted, and the hours, record
 * count and star on the user move — all or nothing. The transaction reads the attendance document first:
 * already confirmed (an earlier call, or another organiser confirming at the same moment, whose transaction
 * committed first and made this one conflict and re-read) means nothing is credited again. Contention is
 * per volunteer, which is where transactions belong.
 * Database calls: start, 2 reads (attendance, user), the record's write, the user's update, the commit; with
 * points also the ledger's 2 reads, its entry and its user update — 10 in all.
 */
export async function creditSeat(
  seat: { signUpId: string; userId: string; base: AttendanceDoc },
  work: (current: AttendanceDoc | null) => Credit,
  opts: { now: number; actorId: string; thresholds: readonly number[]; volunteerNo: string; note: string; nodePath: string[] },
): Promise<CreditOutcome> {
  return inTransaction(async (tx) => {
    const aRef = tx.collection(COLLECTIONS.attendance).doc(seat.signUpId);
    const current = await getOrNull<AttendanceDoc>(aRef);
    if (current?.state === 'confirmed') return { done: false };
    const uRef = tx.collection(COLLECTIONS.users).doc(seat.userId);
    const user = await getOrNull<UserDoc & ServiceTotals>(uRef);
    if (!user?._id) return { done: false };
    const c = work(current?._id ? current : null);
    const { _id: _ignored, ...base } = { ...seat.base, ...(current?._id ? current : {}) };
    await aRef.set({
      data: {
        ...base,
        ...c.record,
        state: 'confirmed',
        mark: c.mark,
        role: c.role,
        hours: c.hours,
        points: c.points,
        volunteerNo: user.volunteerNo ?? opts.volunteerNo,
      },
    });
    if (c.points > 0) {
      await postEntryIn(tx, {
        userId: seat.userId,
        amount: c.points,
        kind: 'earn',
        source: 'service',
        sourceId: seat.signUpId,
        actorId: opts.actorId,
        now: opts.now,
        note: opts.note,
        nodePath: opts.nodePath,
      });
    }
    const before = user.serviceHours ?? 0;
    const totalHours = before + c.hours;
    const star = starOf(totalHours, opts.thresholds);
    await uRef.update({
      data: {
        serviceHours: totalHours,
        serviceRecords: (user.serviceRecords ?? 0) + (c.hours > 0 ? 1 : 0),
        serviceStar: star,
        ...(user.volunteerNo ? {} : { volunteerNo: opts.volunteerNo }),
      },
    });
    return { done: true, hours: c.hours, points: c.points, totalHours, starReached: star > starOf(before, opts.thresholds) ? star : null };
  });
}
