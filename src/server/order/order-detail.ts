import { OrderInput } from '../../contracts/order.schema';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { requireOrder } from './guards';
import { toOrderView, viewerOf } from './view';

/**
 * One order for its buyer (with the pickup code and QR payload while it waits for pickup), staff over its
 * station (buyer name, masked phone) or a producer of one of its lines (their lines only); FORBIDDEN else.
 */
export const orderDetail = defineAction({
  input: OrderInput.orderDetail,
  async handle({ orderId }, ctx) {
    const me = await ctx.me();
    const o = await requireOrder(orderId);
    const viewer = viewerOf(o, me);
    if (!viewer) throw new AppError('FORBIDDEN');
    return toOrderView(o, viewer, me, ctx.now);
  },
});
