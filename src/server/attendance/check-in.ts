import type { MyAttendanceView } from '../../contracts/attendance';
import { AttendanceInput } from '../../contracts/attendance.schema';
import { ATTENDANCE_MACHINE } from '../../core/attendance';
import { defineAction } from '../router';
import { fail, presenceRefusal } from './guards';
import { establishPresence } from './presence';
import { findAttendance, insertAttendance, type AttendanceDoc } from './repo';
import { toMyAttendance } from './view';

/**
 * A volunteer checks in on their seat with the leader's code or their location. The seat's attendance
 * document is created by this one insert (its `_id` the sign-up's): of two check-ins at once one wins; the
 * other reads it and is told why — the same code again (CODE_REPLAYED), or already checked in. Database
 * calls: the write budget's hit, the event and the place (at once), the insert.
 */
export const checkIn = defineAction({
  input: AttendanceInput.checkIn,
  write: true,
  async handle(input, ctx): Promise<MyAttendanceView> {
    const { ev, slot, place, proof } = await establishPresence(input, ctx);
    const doc: AttendanceDoc = {
      _id: place._id,
      eventId: ev._id,
      slotId: slot.id,
      userId: place.userId,
      state: ATTENDANCE_MACHINE.next('signed', 'checkIn') as 'checked_in',
      checkInAt: ctx.now,
      checkInMethod: proof.method,
      ...(proof.nonce ? { checkInNonce: proof.nonce } : {}),
      manual: false,
      slotStart: slot.start,
      slotEnd: slot.end,
      stationPath: ev.stationPath,
      updatedAt: ctx.now,
    };
    if (await insertAttendance(doc)) return toMyAttendance(ev, slot, place, doc, ctx.now);
    const existing = await findAttendance(place._id);
    return fail(existing ? presenceRefusal(existing, 'checkIn', proof.nonce) : 'CHECKIN_ALREADY');
  },
});
