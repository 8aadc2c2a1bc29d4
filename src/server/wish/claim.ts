import { WishInput } from '../../contracts/wish';
import { claimCap } from '../../core/wish';
import { canClaim, claimerKindOf } from '../../core/wish-access';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { giveSlot, takeSlot } from './counters';
import { notClaimable, refuseIf, requireWish } from './guards';
import { tell } from './notices';
import { findWish, transition } from './repo';
import { viewFor } from './view';

/**
 * A volunteer or a unit claims an open wish. Two conditional writes decide it, whatever the concurrency:
 * first a slot on the claimer's own counter (a volunteer holds at most 3 claims), then the wish itself
 * (`status: 'open'` → 'claimed'); exactly one caller wins the wish, the others get their slot back and
 * WISH_ALREADY_CLAIMED. The claimer then sees the beneficiary's phone and address.
 */
export const claim = defineAction({
  input: WishInput.claim,
  async handle({ id }, ctx) {
    const me = await ctx.me();
    const kind = claimerKindOf(me);
    if (!kind) throw new AppError('WISH_CLAIM_ROLE_REQUIRED');
    const wish = await requireWish(id);
    refuseIf(canClaim(wish, me));
    if (wish.status !== 'open') throw notClaimable(wish.status);

    if (!(await takeSlot(me._id, 'activeClaims', claimCap(kind)))) throw new AppError('WISH_CLAIM_LIMIT_REACHED');
    const patch = {
      status: 'claimed' as const,
      claimerId: me._id,
      claimerName: me.volunteer?.realName ?? me.nickname,
      claimerKind: kind,
      claimedAt: ctx.now,
      updatedAt: ctx.now,
    };
    if (!(await transition(id, ['open'], {}, patch))) {
      await giveSlot(me._id, 'activeClaims');
      throw notClaimable((await findWish(id))?.status);
    }
    const claimed = { ...wish, ...patch };
    await tell(ctx.now, claimed, [{ userId: wish.ownerId, notice: 'claimed' }], me._id);
    return viewFor(claimed, me);
  },
});
