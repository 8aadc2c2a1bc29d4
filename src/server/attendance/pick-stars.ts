import { ATTENDANCE_RULES as R } from '../../contracts/attendance';
import type { PickStarsResult } from '../../contracts/stars';
import { AttendanceInput } from '../../contracts/attendance.schema';
import type { NotifyMessage } from '../inbox/notify';
import { postEntry } from '../points/ledger';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { loadCenterSettings } from '../shared/center-settings';
import { fail } from './guards';
import { attendanceNotice } from './notices';
import { hoursByVolunteer } from './repo';
import { asStaffOver } from './scope';
import { refuseFutureMonth } from './star-ranking';
import { insertStar, starId, starSeat, starsOf, type StarDoc } from './stars-repo';
import { toStarView } from './stars';

/**
 * Staff of a scope pick a month's 志愿之星 (at most 20 a month per scope) from volunteers with confirmed hours
 * there that month. Each star is one insert (`_id` month:scope:user — once per star per month) holding a
 * seat k of 1 … 20 (unique: two staff picking at once cannot pass 20); its bonus goes through the ledger with
 * source 'star' and that id, so it is paid once however often the pick is repeated (a repeat after a crash
 * pays what is missing). A notice to each star whose bonus this call paid. When other staff's picks take the
 * last seats while this call inserts, the stars it got stand (and are paid) and the answer lists only them.
 */
export const pickStars = defineAction({
  input: AttendanceInput.pickStars,
  write: true,
  async handle({ month, userIds, category, stationId }, ctx): Promise<PickStarsResult> {
    const { me, node } = await asStaffOver(ctx, stationId);
    refuseFutureMonth(month, ctx.now);
    const [lines, existing, settings] = await Promise.all([
      hoursByVolunteer({ month, scopeNodeId: node._id, category, userIds }, userIds.length),
      starsOf(month, node._id),
      loadCenterSettings(ctx.now),
    ]);
    const hoursOf = new Map(lines.map((l) => [l._id, l]));
    if (userIds.some((u) => !hoursOf.has(u))) fail('STAR_NOT_ELIGIBLE');
    const already = new Set(existing.map((s) => s.userId));
    const fresh = userIds.filter((u) => !already.has(u));
    if (existing.length + fresh.length > R.starsPerMonthMax) fail('STAR_TOO_MANY');

    const bonus = settings.starBonusPoints;
    const usedSeats = new Set(existing.map((s) => s.seat));
    let k = 1;
    const picked: StarDoc[] = [];
    /** The request's volunteers who are this scope's stars of the month now (picked before, or by this call). */
    const stars = userIds.filter((u) => already.has(u));
    let full = false;
    for (const userId of fresh) {
      const line = hoursOf.get(userId)!;
      for (;;) {
        while (usedSeats.has(starSeat(month, node._id, k))) k++;
        // Another staff member's picks took the last seats meanwhile: those picked so far stand, the rest do not.
        if (k > R.starsPerMonthMax) full = true;
        if (full) break;
        const doc: StarDoc = {
          _id: starId(month, node._id, userId),
          seat: starSeat(month, node._id, k),
          month,
          scopeNodeId: node._id,
          scopeName: node.name,
          scopePath: node.path,
          userId,
          name: line.name ?? '',
          stationName: line.stationName ?? '',
          ...(category ? { category } : {}),
          hours: line.hours,
          bonusPoints: bonus,
          pickedBy: me._id,
          pickedAt: ctx.now,
        };
        usedSeats.add(doc.seat);
        const res = await insertStar(doc);
        if (res === 'seat') continue; // another staff member took seat k meanwhile: try the next
        if (res === 'ok') picked.push(doc);
        stars.push(userId);
        break;
      }
      if (full) break;
    }
    if (full && !picked.length) fail('STAR_TOO_MANY');

    // Every star of the request is paid (idempotent by source): a pick repeated after a crash pays what is missing.
    const notices: NotifyMessage[] = [];
    if (bonus > 0) {
      for (const userId of stars) {
        const id = starId(month, node._id, userId);
        const paid = await postEntry({
          userId,
          amount: bonus,
          kind: 'earn',
          source: 'star',
          sourceId: id,
          actorId: me._id,
          now: ctx.now,
          note: `${month}志愿之星`,
          nodePath: node.path,
        });
        if (!paid.duplicate)
          notices.push(attendanceNotice(userId, 'volunteerStar', { month, scopeName: node.name, points: bonus }, `star:${id}`));
      }
    } else {
      for (const s of picked) notices.push(attendanceNotice(s.userId, 'volunteerStar', { month, scopeName: node.name }, `star:${s._id}`));
    }
    ctx.notify(...notices);
    await audit(ctx, {
      action: 'attendance.pickStars',
      targetType: 'org_node',
      targetId: node._id,
      nodePath: node.path,
      detail: { month, userIds, category },
    });
    return { month, picked: picked.map(toStarView), alreadyPicked: stars.length - picked.length, bonusPoints: bonus };
  },
});
