import type { ErrorCode } from '../../contracts/errors';
import { LISTING_MACHINE, onSaleRefusal, type ListingEvent } from '../../core/market';
import { manageRefusal } from '../../core/market-access';
import type { Ctx } from '../ctx';
import { AppError } from '../errors';
import { audit } from '../shared/audit';
import { db } from '../cloud';
import { requireListing } from './guards';
import { refuseIf } from '../shared/guards';
import { findListing, transition } from './repo';
import { listingViewFor } from './view';

/**
 * Takes a listing off the shelf or puts it back (the producer, or staff over its pickup station): one
 * conditional write from the machine's `from` states. Putting it on sale also asks the database that it
 * still has stock. Staff acting on a producer's listing are audited.
 */
export async function shelve(ctx: Ctx, id: string, event: Extract<ListingEvent, 'takeOff' | 'putOn'>, wrongState: ErrorCode) {
  const me = await ctx.me();
  const l = await requireListing(id);
  refuseIf(manageRefusal(l, me));
  if (!LISTING_MACHINE.next(l.status, event)) throw new AppError(wrongState);
  if (event === 'putOn') refuseIf(onSaleRefusal(l));
  const match = event === 'putOn' ? { stock: db().command.gt(0) } : {};
  if (!(await transition(id, event, match, { updatedAt: ctx.now }))) {
    const now = await findListing(id);
    if (!now) throw new AppError('MARKET_LISTING_NOT_FOUND');
    throw new AppError(LISTING_MACHINE.next(now.status, event) ? 'MARKET_STOCK_EMPTY' : wrongState);
  }
  if (l.producerUserId !== me._id) {
    await audit(ctx, { action: `market.${event}`, targetType: 'listing', targetId: id, nodePath: l.stationPath, detail: {} });
  }
  return listingViewFor({ ...l, status: LISTING_MACHINE.transitions[event].to, rev: l.rev + 1, updatedAt: ctx.now }, me);
}
