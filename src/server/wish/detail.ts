import { WishInput } from '../../contracts/wish.schema';
import { claimCap, PUBLIC_STATUSES, slotNames } from '../../core/wish';
import { claimerKindOf, viewerOf, wishActions } from '../../core/wish-access';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { requireWish } from './guards';
import { withSlotsHeld } from './repo';
import { toWishView } from './view';

/**
 * One wish, as the caller may see it. A wish that never reached the pool (or was withdrawn) exists only
 * for its owner and staff; anyone else is told it is not there. The view lists what the caller may do now.
 */
export const detail = defineAction({
  input: WishInput.detail,
  async handle({ id }, ctx) {
    const [me, wish] = await Promise.all([ctx.caller(), requireWish(id)]);
    const viewer = viewerOf(wish, me);
    if (viewer === 'public' && !PUBLIC_STATUSES.includes(wish.status)) throw new AppError('WISH_NOT_FOUND');
    const actions = wishActions(wish, me);
    // At the claim cap the claim would be refused: say so (one read of the caller's slots) instead of offering it.
    const kind = me && actions.includes('claim') ? claimerKindOf(me) : undefined;
    if (me && kind) {
      const cap = claimCap(kind);
      const { held } = await withSlotsHeld(undefined, 'claimSlot', slotNames(me._id, cap));
      if (held.size >= cap) {
        return {
          ...toWishView(
            wish,
            viewer,
            actions.filter((a) => a !== 'claim'),
          ),
          claimLimitReached: cap,
        };
      }
    }
    return toWishView(wish, viewer, actions);
  },
});
