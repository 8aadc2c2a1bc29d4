import { COLLECTIONS } from '../../contracts/collections';
import { OrderInput } from '../../contracts/order.schema';
import { noPickupKey, ORDER_MACHINE, refundNoOf } from '../../core/order';
import { AppError } from '../errors';
import { postEntryIn } from '../points/ledger';
import { audit, targetOf } from '../shared/audit';
import { requireStaffOver } from '../shared/guards';
import { getOrNull, inTransaction } from '../shared/transaction';
import { orderWrite, requireNext, wrongState } from './guards';
import { buyerNotice } from './notices';
import { refund } from './pay-api';
import { releaseAll } from './reservation';
import { transition, type OrderDoc } from './repo';
import { toOrderView } from './view';

/**
 * Points back: in ONE transaction on the buyer's documents, the ledger's refund (kind refund, source order,
 * the order's id — possible once) and the order's move to refunded.
 */
async function refundPoints(orderId: string, patch: Record<string, unknown>, actorId: string, now: number): Promise<OrderDoc> {
  return inTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.orders).doc(orderId);
    const o = await getOrNull<OrderDoc>(ref);
    if (!o) throw new AppError('ORDER_NOT_FOUND');
    const state = requireNext(o.state, 'refundPoints');
    await postEntryIn(tx, {
      userId: o.buyerId,
      amount: o.pointsTotal ?? 0,
      kind: 'refund',
      source: 'order',
      sourceId: o._id,
      actorId,
      now,
      note: o.lines[0].name,
      nodePath: o.stationPath,
    });
    await ref.update({ data: { ...patch, state } });
    return { ...o, ...patch, state } as OrderDoc;
  });
}

/**
 * Staff over the pickup station refund a paid (or ready) order, with a reason; audited. Points: returned
 * through the ledger in the same transaction as the state change, the stock given back after. WeChat:
 * paid → refunding (the code stops working), then `cloudPay.refund` with the order's out_refund_no
 * (`<orderId>_R`, the same on every retry); the order becomes refunded — and its stock comes back — when
 * WeChat's refund notification says SUCCESS (delivered to payCallback). A refund WeChat did not accept
 * leaves the order refunding: asking again resends the same refund.
 */
export const refundOrder = orderWrite(OrderInput.refundOrder, async (o, me, { reason }, ctx) => {
  await requireStaffOver(ctx, o.stationPath);
  const patch = { refundReason: reason, refundBy: me._id, refundRequestedAt: ctx.now, pickupKey: noPickupKey(o._id), updatedAt: ctx.now };
  const audited = () =>
    audit(ctx, {
      action: 'order.refund',
      ...targetOf('order', o),
      detail: { reason, payMethod: o.payMethod },
    });
  let done: OrderDoc;
  if (o.payMethod === 'points') {
    done = await refundPoints(o._id, { ...patch, refundedAt: ctx.now }, me._id, ctx.now);
    await releaseAll(done, ctx.now);
    ctx.notify(...buyerNotice(done, 'refunded', ctx.now));
    await audited();
  } else {
    const event = ORDER_MACHINE.next(o.state, 'resendRefund') ? 'resendRefund' : 'refund';
    const state = requireNext(o.state, event);
    const wechat = { ...patch, refundNo: refundNoOf(o._id) };
    if (event === 'refund' && !(await transition(o._id, 'refund', {}, wechat))) throw wrongState('refund');
    done = { ...o, ...(event === 'refund' ? wechat : {}), state };
    await audited();
    const asked = await refund({
      outTradeNo: o.paidTradeNo!,
      outRefundNo: refundNoOf(o._id),
      totalFee: o.amountFen,
      refundFee: o.amountFen,
    });
    if (!asked) throw new AppError('REFUND_UNAVAILABLE');
  }
  return toOrderView(done, 'staff', me, ctx.now);
});
