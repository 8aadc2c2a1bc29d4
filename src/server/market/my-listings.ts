import { MarketInput } from '../../contracts/market.schema';
import { isStaffOver, notStaffRefusal } from '../../core/access';
import { defineAction } from '../router';
import { requireProducer } from './guards';
import { refuseIf } from '../shared/guards';
import { ownProducerId } from './producer-repo';
import { byProducer } from './repo';
import { listingViewFor, toListingView } from './view';

/**
 * 我的商品: the caller's own listings in every state, newest first — one read, the caller is their
 * producer. Staff name a producer of their area (a villager they list for) to see theirs.
 */
export const myListings = defineAction({
  input: MarketInput.myListings,
  async handle({ producerId, cursor, limit }, ctx) {
    if (!producerId || producerId === ownProducerId(ctx.userId)) {
      const page = await byProducer(ownProducerId(ctx.userId), { cursor, limit });
      return { items: page.items.map((l) => toListingView(l, 'producer', ['producer'])), next: page.next };
    }
    const [me, producer] = await Promise.all([ctx.me(), requireProducer(producerId)]);
    if (!isStaffOver(me, producer.stationPath)) refuseIf(notStaffRefusal(me));
    const page = await byProducer(producerId, { cursor, limit });
    return { items: page.items.map((l) => listingViewFor(l, me)), next: page.next };
  },
});
