import { WishInput } from '../../contracts/wish.schema';
import { PUBLIC_STATUSES } from '../../core/wish';
import { viewerOf, wishActions } from '../../core/wish-access';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { requireWish } from './guards';
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
    return toWishView(wish, viewer, wishActions(wish, me));
  },
});
