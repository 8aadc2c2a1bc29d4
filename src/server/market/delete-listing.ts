import { MarketInput } from '../../contracts/market.schema';
import { manageRefusal } from '../../core/market-access';
import { AppError } from '../errors';
import { audit, targetOf } from '../shared/audit';
import { listingWrite } from './guards';
import { refuseIf } from '../shared/guards';
import { findListing, removeNeverSold } from './repo';

/**
 * Deletes a listing nobody ever bought (a sold one keeps its record for the station's ledger: take it off
 * instead). The removal itself asks the database that `soldCount` is still 0.
 */
export const deleteListing = listingWrite(MarketInput.deleteListing, async (l, me, { id }, ctx) => {
  refuseIf(manageRefusal(l, me));
  if (l.soldCount > 0) throw new AppError('MARKET_ALREADY_SOLD');
  if (!(await removeNeverSold(id))) throw new AppError((await findListing(id)) ? 'MARKET_ALREADY_SOLD' : 'MARKET_LISTING_NOT_FOUND');
  if (l.producerUserId !== me._id) {
    await audit(ctx, {
      action: 'market.deleteListing',
      ...targetOf('listing', l),
      detail: { name: l.name },
    });
  }
  return { id, deleted: true as const };
});
