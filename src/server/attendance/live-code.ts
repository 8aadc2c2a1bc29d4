import { randomBytes } from 'node:crypto';
import { ATTENDANCE_RULES as R, type LiveCodeView } from '../../contracts/attendance';
import { AttendanceInput } from '../../contracts/attendance.schema';
import { windowProblem } from '../../core/attendance';
import { defineAction } from '../router';
import { signingSecret, signToken } from '../shared/signed-token';
import { asSlotOrganiser, fail, refuseCancelled } from './guards';
import { presenceCounts } from './repo';

/** A fresh nonce per code: 8 random bytes, so two codes of one second still differ. */
export const newNonce = (): string => randomBytes(8).toString('base64url');

/**
 * The leader's rotating check-in code for one slot: a token signed with the server's secret carrying the
 * slot, the issue time and a nonce (`checkin.<payload>.<mac>`), accepted for 60 s; the screen fetches the
 * next every 25 s. Only the slot's organisers get one, and only inside the check-in window. Reads: the
 * caller, the event, the slot's counts (the secret is read once per instance).
 */
export const liveCode = defineAction({
  input: AttendanceInput.liveCode,
  async handle({ slotId }, ctx): Promise<LiveCodeView> {
    const at = await asSlotOrganiser(ctx, slotId);
    refuseCancelled(at);
    const outside = windowProblem(at.slot, ctx.now);
    if (outside) fail(outside);
    const [secret, counts] = await Promise.all([signingSecret(), presenceCounts(slotId)]);
    return {
      token: signToken(secret, 'checkin', { s: slotId, t: ctx.now, n: newNonce() }),
      slotId,
      issuedAt: ctx.now,
      expiresAt: ctx.now + R.codeMaxAgeMs,
      refreshMs: R.codeRefreshMs,
      seats: at.slot.taken,
      checkedIn: counts.checkedIn,
      checkedOut: counts.checkedOut,
    };
  },
});
