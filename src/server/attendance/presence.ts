import type { AttendanceInputOf, AttendanceMethod } from '../../contracts/attendance';
import { codeProblem, windowProblem, withinRadius } from '../../core/attendance';
import type { Ctx } from '../ctx';
import { signingSecret, verifyToken } from '../shared/signed-token';
import { fail, refuseCancelled, requireSeat, requireSlot, type SlotAt } from './guards';
import { placeOf } from './places';
import type { SignUpDoc } from '../event/signups-repo';

export type Proof = { method: AttendanceMethod; nonce?: string };

/**
 * What every check-in and check-out requires of the slot and the place, whoever scans: the slot not cancelled,
 * the place a seat (never a waitlist place), now inside the window (slot start − 2 h … end + 2 h). The seat.
 */
export function seatInWindow(at: SlotAt, place: SignUpDoc | null, now: number): SignUpDoc {
  refuseCancelled(at);
  const seat = requireSeat(place);
  const outside = windowProblem(at.slot, now);
  if (outside) fail(outside);
  return seat;
}

/**
 * What a check-in and a check-out both establish before writing: the slot, the caller's seat on it (never a
 * waitlist place), the window (slot start − 2 h … end + 2 h), and the proof of presence — a code the server
 * signed for this slot at most 60 s ago, or a GCJ-02 location within the event's radius. Each failure its own
 * code. Reads: the event and the caller's place, at once.
 */
export async function establishPresence(
  input: AttendanceInputOf<'checkIn'>,
  ctx: Ctx,
): Promise<SlotAt & { place: SignUpDoc; proof: Proof }> {
  const [at, place] = await Promise.all([requireSlot(input.slotId), placeOf(input.slotId, ctx.userId)]);
  const seat = seatInWindow(at, place, ctx.now);
  if (input.code !== undefined) {
    const verified = verifyToken(await signingSecret(), 'checkin', input.code);
    if (!verified.ok) return fail('CODE_BAD_SIGNATURE');
    const problem = codeProblem(verified.payload, input.slotId, ctx.now);
    if (problem) fail(problem);
    return { ...at, place: seat, proof: { method: 'code', nonce: String(verified.payload.n) } };
  }
  if (!input.location) return fail('CHECKIN_NEED_PROOF');
  if (!withinRadius(input.location, at.ev.location, at.ev.checkInRadiusM)) fail('CHECKIN_TOO_FAR');
  return { ...at, place: seat, proof: { method: 'location' } };
}
