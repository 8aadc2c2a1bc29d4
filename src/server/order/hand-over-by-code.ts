import { OrderInput } from '../../contracts/order.schema';
import { AppError } from '../errors';
import { defineAction } from '../router';
import { readUserCode } from '../user/user-code';
import { requireNext, requireOrder, wrongState } from './guards';
import { handOver } from './hand-over';
import { findOrder } from './repo';
import { requireStationStaff } from './station-staff';

/**
 * Staff hand over one order of the person whose 个人码 they read at this station, with one tap: the 个人码 is
 * read again (still fresh, so a screenshot taken earlier is useless), the order must be that person's, for
 * this station, and waiting for pickup. The hand-over itself is the same step as by pickup code
 * (hand-over.ts: one conditional write, holds consumed, audit, the buyer's notice), so a second tap, a
 * second counter or the 6-digit code at the same moment completes it once; the others are told it is done.
 * Reads: the caller, the station, the order; then the hand-over's writes.
 */
export const handOverByCode = defineAction({
  input: OrderInput.handOverByCode,
  write: true,
  async handle({ stationId, code, orderId }, ctx) {
    const me = await ctx.me();
    await requireStationStaff(me, stationId);
    const { userId } = await readUserCode(code, ctx.now);
    const o = await requireOrder(orderId);
    if (o.buyerId !== userId) throw new AppError('PICKUP_NOT_BUYERS');
    if (o.stationId !== stationId) throw new AppError('PICKUP_WRONG_STATION');
    if (o.state === 'completed') throw new AppError('PICKUP_ALREADY_DONE');
    requireNext(o.state, 'pickup');
    const done = await handOver(o, me, ctx, { userCode: true });
    if (done) return done;
    // Someone handed it over (or refunded it) between the read and the write.
    if ((await findOrder(orderId))?.state === 'completed') throw new AppError('PICKUP_ALREADY_DONE');
    throw wrongState('pickup');
  },
});
