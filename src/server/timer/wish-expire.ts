import { dueBefore } from '../../core/wish';
import { tell } from '../wish/notices';
import { dueWishes, ownerSlotFreed, transition, type WishDoc } from '../wish/repo';
import type { Job } from './batch';

/** Open wishes 60 days after approval expire; the resident's slot frees and they are told. */
export function expireWishes(now: number): Job<WishDoc> {
  return {
    name: 'wishExpire',
    fetch: (limit) => dueWishes('open', 'openedAt', dueBefore(now).expire, limit),
    async handle(w) {
      const patch = { status: 'expired' as const, expiredAt: now, ...ownerSlotFreed(w._id), updatedAt: now };
      if (!(await transition(w._id, ['open'], { openedAt: w.openedAt }, patch))) return false;
      await tell(now, { ...w, ...patch }, [{ userId: w.ownerId, notice: 'expired' }]);
      return true;
    },
  };
}
