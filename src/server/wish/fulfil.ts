import { WishInput } from '../../contracts/wish.schema';
import { canActAsClaimer } from '../../core/wish-access';
import { checkTexts, SCENE } from '../shared/content-check';
import { requireNext, wishWrite, wrongState } from './guards';
import { refuseIf } from '../shared/guards';
import { wishNotices } from './notices';
import { claimSlotFreed, transition } from './repo';
import { viewFor } from './view';

/** The claimer marks the wish done with a note and up to 3 photos; the owner is asked to confirm. */
export const fulfil = wishWrite(WishInput.fulfil, async (wish, me, { id, note, photos }, ctx) => {
  refuseIf(canActAsClaimer(wish, me));
  const status = requireNext(wish.status, 'fulfil');
  const { review } = await checkTexts(ctx.openid, [{ field: 'note', label: '完成说明', text: note, scene: SCENE.log }]);

  const patch = {
    fulfilledAt: ctx.now,
    fulfilNote: note,
    fulfilPhotos: photos,
    ...claimSlotFreed(id),
    updatedAt: ctx.now,
    ...(review.length ? { flagged: true, flaggedFields: [...new Set([...wish.flaggedFields, ...review])] } : {}),
  };
  if (!(await transition(id, 'fulfil', { claimerId: me._id }, patch))) throw wrongState('fulfil');
  const done = { ...wish, ...patch, status };
  ctx.notify(...wishNotices(ctx.now, done, [{ userId: wish.ownerId, notice: 'fulfilled' }], me._id));
  return viewFor(done, me);
});
