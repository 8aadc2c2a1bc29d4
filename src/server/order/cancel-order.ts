import { OrderInput } from '../../contracts/order.schema';
import { AppError } from '../errors';
import { orderWrite, requireNext, wrongState } from './guards';
import { closeOpenAttempts } from './close-attempts';
import { releaseAll } from './reservation';
import { transition } from './repo';
import { toOrderView } from './view';

/**
 * The buyer cancels before paying: one conditional transition (the guard: a payment confirmed meanwhile
 * wins, and the stock is released once), then the stock goes back. WeChat attempts old enough to close are
 * closed; a payment that still arrives for a cancelled order is refunded by the callback.
 */
export const cancelOrder = orderWrite(OrderInput.cancelOrder, async (o, me, _input, ctx) => {
  if (o.buyerId !== me._id) throw new AppError('FORBIDDEN');
  const state = requireNext(o.state, 'cancel');
  const patch = { cancelledAt: ctx.now, cancelReason: 'buyer' as const, updatedAt: ctx.now };
  if (!(await transition(o._id, 'cancel', { buyerId: me._id }, patch))) throw wrongState('cancel');
  const done = { ...o, ...patch, state };
  await releaseAll(done, ctx.now);
  await closeOpenAttempts(done, ctx.now);
  return toOrderView({ ...done, stockHeld: false }, 'buyer', me, ctx.now);
});
