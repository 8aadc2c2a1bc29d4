import { ATTENDANCE_RULES as R } from '../../contracts/attendance';
import type { StarRankingView } from '../../contracts/stars';
import { AttendanceInput } from '../../contracts/attendance.schema';
import { chinaMonth } from '../../core/attendance';
import { maskName } from '../../core/mask';
import { defineAction } from '../router';
import { fail } from './guards';
import { hoursByVolunteer } from './repo';
import { asStaffOver } from './scope';
import { starsOf } from './stars-repo';

/** A month that has begun (China time): stars are picked for the current or a past month. */
export function refuseFutureMonth(month: string, now: number): void {
  if (month > chinaMonth(now)) fail('STAR_MONTH_INVALID');
}

/**
 * Staff see a month's ranking of confirmed hours per volunteer at the stations of their scope (or of a
 * station or institute in it), of one category when named, most first, with who is already a star.
 * Reads: the caller, the node, then the ranking (one aggregate) and the month's stars at once.
 */
export const starRanking = defineAction({
  input: AttendanceInput.starRanking,
  async handle({ month, category, stationId }, ctx): Promise<StarRankingView> {
    const { node } = await asStaffOver(ctx, stationId);
    refuseFutureMonth(month, ctx.now);
    const [lines, picked] = await Promise.all([
      hoursByVolunteer({ month, scopeNodeId: node._id, category }, R.rankingMax),
      starsOf(month, node._id),
    ]);
    const stars = new Set(picked.map((s) => s.userId));
    return {
      month,
      scopeNodeId: node._id,
      ...(category ? { category } : {}),
      lines: lines.map((l) => ({
        userId: l._id,
        maskedName: maskName(l.name ?? ''),
        name: l.name ?? '',
        stationName: l.stationName ?? '',
        hours: l.hours,
        records: l.records,
        picked: stars.has(l._id),
      })),
      picked: picked.length,
      pickMax: R.starsPerMonthMax,
    };
  },
});
