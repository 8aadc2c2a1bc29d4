import { OrderInput } from '../../contracts/order.schema';
import { ORDER_INTERNALS, outTradeNoOf, wxTime } from '../../core/order';
import { AppError } from '../errors';
import { orderWrite, requireNext } from './guards';
import { payWithPoints } from './mark-paid';
import { paidNotices } from './notices';
import { unifiedOrder } from './pay-api';
import { addAttempt, findOrder, type OrderDoc } from './repo';
import { toOrderView } from './view';

const LAST_MINUTE_MS = 60_000;

/**
 * Records a new attempt (a fresh outTradeNo) on the order: one conditional write on the attempt count the
 * caller read, so two pay() calls at once never share a number; the loser reads again once.
 */
async function newAttempt(o: OrderDoc, now: number): Promise<string> {
  let order = o;
  for (let i = 0; i < 2; i++) {
    if (order.attemptCount >= ORDER_INTERNALS.payAttemptsMax) throw new AppError('ORDER_NOT_PAYABLE');
    const outTradeNo = outTradeNoOf(order._id, order.attemptCount + 1);
    if (await addAttempt(order._id, order.attemptCount, { outTradeNo, at: now }, now)) return outTradeNo;
    const again = await findOrder(order._id);
    if (!again || again.state !== 'pending_payment') throw new AppError('ORDER_NOT_PAYABLE');
    order = again;
  }
  throw new AppError('CONFLICT');
}

/**
 * The buyer pays a pending order. Points: the ledger's spend and the move to paid in one transaction
 * (mark-paid.ts). WeChat: `cloudPay.unifiedOrder` for the order's amount with a fresh outTradeNo and
 * timeExpire at the order's 15-minute mark; the answer's `payment` goes to requestPayment. The order is
 * marked paid only by the pay callback, after WeChat confirms (pay-callback.ts).
 */
export const pay = orderWrite(OrderInput.pay, async (o, me, _input, ctx) => {
  if (o.buyerId !== me._id) throw new AppError('FORBIDDEN');
  requireNext(o.state, o.payMethod === 'points' ? 'payPoints' : 'payWechat');
  if (ctx.now >= o.payBy) throw new AppError('ORDER_EXPIRED');
  if (o.payMethod === 'points') {
    const paid = await payWithPoints(o._id, me._id, ctx.now);
    ctx.notify(...paidNotices(paid, ctx.now));
    return { order: toOrderView(paid, 'buyer', me, ctx.now) };
  }
  // WeChat wants timeExpire at least a minute ahead: an order in its last minute is as good as expired.
  if (o.payBy - ctx.now < LAST_MINUTE_MS) throw new AppError('ORDER_EXPIRED');
  const outTradeNo = await newAttempt(o, ctx.now);
  const payment = await unifiedOrder({
    outTradeNo,
    totalFee: o.amountFen,
    body: `善星小集-${o.lines[0].name}`,
    timeExpire: wxTime(o.payBy),
    openid: ctx.openid,
    attach: o._id,
  });
  if (!payment) throw new AppError('PAY_UNAVAILABLE');
  return { order: toOrderView(o, 'buyer', me, ctx.now), payment };
});
