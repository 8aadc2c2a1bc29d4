import { WishInput } from '../../contracts/wish.schema';
import { staffScopes } from '../../core/access';
import { AppError } from '../errors';
import { findNode } from '../org/repo';
import { defineAction } from '../router';
import { pendingReview } from './repo';
import { toWishView } from './view';

/**
 * Wishes waiting for review in the caller's subtree (optionally one node of it): those the content check
 * flagged first, then oldest first. Staff and admins only.
 */
export const reviewQueue = defineAction({
  input: WishInput.reviewQueue,
  async handle({ nodeId, cursor, limit }, ctx) {
    const scopes = staffScopes(await ctx.me());
    if (!scopes.length) throw new AppError('FORBIDDEN');
    if (nodeId && !scopes.includes(nodeId)) {
      const node = await findNode(nodeId);
      if (!node) throw new AppError('NODE_NOT_FOUND');
      if (!node.path.some((p) => scopes.includes(p))) throw new AppError('OUT_OF_SCOPE');
    }
    const page = await pendingReview(scopes, nodeId, { cursor, limit });
    return { items: page.items.map((w) => toWishView(w, 'staff')), next: page.next };
  },
});
