import { OrderInput } from '../../contracts/order.schema';
import { holdsRole, isStaffAnywhere, isStaffOver } from '../../core/access';
import { AppError } from '../errors';
import { requireProducer } from '../market/guards';
import { ownProducerId } from '../market/producer-repo';
import { defineAction } from '../router';
import { producerPage } from './repo';
import { toSaleView } from './view';

/**
 * A producer's sales: each paid order with one of their lines, newest first, with what they earn from it
 * (amount − fee, WeChat orders; points orders count points). Staff over a producer's station name them.
 * Two reads (the caller, the page).
 */
export const mySales = defineAction({
  input: OrderInput.mySales,
  async handle({ producerId, cursor, limit }, ctx) {
    const own = ownProducerId(ctx.userId);
    if (producerId && producerId !== own) {
      const [me, producer] = await Promise.all([ctx.me(), requireProducer(producerId)]);
      if (!isStaffOver(me, producer.stationPath)) throw new AppError(isStaffAnywhere(me) ? 'OUT_OF_SCOPE' : 'FORBIDDEN');
    } else if (!holdsRole(await ctx.me(), 'producer')) throw new AppError('MARKET_PRODUCER_REQUIRED');
    const id = producerId ?? own;
    const page = await producerPage(id, { cursor, limit });
    return { items: page.items.map((o) => toSaleView(o, id)), next: page.next };
  },
});
