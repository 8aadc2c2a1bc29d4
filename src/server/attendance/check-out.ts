import type { MyAttendanceView } from '../../contracts/attendance';
import { AttendanceInput } from '../../contracts/attendance.schema';
import { ATTENDANCE_MACHINE } from '../../core/attendance';
import type { Ctx } from '../ctx';
import type { SignUpDoc } from '../event/signups-repo';
import { defineAction } from '../router';
import { fail, presenceRefusal } from './guards';
import { establishPresence, type Proof } from './presence';
import { findAttendance, transitionAttendance, type AttendanceDoc } from './repo';
import { stateOf, toMyAttendance } from './view';

/**
 * Checks seat `place` out with `proof` (presence established before): one conditional write from
 * `checked_in` (the machine's from-state) that also requires the code to differ from the one used to check
 * in, so a code is good for one move per volunteer; of two check-outs at once one wins and the other, reading
 * again, is told why. The volunteer's own scan and an organiser's scan of their 个人码 both check out here.
 */
export async function recordCheckOut(place: SignUpDoc, proof: Proof, ctx: Ctx): Promise<AttendanceDoc> {
  const doc = await findAttendance(place._id);
  if (!doc) return fail('CHECKOUT_NOT_CHECKED_IN');
  if (!ATTENDANCE_MACHINE.next(stateOf(doc), 'checkOut') || (proof.nonce && doc.checkInNonce === proof.nonce))
    return fail(presenceRefusal(doc, 'checkOut', proof.nonce));
  const patch = {
    checkOutAt: ctx.now,
    checkOutMethod: proof.method,
    ...(proof.nonce ? { checkOutNonce: proof.nonce } : {}),
    updatedAt: ctx.now,
  };
  const match = doc.checkInNonce ? { checkInNonce: doc.checkInNonce } : {};
  if (!(await transitionAttendance(place._id, 'checkOut', match, patch))) {
    const now = await findAttendance(place._id);
    return fail(now ? presenceRefusal(now, 'checkOut', proof.nonce) : 'CHECKOUT_NOT_CHECKED_IN');
  }
  const to = ATTENDANCE_MACHINE.transitions.checkOut.to as 'checked_out';
  return { ...doc, ...patch, state: to };
}

/**
 * A volunteer checks out, the same two ways as checking in. Database calls: the write budget's hit, the
 * event and the place, the attendance document, the conditional write.
 */
export const checkOut = defineAction({
  input: AttendanceInput.checkOut,
  write: true,
  async handle(input, ctx): Promise<MyAttendanceView> {
    const { ev, slot, place, proof } = await establishPresence(input, ctx);
    const doc = await recordCheckOut(place, proof, ctx);
    return toMyAttendance(ev, slot, place, doc, ctx.now);
  },
});
