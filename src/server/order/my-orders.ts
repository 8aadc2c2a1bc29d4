import { OrderInput } from '../../contracts/order.schema';
import { defineAction } from '../router';
import { buyerPage } from './repo';
import { toOrderView } from './view';

/** The caller's orders, newest first, optionally of one state: one read a page. */
export const myOrders = defineAction({
  input: OrderInput.myOrders,
  async handle({ state, cursor, limit }, ctx) {
    const me = await ctx.me();
    const page = await buyerPage(me._id, state, { cursor, limit });
    return { items: page.items.map((o) => toOrderView(o, 'buyer', me, ctx.now)), next: page.next };
  },
});
