import { WishInput } from '../../contracts/wish';
import { canReview } from '../../core/wish-access';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { checkTexts, SCENE } from '../shared/content-check';
import { refuseIf, requireWish } from './guards';
import { tell } from './notices';
import { ownerSlotFreed, transition } from './repo';
import { viewFor } from './view';

/** Staff over the wish's station approve it into the pool or reject it with a reason the resident reads. */
export const review = defineAction({
  input: WishInput.review,
  write: true,
  async handle({ id, approve, reason }, ctx) {
    const me = await ctx.me();
    const wish = await requireWish(id);
    refuseIf(canReview(wish, me));
    if (wish.status !== 'pending_review') throw new AppError('WISH_NOT_PENDING');
    if (!approve) await checkTexts(ctx.openid, [{ field: 'reason', label: '不通过的原因', text: reason, scene: SCENE.comment }]);

    const decided = { reviewedBy: me._id, reviewedAt: ctx.now, updatedAt: ctx.now };
    const patch = approve
      ? { ...decided, status: 'open' as const, openedAt: ctx.now }
      : { ...decided, status: 'rejected' as const, rejectReason: reason, ...ownerSlotFreed(id) };
    if (!(await transition(id, ['pending_review'], {}, patch))) throw new AppError('WISH_NOT_PENDING');

    const updated = { ...wish, ...patch };
    await audit(ctx, {
      action: approve ? 'wish.approve' : 'wish.reject',
      targetType: 'wish',
      targetId: id,
      nodePath: wish.stationPath,
      detail: approve ? { flagged: wish.flagged } : { reason },
    });
    await tell(ctx.now, updated, [{ userId: wish.ownerId, notice: approve ? 'approved' : 'rejected' }], me._id);
    return viewFor(updated, me);
  },
});
