import { dueBefore } from '../../core/wish';
import { afterConfirmed } from '../wish/confirmation';
import { dueWishes, transition, type WishDoc } from '../wish/repo';
import type { Job } from './batch';

export const TIMER_ACTOR = 'timer';

/** Fulfilled wishes nobody confirmed within 7 days confirm themselves, unrated; the claimer gets the points. */
export function autoConfirmWishes(now: number): Job<WishDoc> {
  return {
    name: 'wishAutoConfirm',
    fetch: (limit) => dueWishes('fulfilled', 'fulfilledAt', dueBefore(now).autoConfirm, limit),
    async handle(w) {
      const patch = { status: 'confirmed' as const, confirmedAt: now, confirmedBy: TIMER_ACTOR, autoConfirmed: true, pointsPending: true, updatedAt: now };
      if (!(await transition(w._id, ['fulfilled'], { fulfilledAt: w.fulfilledAt }, patch))) return false;
      await afterConfirmed({ ...w, ...patch }, now, TIMER_ACTOR);
      return true;
    },
  };
}
