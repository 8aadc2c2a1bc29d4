import { awardWishPoints } from '../wish/confirmation';
import { dueWishes, type WishDoc } from '../wish/repo';
import type { Job } from './batch';
import { TIMER_ACTOR } from './wish-auto-confirm';

/** A confirmation whose points did not post (a crash, a ledger error) is retried after this long. */
const RETRY_AFTER_MS = 10 * 60 * 1000;

/** Posts the points of confirmed wishes still marked pending; the ledger's idempotency makes it safe. */
export function retryWishPoints(now: number): Job<WishDoc> {
  return {
    name: 'wishPointsRetry',
    fetch: (limit) => dueWishes('confirmed', 'confirmedAt', now - RETRY_AFTER_MS, limit, { pointsPending: true }),
    handle: async (w) => (await awardWishPoints(w, now, TIMER_ACTOR)) !== null,
  };
}
