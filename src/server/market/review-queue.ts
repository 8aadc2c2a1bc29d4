import { MarketInput } from '../../contracts/market.schema';
import { defineAction } from '../router';
import { pendingReview } from './repo';
import { staffScopeFor } from './scope';
import { listingViewFor } from './view';

/**
 * Listings waiting for review in the caller's subtree (optionally one node of it): those a content or
 * image check flagged first, then oldest first. Staff and admins only.
 */
export const reviewQueue = defineAction({
  input: MarketInput.reviewQueue,
  async handle({ nodeId, cursor, limit }, ctx) {
    const me = await ctx.me();
    const scopes = await staffScopeFor(me, nodeId);
    const page = await pendingReview(scopes, nodeId, { cursor, limit });
    return { items: page.items.map((l) => listingViewFor(l, me)), next: page.next };
  },
});
