import { OrderInput } from '../../contracts/order.schema';
import { requireStaffOver } from '../shared/guards';
import { orderWrite, requireNext, wrongState } from './guards';
import { buyerNotice } from './notices';
import { transition } from './repo';
import { toOrderView } from './view';

/** The shopkeeper has the goods ready (optional): paid → ready, and the buyer is told to come. */
export const markReady = orderWrite(OrderInput.markReady, async (o, me, _input, ctx) => {
  await requireStaffOver(ctx, o.stationPath);
  const state = requireNext(o.state, 'markReady');
  const patch = { readyAt: ctx.now, updatedAt: ctx.now };
  if (!(await transition(o._id, 'markReady', {}, patch))) throw wrongState('markReady');
  const done = { ...o, ...patch, state };
  ctx.notify(...buyerNotice(done, 'ready', ctx.now));
  return toOrderView(done, 'staff', me, ctx.now);
});
