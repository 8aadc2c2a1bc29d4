import { OrderInput } from '../../contracts/order.schema';
import { producerInView } from './producer-reader';
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
    const id = await producerInView(ctx, producerId);
    const page = await producerPage(id, { cursor, limit });
    return { items: page.items.map((o) => toSaleView(o, id)), next: page.next };
  },
});
