import type { Ctx } from '../ctx';
import { AppError } from '../errors';
import { eventNotice } from './notices';
import type { EventDoc } from './repo';
import { handOver, slotIndex, ticketLeft } from './seats';
import { findSignUp, transitionSignUp, type SignUpDoc } from './signups-repo';

/**
 * Ends an active place — the holder cancelling or an organiser removing it — and frees what it held. The
 * ending is one conditional write that also names the status the place was read in: a waitlist place
 * promoted meanwhile is not ended as a waitlist place (its seat would be lost); the write then fails, the
 * place is read again and `check` runs on its new state. A freed seat is handed to the first in line
 * (./seats.ts), a waitlist place counts as having left the line. Answers the ended place and who was
 * promoted (told through ctx.notify).
 */
export async function endPlace(
  ctx: Ctx,
  ev: EventDoc,
  start: SignUpDoc,
  how: { event: 'cancel' | 'remove'; status: 'cancelled' | 'removed'; reason?: string; check: (p: SignUpDoc) => void },
): Promise<{ ended: SignUpDoc; promoted: SignUpDoc | null }> {
  const { index } = slotIndex(ev, start.slotId);
  let p = start;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (p.status !== 'confirmed' && p.status !== 'waiting') throw new AppError('EVENT_SIGNUP_ENDED');
    how.check(p);
    const patch = {
      status: how.status,
      // A cancelled place gives its slot back to the volunteer; a removed one keeps it (they may not return).
      ...(how.status === 'cancelled' ? { placeKey: p._id } : {}),
      endedAt: ctx.now,
      endedBy: ctx.userId,
      ...(how.reason ? { endReason: how.reason } : {}),
    };
    const was = p.status;
    if (await transitionSignUp(p._id, how.event, { status: was }, patch)) {
      const ended = { ...p, ...patch };
      if (was === 'waiting') {
        await ticketLeft(ev._id, index, p.slotId);
        return { ended, promoted: null };
      }
      const promoted = await handOver(ev, index, ctx.now);
      if (promoted) ctx.notify(eventNotice(promoted, 'promoted'));
      return { ended, promoted };
    }
    const again = await findSignUp(p._id);
    if (!again) throw new AppError('EVENT_SIGNUP_NOT_FOUND');
    p = again;
  }
  throw new AppError('CONFLICT');
}
