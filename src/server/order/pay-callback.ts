/**
 * The function `payCallback`: WeChat delivers each pay notification (and each refund notification, which
 * carries `outRefundNo`) here, retrying for up to two days until it is answered `{ errcode: 0 }`. It is an
 * ordinary function a client could call too, so nothing in the notification is believed on its own:
 *
 * - accepted only with returnCode and resultCode SUCCESS, an outTradeNo we made for that order, totalFee
 *   equal to the order's amount and our merchant — and then only once `queryOrder` says SUCCESS for the
 *   same amount; anything else is recorded for staff (`payment_issues`) and answered, so WeChat stops;
 * - paid by ONE conditional transition pending_payment → paid: twenty deliveries at once mark it paid once
 *   and only that one books the sale and tells buyer and producers;
 * - a refund notification moves a refunding order to refunded only when queryOrder shows the trade REFUND;
 * - a confirmed payment for an order that no longer waits (cancelled by the buyer or the release job, or
 *   paid through another attempt) is refunded at once, with an out_refund_no derived from the outTradeNo;
 * - a failure to record answers an error, so WeChat delivers again.
 */
import { PAY_CALLBACK_OK } from '../../contracts/order';
import {
  PayNotificationSchema,
  RefundNotificationSchema,
  type PayNotification,
  type RefundNotification,
} from '../../contracts/order.schema';
import { lateRefundNoOf, orderIdOfTradeNo, refundNoOf } from '../../core/order';
import { callerIdentity } from '../context';
import { notify } from '../inbox/notify';
import { recordIssue, type IssueKind } from './issue-repo';
import { markPaidByWechat } from './mark-paid';
import { buyerNotice, paidNotices } from './notices';
import { queryOrder, refund, subMchId } from './pay-api';
import { releaseAll } from './reservation';
import { findOrder, transition, type OrderDoc } from './repo';

export type PayCallbackAnswer = { errcode: number; errmsg: string };

async function knownOrder(outTradeNo: string): Promise<OrderDoc | null> {
  const id = orderIdOfTradeNo(outTradeNo);
  const o = id ? await findOrder(id) : null;
  return o && o.attempts.some((a) => a.outTradeNo === outTradeNo) ? o : null;
}

type Detail = Record<string, string | number | null>;
const flag = (o: OrderDoc, outTradeNo: string, kind: IssueKind, detail: Detail, now: number) =>
  recordIssue({ kind, outTradeNo, orderId: o._id, stationPath: o.stationPath, detail, at: now });

/** What was wrong with a pay notification for `o`, checked against the order and WeChat's own record. */
async function mismatch(n: PayNotification, o: OrderDoc): Promise<{ kind: IssueKind; detail: Detail } | { transactionId?: string }> {
  if (n.returnCode !== 'SUCCESS' || n.resultCode !== 'SUCCESS')
    return { kind: 'not_success', detail: { returnCode: n.returnCode, resultCode: n.resultCode ?? null } };
  if (n.subMchId !== subMchId()) return { kind: 'merchant', detail: { subMchId: n.subMchId ?? null } };
  if (n.totalFee !== o.amountFen) return { kind: 'amount', detail: { totalFee: n.totalFee ?? null, amountFen: o.amountFen } };
  const q = await queryOrder(n.outTradeNo);
  if (q?.tradeState !== 'SUCCESS' || q.totalFee !== o.amountFen || (q.subMchId && q.subMchId !== subMchId()))
    return { kind: 'not_confirmed', detail: { tradeState: q?.tradeState ?? null, totalFee: q?.totalFee ?? null } };
  return { transactionId: q.transactionId ?? n.transactionId };
}

async function onPayment(n: PayNotification, now: number): Promise<void> {
  const o = await knownOrder(n.outTradeNo);
  if (!o) {
    console.warn(`[payCallback] unknown outTradeNo ${n.outTradeNo}: nothing recorded`);
    return;
  }
  const checked = await mismatch(n, o);
  if ('kind' in checked) {
    await flag(o, n.outTradeNo, checked.kind, checked.detail, now);
    return;
  }
  const patch = await markPaidByWechat(o, n.outTradeNo, checked.transactionId, now);
  if (patch) {
    await notify(now, paidNotices({ ...o, ...patch, state: 'paid' }, now));
    return;
  }
  const current = await findOrder(o._id);
  if (current?.paidTradeNo === n.outTradeNo) return; // a repeated delivery: already recorded
  // Money arrived for an order that no longer waits for it: give it back (the same refund number on retries).
  await flag(o, n.outTradeNo, 'late_payment', { state: current?.state ?? null }, now);
  const asked = await refund({
    outTradeNo: n.outTradeNo,
    outRefundNo: lateRefundNoOf(n.outTradeNo),
    totalFee: o.amountFen,
    refundFee: o.amountFen,
  });
  if (!asked) throw new Error(`late payment ${n.outTradeNo}: refund refused, WeChat will deliver again`);
}

async function onRefund(n: RefundNotification, now: number): Promise<void> {
  const id = orderIdOfTradeNo(n.outTradeNo);
  const o = id ? await findOrder(id) : null;
  if (!o) {
    console.warn(`[payCallback] refund for unknown ${n.outTradeNo}`);
    return;
  }
  const ours = n.outRefundNo === o.refundNo && n.outRefundNo === refundNoOf(o._id);
  if (!ours) {
    if (n.outRefundNo !== lateRefundNoOf(n.outTradeNo)) console.warn(`[payCallback] unknown refund ${n.outRefundNo}`);
    else if (n.refundStatus !== 'SUCCESS') await flag(o, n.outTradeNo, 'refund_failed', { refundStatus: n.refundStatus }, now);
    return;
  }
  if (n.refundStatus !== 'SUCCESS') {
    await flag(o, n.outRefundNo, 'refund_closed', { refundStatus: n.refundStatus }, now);
    return;
  }
  // WeChat's own record must show the refund too: a notification sent by anyone else moves nothing.
  const q = await queryOrder(n.outTradeNo);
  if (q?.tradeState !== 'REFUND') {
    await flag(o, n.outRefundNo, 'not_confirmed', { refundStatus: n.refundStatus, tradeState: q?.tradeState ?? null }, now);
    return;
  }
  const patch = { refundedAt: now, updatedAt: now };
  if (!(await transition(o._id, 'refunded', { refundNo: n.outRefundNo }, patch))) return; // done before
  const done: OrderDoc = { ...o, ...patch, state: 'refunded' };
  await releaseAll(done, now);
  await notify(now, buyerNotice(done, 'refunded', now));
}

const isRefund = (e: unknown) => !!e && typeof e === 'object' && 'outRefundNo' in e;

/** The entry of the function `payCallback` (cloudfunctions/payCallback). */
export async function payCallbackMain(event: unknown): Promise<PayCallbackAnswer> {
  const now = callerIdentity().now;
  try {
    if (isRefund(event)) {
      const n = RefundNotificationSchema.safeParse(event);
      if (n.success) await onRefund(n.data, now);
      else console.warn('[payCallback] malformed refund notification ignored');
    } else {
      const n = PayNotificationSchema.safeParse(event);
      if (n.success) await onPayment(n.data, now);
      else console.warn('[payCallback] malformed pay notification ignored');
    }
    return { ...PAY_CALLBACK_OK };
  } catch (err) {
    console.error('[payCallback]', err);
    return { errcode: -1, errmsg: 'not recorded, deliver again' };
  }
}
