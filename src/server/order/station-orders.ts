import { OrderInput } from '../../contracts/order.schema';
import { isStaffAnywhere, isStaffOver } from '../../core/access';
import { AppError } from '../errors';
import { findNode } from '../org/repo';
import { defineAction } from '../router';
import { stationPage } from './repo';
import { toOrderView } from './view';

/** A pickup station's orders for its staff (the shopkeeper's list), newest first, by state: one read a page. */
export const stationOrders = defineAction({
  input: OrderInput.stationOrders,
  async handle({ stationId, state, cursor, limit }, ctx) {
    const me = await ctx.me();
    if (!isStaffAnywhere(me)) throw new AppError('FORBIDDEN');
    const station = await findNode(stationId);
    if (!station || station.kind !== 'station') throw new AppError('NODE_NOT_FOUND');
    if (!isStaffOver(me, station.path)) throw new AppError('OUT_OF_SCOPE');
    const page = await stationPage(stationId, state, { cursor, limit });
    return { items: page.items.map((o) => toOrderView(o, 'staff', me, ctx.now)), next: page.next };
  },
});
