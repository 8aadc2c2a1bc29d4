import type { AttendanceLine } from '../../contracts/attendance';
import { AttendanceInput } from '../../contracts/attendance.schema';
import { ATTENDANCE_MACHINE, serviceRole, windowOf } from '../../core/attendance';
import { organiserRefusal, type Reader } from '../../core/event-access';
import { refuseIf } from '../shared/guards';
import { findEvent } from '../event/repo';
import { findSignUp } from '../event/signups-repo';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { loadCenterSettings } from '../shared/center-settings';
import { fail } from './guards';
import { usersByIds } from './places';
import { findAttendance, insertAttendance, transitionAttendance, type AttendanceDoc } from './repo';
import { stateOf, toLine } from './view';

/**
 * An organiser marks a seat 正常 / 迟到 / 请假 / 缺席 by hand, optionally entering or correcting its times
 * (each within the check-in window, check-out after check-in); a time entered so is `manual` and the record
 * says so. The seat moves to `marked` (scans no longer change it) by one conditional write from the states
 * the machine allows, or by the insert of its first attendance document when it had none. Audited. The
 * answer is the roster line with its points preview (the volunteer's role: one more read; settings cached).
 */
export const mark = defineAction({
  input: AttendanceInput.mark,
  write: true,
  async handle({ signUpId, mark: m, checkInAt, checkOutAt }, ctx): Promise<AttendanceLine> {
    const [me, place] = await Promise.all([ctx.me(), findSignUp(signUpId)]);
    if (!place) return fail('EVENT_SIGNUP_NOT_FOUND');
    const ev = await findEvent(place.eventId);
    const slot = ev?.slots.find((s) => s.id === place.slotId);
    if (!ev || !slot) return fail('EVENT_SLOT_NOT_FOUND');
    refuseIf(organiserRefusal(ev, me as Reader));
    if (place.status !== 'confirmed') fail('ATTENDANCE_NOT_SEATED');
    const doc = await findAttendance(signUpId);
    if (!ATTENDANCE_MACHINE.next(stateOf(doc), 'mark')) fail('ATTENDANCE_CONFIRMED');
    const w = windowOf(slot);
    const inAt = checkInAt ?? doc?.checkInAt;
    const outAt = checkOutAt ?? doc?.checkOutAt;
    const outside = (t: number | undefined) => t !== undefined && (t < w.opensAt || t > w.closesAt);
    if (outside(checkInAt) || outside(checkOutAt) || (inAt !== undefined && outAt !== undefined && outAt <= inAt))
      fail('ATTENDANCE_TIMES_INVALID');
    if (checkOutAt !== undefined && inAt === undefined) fail('ATTENDANCE_TIMES_INVALID');
    const patch = {
      mark: m,
      ...(checkInAt !== undefined ? { checkInAt, checkInMethod: 'manual' as const } : {}),
      ...(checkOutAt !== undefined ? { checkOutAt, checkOutMethod: 'manual' as const } : {}),
      manual: (doc?.manual ?? false) || checkInAt !== undefined || checkOutAt !== undefined,
      markedBy: me._id,
      markedAt: ctx.now,
      updatedAt: ctx.now,
    };
    const to = ATTENDANCE_MACHINE.transitions.mark.to as 'marked';
    let written: AttendanceDoc | null = null;
    if (!doc) {
      const fresh: AttendanceDoc = {
        _id: signUpId,
        eventId: ev._id,
        slotId: slot.id,
        userId: place.userId,
        slotStart: slot.start,
        slotEnd: slot.end,
        stationPath: ev.stationPath,
        ...patch,
        state: to,
      };
      if (await insertAttendance(fresh)) written = fresh;
    }
    // Matched on what was read (`updatedAt`), so a scan or a confirmation in between is not overwritten
    // blindly: the mark reads again and tries once more; a confirmation meanwhile wins (ATTENDANCE_CONFIRMED).
    for (let attempt = 0; !written && attempt < 2; attempt++) {
      const current = attempt === 0 && doc ? doc : await findAttendance(signUpId);
      if (!current || !ATTENDANCE_MACHINE.next(current.state, 'mark')) fail('ATTENDANCE_CONFIRMED');
      const times = { checkInAt: checkInAt ?? current!.checkInAt, checkOutAt: checkOutAt ?? current!.checkOutAt };
      if (times.checkInAt !== undefined && times.checkOutAt !== undefined && times.checkOutAt <= times.checkInAt)
        fail('ATTENDANCE_TIMES_INVALID');
      const manual = current!.manual || checkInAt !== undefined || checkOutAt !== undefined;
      if (await transitionAttendance(signUpId, 'mark', { updatedAt: current!.updatedAt }, { ...patch, manual }))
        written = { ...current!, ...patch, manual, state: to };
    }
    if (!written) fail('ATTENDANCE_CONFIRMED');
    const [settings, [user]] = await Promise.all([loadCenterSettings(ctx.now), usersByIds([place.userId])]);
    await audit(ctx, {
      action: 'attendance.mark',
      targetType: 'event_signup',
      targetId: signUpId,
      nodePath: ev.stationPath,
      detail: { mark: m, ...(checkInAt !== undefined ? { checkInAt } : {}), ...(checkOutAt !== undefined ? { checkOutAt } : {}) },
    });
    return toLine(place, written, slot, user && { ev, settings, role: serviceRole(ev, user) });
  },
});
