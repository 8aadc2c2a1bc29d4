import { WishInput } from '../../contracts/wish.schema';
import { canReview } from '../../core/wish-access';
import { targetOf } from '../shared/audit';
import { auditReview, checkRefusal, decidedBy } from '../shared/review';
import { requireNext, wishWrite, wrongState } from './guards';
import { refuseIf } from '../shared/guards';
import { wishNotices } from './notices';
import { ownerSlotFreed, transition } from './repo';
import { viewFor } from './view';

/** Staff over the wish's station approve it into the pool or reject it with a reason the resident reads. */
export const review = wishWrite(WishInput.review, async (wish, me, { id, approve, reason }, ctx) => {
  const event = approve ? 'approve' : 'reject';
  refuseIf(canReview(wish, me));
  const status = requireNext(wish.status, event);
  if (!approve) await checkRefusal(ctx, 'reason', reason);

  const decided = decidedBy(me, ctx.now);
  const patch = approve ? { ...decided, openedAt: ctx.now } : { ...decided, rejectReason: reason, ...ownerSlotFreed(id) };
  if (!(await transition(id, event, {}, patch))) throw wrongState(event);

  const updated = { ...wish, ...patch, status };
  await auditReview(ctx, approve, {
    actions: ['wish.approve', 'wish.reject'],
    ...targetOf('wish', wish),
    detail: [{ flagged: wish.flagged }, { reason }],
  });
  ctx.notify(...wishNotices(ctx.now, updated, [{ userId: wish.ownerId, notice: approve ? 'approved' : 'rejected' }], me._id));
  return viewFor(updated, me);
});
