import { WishInput } from '../../contracts/wish.schema';
import { canActAsClaimer } from '../../core/wish-access';
import { requireNext, wishWrite, wrongState } from './guards';
import { refuseIf } from '../shared/guards';
import { wishNotices } from './notices';
import { claimCleared, releasedByNow, transition, type WishDoc } from './repo';
import { viewFor } from './view';

/**
 * The claimer gives the wish back: it returns to the pool and the owner is told. The same write records
 * the release on the wish (`releasedBy.<userId>`), which keeps this claimer from claiming it again for 24 h.
 */
export const release = wishWrite(WishInput.release, async (wish, me, { id }, ctx) => {
  refuseIf(canActAsClaimer(wish, me));
  const status = requireNext(wish.status, 'release');
  const ok = await transition(
    id,
    'release',
    { claimerId: me._id },
    {
      ...claimCleared(id),
      ...releasedByNow(me._id, ctx.now),
      updatedAt: ctx.now,
    },
  );
  if (!ok) throw wrongState('release');
  ctx.notify(...wishNotices(ctx.now, wish, [{ userId: wish.ownerId, notice: 'released' }], me._id));
  const { claimerId: _c, claimerName: _n, claimerKind: _k, claimedAt: _t, ...rest } = wish;
  const reopened: WishDoc = { ...rest, status, claimSlot: id, releasedBy: { ...rest.releasedBy, [me._id]: ctx.now }, updatedAt: ctx.now };
  return viewFor(reopened, me);
});
