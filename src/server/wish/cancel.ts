import { WishInput } from '../../contracts/wish';
import { WISH_TRANSITIONS } from '../../core/wish';
import { canCancel } from '../../core/wish-access';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { refuseIf, requireWish } from './guards';
import { ownerSlotFreed, transition } from './repo';
import { toWishView } from './view';

/** The resident (or the proxy who recorded it) withdraws a wish nobody has claimed yet. */
export const cancel = defineAction({
  input: WishInput.cancel,
  write: true,
  async handle({ id }, ctx) {
    const me = await ctx.me();
    const wish = await requireWish(id);
    refuseIf(canCancel(wish, me));
    const { from } = WISH_TRANSITIONS.cancel;
    if (!from.includes(wish.status)) throw new AppError('WISH_CANNOT_CANCEL');
    const patch = { status: 'cancelled' as const, cancelledAt: ctx.now, ...ownerSlotFreed(id), updatedAt: ctx.now };
    if (!(await transition(id, from, { ownerId: me._id }, patch))) throw new AppError('WISH_CANNOT_CANCEL');
    return toWishView({ ...wish, ...patch }, 'owner');
  },
});
