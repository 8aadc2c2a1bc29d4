import { MarketInput } from '../../contracts/market.schema';
import { listingActors } from '../../core/market-access';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { requireListing } from './guards';
import { listingViewFor } from './view';

/** What buyers may open: listings on sale or sold out. The producer and staff in scope open any state. */
const PUBLIC_STATUSES = ['on_sale', 'sold_out'];

/** A listing opened: all photos, the producer's masked name (in full for the producer and staff), what the reader may do. */
export const detail = defineAction({
  input: MarketInput.detail,
  async handle({ id }, ctx) {
    const [me, l] = await Promise.all([ctx.caller(), requireListing(id)]);
    if (!listingActors(l, me).length && !PUBLIC_STATUSES.includes(l.status)) throw new AppError('MARKET_LISTING_NOT_FOUND');
    return listingViewFor(l, me);
  },
});
