import { WishInput } from '../../contracts/wish.schema';
import { canConfirm, viewerOf } from '../../core/wish-access';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { checkTexts, SCENE } from '../shared/content-check';
import { confirmWish } from './confirmation';
import { refuseIf } from '../shared/guards';
import { viewFor } from './view';

/**
 * The resident, the proxy or staff in scope confirm a fulfilled wish and rate it 1–5; the claimer earns the
 * wish's points in the same transaction (confirmation.ts), so simultaneous confirmations award once.
 */
export const confirm = defineAction({
  input: WishInput.confirm,
  write: true,
  async handle({ id, rating, comment }, ctx) {
    const me = await ctx.me();
    const { review } = await checkTexts(ctx.openid, [{ field: 'comment', label: '评价', text: comment, scene: SCENE.comment }]);
    const confirmed = await confirmWish(id, 'confirm', {
      actorId: me._id,
      now: ctx.now,
      notify: ctx.notify,
      check: (w) => refuseIf(canConfirm(w, me)),
      patch: (w) => ({
        rating,
        ...(comment ? { comment } : {}),
        autoConfirmed: false,
        ...(review.length ? { flagged: true, flaggedFields: [...new Set([...w.flaggedFields, ...review])] } : {}),
      }),
    });
    if (viewerOf(confirmed, me) === 'staff') {
      await audit(ctx, { action: 'wish.confirm', targetType: 'wish', targetId: id, nodePath: confirmed.stationPath, detail: { rating } });
    }
    return viewFor(confirmed, me);
  },
});
