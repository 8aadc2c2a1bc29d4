import { dueBefore } from '../../core/wish';
import { AppError } from '../errors';
import { confirmWish } from '../wish/confirmation';
import { dueWishes, type WishDoc } from '../wish/repo';
import type { Job } from './batch';

export const TIMER_ACTOR = 'timer';

/** Fulfilled wishes nobody confirmed within 7 days confirm themselves, unrated; the claimer gets the points. */
export function autoConfirmWishes(now: number): Job<WishDoc> {
  return {
    name: 'wishAutoConfirm',
    fetch: (limit) => dueWishes('fulfilled', 'fulfilledAt', dueBefore(now).autoConfirm, limit),
    async handle(due) {
      try {
        await confirmWish(due._id, {
          actorId: TIMER_ACTOR,
          now,
          // Fulfilled again since we listed it (released, re-claimed, re-fulfilled): not due any more.
          check: (w) => {
            if (w.fulfilledAt !== due.fulfilledAt) throw new AppError('WISH_NOT_FULFILLED');
          },
          patch: () => ({ autoConfirmed: true }),
        });
        return true;
      } catch (err) {
        if (err instanceof AppError) return false;
        throw err;
      }
    },
  };
}
