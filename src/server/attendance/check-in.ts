import type { MyAttendanceView } from '../../contracts/attendance';
import { AttendanceInput } from '../../contracts/attendance.schema';
import { ATTENDANCE_MACHINE } from '../../core/attendance';
import type { Ctx } from '../ctx';
import type { SignUpDoc } from '../event/signups-repo';
import { defineAction } from '../router';
import { fail, presenceRefusal, type SlotAt } from './guards';
import { establishPresence, type Proof } from './presence';
import { findAttendance, insertAttendance, type AttendanceDoc } from './repo';
import { toMyAttendance } from './view';

/**
 * Checks seat `place` in with `proof` (presence established before): the seat's attendance document is
 * created by this one insert (its `_id` the sign-up's): of two check-ins at once one wins; the other reads it
 * and is told why — the same code again (CODE_REPLAYED), or already checked in. The volunteer's own scan
 * and an organiser's scan of their 个人码 both check in here.
 */
export async function recordCheckIn({ ev, slot }: SlotAt, place: SignUpDoc, proof: Proof, ctx: Ctx): Promise<AttendanceDoc> {
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
  if (await insertAttendance(doc)) return doc;
  const existing = await findAttendance(place._id);
  return fail(existing ? presenceRefusal(existing, 'checkIn', proof.nonce) : 'CHECKIN_ALREADY');
}

/**
 * A volunteer checks in on their seat with the leader's code or their location. Database calls: the write
 * budget's hit, the event and the place (at once), the insert.
 */
export const checkIn = defineAction({
  input: AttendanceInput.checkIn,
  write: true,
  async handle(input, ctx): Promise<MyAttendanceView> {
    const { ev, slot, place, proof } = await establishPresence(input, ctx);
    const doc = await recordCheckIn({ ev, slot }, place, proof, ctx);
    return toMyAttendance(ev, slot, place, doc, ctx.now);
  },
});
