import type { AttendanceInputOf, AttendanceLine } from '../../contracts/attendance';
import { ATTENDANCE_ORGANISER_MESSAGES } from '../../contracts/attendance-errors';
import { AttendanceInput } from '../../contracts/attendance.schema';
import type { Ctx } from '../ctx';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { readUserCode } from '../user/user-code';
import { recordCheckIn } from './check-in';
import { recordCheckOut } from './check-out';
import { asSlotOrganiser } from './guards';
import { placeOf } from './places';
import { seatInWindow } from './presence';
import { toLine } from './view';

type Move = 'checkIn' | 'checkOut';

/** A refusal of the shared rules, worded for the leader about the volunteer (the code stays the same). */
function forOrganiser(err: unknown): unknown {
  if (!(err instanceof AppError)) return err;
  const message = (ATTENDANCE_ORGANISER_MESSAGES as Record<string, string | undefined>)[err.code];
  return message ? new AppError(err.code, message) : err;
}

/**
 * An organiser of the slot (a leader of its team, staff over its station) reads a volunteer's 个人码 — for
 * older volunteers whose phone cannot scan the leader's code — and checks them in or out. The organiser is
 * checked before the code is read; then the same rules and the same writes as the volunteer's own scan
 * (presence.ts seatInWindow, check-in.ts recordCheckIn, check-out.ts recordCheckOut): a seat, the window,
 * once. The 个人码's issue time is the move's nonce, so one showing of the code is good for one move (a
 * check-out needs the code refreshed, CODE_REPLAYED otherwise). Audited. Reads: the caller and the event,
 * the volunteer's place; then the move's writes.
 */
async function movePerson(move: Move, { slotId, code }: AttendanceInputOf<'checkInPerson'>, ctx: Ctx): Promise<AttendanceLine> {
  const at = await asSlotOrganiser(ctx, slotId);
  try {
    const { userId, issuedAt } = await readUserCode(code, ctx.now);
    const seat = seatInWindow(at, await placeOf(slotId, userId), ctx.now);
    const proof = { method: 'usercode' as const, nonce: `u${issuedAt}` };
    const doc = move === 'checkIn' ? await recordCheckIn(at, seat, proof, ctx) : await recordCheckOut(seat, proof, ctx);
    await audit(ctx, {
      action: `attendance.${move}Person`,
      targetType: 'event_signup',
      targetId: seat._id,
      nodePath: at.ev.stationPath,
      detail: { userId, slotId },
    });
    return toLine(seat, doc, at.slot);
  } catch (err) {
    throw forOrganiser(err);
  }
}

export const checkInPerson = defineAction({
  input: AttendanceInput.checkInPerson,
  write: true,
  handle: (input, ctx) => movePerson('checkIn', input, ctx),
});

export const checkOutPerson = defineAction({
  input: AttendanceInput.checkOutPerson,
  write: true,
  handle: (input, ctx) => movePerson('checkOut', input, ctx),
});
