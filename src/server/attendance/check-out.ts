import type { MyAttendanceView } from '../../contracts/attendance';
import { AttendanceInput } from '../../contracts/attendance.schema';
import { ATTENDANCE_MACHINE } from '../../core/attendance';
import { defineAction } from '../router';
import { fail, presenceRefusal } from './guards';
import { establishPresence } from './presence';
import { findAttendance, transitionAttendance } from './repo';
import { stateOf, toMyAttendance } from './view';

/**
 * A volunteer checks out, the same two ways as checking in. One conditional write from `checked_in`
 * (the machine's from-state) that also requires the code to differ from the one used to check in, so a
 * code is good for one move per volunteer; of two check-outs at once one wins and the other, reading
 * again, is told why. Database calls: the write budget's hit, the event and the place, the attendance
 * document, the conditional write.
 */
export const checkOut = defineAction({
  input: AttendanceInput.checkOut,
  write: true,
  async handle(input, ctx): Promise<MyAttendanceView> {
    const { ev, slot, place, proof } = await establishPresence(input, ctx);
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
    return toMyAttendance(ev, slot, place, { ...doc, ...patch, state: to }, ctx.now);
  },
});
