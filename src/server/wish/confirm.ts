import { WishInput } from '../../contracts/wish';
import { canConfirm, viewerOf } from '../../core/wish-access';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { checkTexts, SCENE } from '../shared/content-check';
import { afterConfirmed } from './confirmation';
import { notConfirmable, refuseIf, requireWish } from './guards';
import { findWish, transition } from './repo';
import { viewFor } from './view';

/**
 * The resident, the proxy or staff in scope confirm a fulfilled wish and rate it 1–5. One conditional
 * write (`fulfilled` → `confirmed`) decides who confirmed; only that caller awards the claimer's points,
 * so simultaneous confirmations award once.
 */
export const confirm = defineAction({
  input: WishInput.confirm,
  async handle({ id, rating, comment }, ctx) {
    const me = await ctx.me();
    const wish = await requireWish(id);
    refuseIf(canConfirm(wish, me));
    if (wish.status !== 'fulfilled') throw notConfirmable(wish.status);
    const { review } = await checkTexts(ctx.openid, [{ field: 'comment', label: '评价', text: comment, scene: SCENE.comment }]);

    const patch = {
      status: 'confirmed' as const,
      confirmedAt: ctx.now,
      confirmedBy: me._id,
      rating,
      ...(comment ? { comment } : {}),
      autoConfirmed: false,
      pointsPending: true,
      updatedAt: ctx.now,
      ...(review.length ? { flagged: true, flaggedFields: [...new Set([...wish.flaggedFields, ...review])] } : {}),
    };
    if (!(await transition(id, ['fulfilled'], {}, patch))) throw notConfirmable((await findWish(id))?.status);
    if (viewerOf(wish, me) === 'staff') {
      await audit(ctx, { action: 'wish.confirm', targetType: 'wish', targetId: id, nodePath: wish.stationPath, detail: { rating } });
    }
    const confirmed = await afterConfirmed({ ...wish, ...patch }, ctx.now, me._id);
    return viewFor(confirmed, me);
  },
});
