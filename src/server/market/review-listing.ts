import { MarketInput } from '../../contracts/market.schema';
import { LISTING_MACHINE, onSaleRefusal } from '../../core/market';
import { reviewRefusal } from '../../core/market-access';
import { AppError } from '../errors';
import { targetOf } from '../shared/audit';
import { auditReview, checkRefusal, decidedBy } from '../shared/review';
import { listingWrite } from './guards';
import { refuseIf } from '../shared/guards';
import { listingNotice } from './notices';
import { findListing, transition, type ListingDoc } from './repo';
import { listingViewFor } from './view';

/**
 * The pickup station's shopkeeper (its staff) or staff above it check a listing's quality: approve it onto
 * the 集市, or reject it with a reason the producer reads. Nothing is approved while a photo waits for its
 * image check or was found risky, or without stock. The write asks for the revision the reviewer read, so
 * an edit that came in meanwhile is never approved unseen (CONFLICT: look again). Audited; the producer
 * is told.
 */
export const reviewListing = listingWrite(MarketInput.reviewListing, async (l, me, { id, approve, reason }, ctx) => {
  refuseIf(reviewRefusal(l, me));
  const event = approve ? 'approve' : 'reject';
  if (!LISTING_MACHINE.next(l.status, event)) throw new AppError('MARKET_LISTING_NOT_PENDING');
  if (approve) refuseIf(onSaleRefusal(l));
  else await checkRefusal(ctx, 'reason', reason);

  const decided = decidedBy(me, ctx.now);
  const patch = approve ? { ...decided, onSaleAt: ctx.now, flagged: false } : { ...decided, rejectReason: reason };
  if (!(await transition(id, event, { rev: l.rev }, patch))) {
    const now = await findListing(id);
    throw new AppError(now && now.status === 'pending_review' ? 'CONFLICT' : 'MARKET_LISTING_NOT_PENDING');
  }
  const updated: ListingDoc = { ...l, ...patch, status: LISTING_MACHINE.transitions[event].to, rev: l.rev + 1 };
  await auditReview(ctx, approve, {
    actions: ['market.approveListing', 'market.rejectListing'],
    ...targetOf('listing', l),
    detail: [{ flagged: l.flagged }, { reason }],
  });
  ctx.notify(...listingNotice(updated, approve ? 'approved' : 'rejected', ctx.now, me._id));
  return listingViewFor(updated, me);
});
