import { ATTENDANCE_RULES as R, type ConfirmResult } from '../../contracts/attendance';
import { AttendanceInput } from '../../contracts/attendance.schema';
import type { NotifyMessage } from '../inbox/notify';
import { chinaDate, chinaMonth, serviceRole } from '../../core/attendance';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { loadCenterSettings } from '../shared/center-settings';
import { signingSecret } from '../shared/signed-token';
import type { UserDoc } from '../user/repo';
import { creditSeat, type CreditOutcome } from './credit';
import { asSlotOrganiser, fail } from './guards';
import { attendanceNotice } from './notices';
import { seatsOf, usersByIds } from './places';
import { attendanceOf, type AttendanceDoc } from './repo';
import { creditNow } from './view';
import { volunteerNoOf } from './volunteer-no';

/** Seats credited at once: each is its own volunteer's transaction, so they never contend with each other. */
const WORKERS = 10;
/** The most seats read to find those still to confirm (a slot holds at most 10,000; a call confirms 100). */
const SEATS_READ_MAX = 1000;

/**
 * An organiser confirms a slot's hours after it ended, the whole roster in one action: each seated
 * volunteer's hours (check-out − check-in clipped to the slot, the partial hour rounded; 请假 and 缺席 none)
 * and points (hours × points per hour × role × attendance × the event's intensity), credited once each by
 * that volunteer's own transaction (./credit.ts): confirming twice, or two organisers at once, credits once.
 * At most 100 seats a call (the answer's `remaining` says to call again). Then one notice per volunteer
 * credited with hours, and one per new star.
 * Database calls for a roster of n unconfirmed seats: 8 before the seats (write budget 1, caller, event,
 * seats, their attendance, their users, settings and audit once each) and 10 per seat with points (see
 * credit.ts), plus the inbox's notices: 50 volunteers ≈ 8 + 500 + the notices.
 */
export const confirm = defineAction({
  input: AttendanceInput.confirm,
  write: true,
  async handle({ slotId }, ctx): Promise<ConfirmResult> {
    const { ev, slot, me } = await asSlotOrganiser(ctx, slotId);
    if (ev.status === 'cancelled' || slot.status === 'cancelled') fail('ATTENDANCE_SLOT_CANCELLED');
    if (ctx.now < slot.end) fail('ATTENDANCE_SLOT_NOT_ENDED');
    const seats = await seatsOf(slotId, SEATS_READ_MAX);
    const [docs, settings, secret] = await Promise.all([
      attendanceOf(seats.map((s) => s._id)),
      loadCenterSettings(ctx.now),
      signingSecret(),
    ]);
    const byId = new Map(docs.map((d) => [d._id, d]));
    const open = seats.filter((s) => byId.get(s._id)?.state !== 'confirmed');
    const batch = open.slice(0, R.confirmBatch);
    const users = new Map((await usersByIds(batch.map((s) => s.userId))).map((u) => [u._id, u]));
    const date = chinaDate(slot.start);
    const record: Partial<AttendanceDoc> = {
      eventTitle: ev.title,
      category: ev.category,
      place: ev.address,
      content: `${ev.category}：${ev.title}`,
      ...(ev.teamName ? { teamName: ev.teamName } : {}),
      stationId: ev.stationId,
      stationName: ev.stationName,
      stationPath: ev.stationPath,
      date,
      month: chinaMonth(slot.start),
      confirmedAt: ctx.now,
      confirmedBy: me._id,
      confirmedByName: me.volunteer?.realName ?? me.nickname,
    };

    const outcomes: (CreditOutcome & { userId: string; signUpId: string })[] = [];
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < batch.length; i = next++) {
        const seat = batch[i];
        const user = users.get(seat.userId) as UserDoc | undefined;
        if (!user) continue;
        const role = serviceRole(ev, user);
        const base: AttendanceDoc = {
          _id: seat._id,
          eventId: ev._id,
          slotId,
          userId: seat.userId,
          state: 'confirmed',
          manual: false,
          slotStart: slot.start,
          slotEnd: slot.end,
          updatedAt: ctx.now,
        };
        const out = await creditSeat(
          { signUpId: seat._id, userId: seat.userId, base },
          (current) => {
            const { hours, points, mark } = creditNow(current, slot, ev, role, settings);
            return {
              hours,
              points,
              mark,
              role,
              record: { ...record, volunteerName: user.volunteer?.realName ?? seat.name, updatedAt: ctx.now },
            };
          },
          {
            now: ctx.now,
            actorId: me._id,
            thresholds: settings.starThresholdsHours,
            volunteerNo: volunteerNoOf(secret, seat.userId),
            note: `志愿服务「${ev.title}」${date}`,
            nodePath: ev.stationPath,
          },
        );
        outcomes.push({ ...out, userId: seat.userId, signUpId: seat._id });
      }
    };
    await Promise.all(Array.from({ length: Math.min(WORKERS, batch.length) }, worker));

    const notices: NotifyMessage[] = [];
    let hours = 0;
    let points = 0;
    let confirmed = 0;
    for (const o of outcomes) {
      if (!o.done) continue;
      confirmed++;
      hours += o.hours;
      points += o.points;
      if (o.hours > 0)
        notices.push(
          attendanceNotice(
            o.userId,
            'hoursConfirmed',
            { eventTitle: ev.title, hours: o.hours, points: o.points },
            `attendance:${o.signUpId}`,
          ),
        );
      if (o.starReached)
        notices.push(
          attendanceNotice(
            o.userId,
            'starReached',
            { hours: o.totalHours, star: o.starReached },
            `star-level:${o.userId}:${o.starReached}`,
          ),
        );
    }
    ctx.notify(...notices);
    if (confirmed) {
      await audit(ctx, {
        action: 'attendance.confirm',
        targetType: 'event_slot',
        targetId: slotId,
        nodePath: ev.stationPath,
        detail: { eventId: ev._id, confirmed, hours, points },
      });
    }
    return {
      slotId,
      confirmed,
      alreadyConfirmed: seats.length - open.length + (batch.length - confirmed),
      hours,
      points,
      remaining: open.length - batch.length,
    };
  },
});
