import { dueBefore } from '../../core/wish';
import { tell } from '../wish/notices';
import { claimCleared, dueWishes, inc, transition, type WishDoc } from '../wish/repo';
import type { Job } from './batch';

/** Claims not fulfilled within 7 days lapse: the wish returns to the pool, the claimer's slot frees, both are told. */
export function lapseClaims(now: number): Job<WishDoc> {
  return {
    name: 'wishLapse',
    fetch: (limit) => dueWishes('claimed', 'claimedAt', dueBefore(now).lapse, limit),
    async handle(w) {
      const patch = { status: 'open', ...claimCleared(w._id), lapseCount: inc(1), updatedAt: now };
      if (!(await transition(w._id, ['claimed'], { claimerId: w.claimerId, claimedAt: w.claimedAt }, patch))) return false;
      await tell(now, w, [
        { userId: w.ownerId, notice: 'lapsed.owner' },
        { userId: w.claimerId, notice: 'lapsed.claimer' },
      ]);
      return true;
    },
  };
}
