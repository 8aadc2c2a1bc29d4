import { OrderInput } from '../../contracts/order.schema';
import { defineAction } from '../router';
import { stationPage } from './repo';
import { requireStationStaff } from './station-staff';
import { toOrderView } from './view';

/** A pickup station's orders for its staff (the shopkeeper's list), newest first, by state: one read a page. */
export const stationOrders = defineAction({
  input: OrderInput.stationOrders,
  async handle({ stationId, state, cursor, limit }, ctx) {
    const me = await ctx.me();
    await requireStationStaff(me, stationId);
    const page = await stationPage(stationId, state, { cursor, limit });
    return { items: page.items.map((o) => toOrderView(o, 'staff', me, ctx.now)), next: page.next };
  },
});
