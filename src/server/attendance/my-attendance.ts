import type { MyAttendanceView } from '../../contracts/attendance';
import { AttendanceInput } from '../../contracts/attendance.schema';
import { defineAction } from '../router';
import { requireSeat, requireSlot } from './guards';
import { placeOf } from './places';
import { findAttendance } from './repo';
import { toMyAttendance } from './view';

/** The caller's attendance on one of their seats and what they may do now: the event and the place at once, then the attendance. */
export const myAttendance = defineAction({
  input: AttendanceInput.myAttendance,
  async handle({ slotId }, ctx): Promise<MyAttendanceView> {
    const [at, place] = await Promise.all([requireSlot(slotId), placeOf(slotId, ctx.userId)]);
    const seat = requireSeat(place);
    const doc = await findAttendance(seat._id);
    return toMyAttendance(at.ev, at.slot, seat, doc, ctx.now);
  },
});
