import { WishInput } from '../../contracts/wish.schema';
import { inReclaimCooldown, reclaimAllowedAt, reclaimBlockedSince } from '../../core/limits';
import { chinaDateTime } from '../../core/subscribe';
import { claimCap, freeSlot, slotNames } from '../../core/wish';
import { canClaim, claimerKindOf } from '../../core/wish-access';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { isDuplicateKey } from '../shared/docs';
import { requireNext } from './guards';
import { refuseIf } from '../shared/guards';
import { wishNotices } from './notices';
import { claimOpen, withSlotsHeld } from './repo';
import { viewFor } from './view';

/**
 * A volunteer or a unit claims an open wish. One conditional write decides it, whatever the concurrency:
 * the claim event (open → claimed, WISH_MACHINE), carrying one of the claimer's free slots (`claimSlot`,
 * unique in the collection), so exactly one caller wins the wish and nobody holds more than their cap.
 * A slot taken meanwhile by the same claimer's other claim makes the write fail; we look again and take the
 * next. The losers get WISH_ALREADY_CLAIMED or WISH_CLAIM_LIMIT_REACHED. The claimer then sees the
 * beneficiary's phone and address.
 * Who gave the wish back less than 24 h ago (`releasedBy.<userId>`, set by the release) may not claim it:
 * the same write also requires that entry to be absent or older, so a claim that read the wish before its
 * claimer's release cannot win it after; it fails, looks again and answers WISH_RECLAIM_COOLDOWN.
 */
export const claim = defineAction({
  input: WishInput.claim,
  write: true,
  async handle({ id }, ctx) {
    const me = await ctx.me();
    const kind = claimerKindOf(me);
    if (!kind) throw new AppError('WISH_CLAIM_ROLE_REQUIRED');
    const slots = slotNames(me._id, claimCap(kind));
    // Each failed write means another of this claimer's claims took a slot: at most one try per slot.
    for (let attempt = 0; attempt <= slots.length; attempt++) {
      const { wish, held } = await withSlotsHeld(id, 'claimSlot', slots);
      if (!wish) throw new AppError('WISH_NOT_FOUND');
      refuseIf(canClaim(wish, me));
      const to = requireNext(wish.status, 'claim');
      const releasedAt = wish.releasedBy?.[me._id];
      if (inReclaimCooldown(releasedAt, ctx.now)) {
        throw new AppError('WISH_RECLAIM_COOLDOWN', `您放弃过这个心愿，${chinaDateTime(reclaimAllowedAt(releasedAt!))}以后才能再次认领`);
      }
      const claimSlot = freeSlot(slots, held);
      if (!claimSlot) break;
      const patch = {
        claimerId: me._id,
        claimerName: me.volunteer?.realName ?? me.nickname,
        claimerKind: kind,
        claimedAt: ctx.now,
        claimSlot,
        updatedAt: ctx.now,
      };
      try {
        if (!(await claimOpen(id, me._id, reclaimBlockedSince(ctx.now), patch))) continue;
      } catch (err) {
        if (isDuplicateKey(err)) continue;
        throw err;
      }
      const claimed = { ...wish, ...patch, status: to };
      ctx.notify(...wishNotices(ctx.now, claimed, [{ userId: wish.ownerId, notice: 'claimed' }], me._id));
      return viewFor(claimed, me);
    }
    throw new AppError('WISH_CLAIM_LIMIT_REACHED');
  },
});
