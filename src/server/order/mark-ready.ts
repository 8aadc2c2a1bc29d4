import { OrderInput } from '../../contracts/order.schema';
import { isStaffAnywhere, isStaffOver } from '../../core/access';
import { AppError } from '../errors';
import type { UserDoc } from '../user/repo';
import { orderWrite, requireNext, wrongState } from './guards';
import { buyerNotice } from './notices';
import type { OrderDoc } from './repo';
import { transition } from './repo';
import { toOrderView } from './view';

/** Staff over the order's pickup station, or the refusal: OUT_OF_SCOPE for other staff, FORBIDDEN for the rest. */
export function requireStaffOf(me: UserDoc, o: OrderDoc): void {
  if (isStaffOver(me, o.stationPath)) return;
  throw new AppError(isStaffAnywhere(me) ? 'OUT_OF_SCOPE' : 'FORBIDDEN');
}

/** The shopkeeper has the goods ready (optional): paid → ready, and the buyer is told to come. */
export const markReady = orderWrite(OrderInput.markReady, async (o, me, _input, ctx) => {
  requireStaffOf(me, o);
  const state = requireNext(o.state, 'markReady');
  const patch = { readyAt: ctx.now, updatedAt: ctx.now };
  if (!(await transition(o._id, 'markReady', {}, patch))) throw wrongState('markReady');
  const done = { ...o, ...patch, state };
  ctx.notify(...buyerNotice(done, 'ready', ctx.now));
  return toOrderView(done, 'staff', me, ctx.now);
});
