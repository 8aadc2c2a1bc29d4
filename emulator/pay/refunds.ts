/**
 * refund of the cloud-pay sandbox. A successful call is not yet a refund: the refund is recorded PROCESSING
 * and the sandbox turns it SUCCESS a moment later and notifies the refund's function (sandbox.ts).
 *
 * - out_refund_no is the idempotency key: the same refund again answers the same (recorded) refund and never
 *   refunds twice; the same out_refund_no with another amount or order is refused.
 * - refund_fee ≤ total_fee minus what was refunded already (counted when a refund is requested, so two
 *   concurrent refunds cannot together exceed the payment); total_fee must be the order's; ≤ 50 refunds.
 */
import { randomBytes } from 'node:crypto';
import { getOrder, orderKey, orderOfRefund, putOrder, type PayRefund } from './records';
import type { PayCall } from './orders';
import {
  businessError,
  formatTime,
  FUNCTION_NAME,
  MCH_ID,
  needFee,
  needString,
  optionalString,
  OUT_REFUND_NO,
  OUT_TRADE_NO,
  paramError,
  type Params,
  type PayAnswer,
  success,
} from './wire';

/** WeChat Pay allows at most 50 partial refunds of one payment. */
export const MAX_REFUNDS = 50;

export function refundFields(r: PayRefund, transactionId: string): PayAnswer {
  return {
    sub_mch_id: r.subMchId,
    transaction_id: transactionId,
    out_trade_no: r.outTradeNo,
    out_refund_no: r.outRefundNo,
    refund_id: r.refundId,
    refund_fee: r.refundFee,
    settlement_refund_fee: r.refundFee,
    total_fee: r.totalFee,
    cash_fee: r.totalFee,
    cash_refund_fee: r.refundFee,
  };
}

/** Answers the refund and, when a new one was recorded, returns it so the sandbox can complete it. */
export function refund(p: Params, call: PayCall): { answer: PayAnswer; created?: PayRefund } {
  const invalid = [
    needString(p, 'sub_mch_id', 32, MCH_ID),
    needString(p, 'nonce_str', 32),
    needString(p, 'out_trade_no', 32, OUT_TRADE_NO),
    needString(p, 'out_refund_no', 64, OUT_REFUND_NO),
    needFee(p, 'total_fee'),
    needFee(p, 'refund_fee'),
    needString(p, 'env_id', 64),
    needString(p, 'function_name', 60, FUNCTION_NAME),
    optionalString(p, 'refund_desc', 80),
  ].find((c) => c !== null);
  if (invalid) return { answer: paramError(invalid) };
  const subMchId = p.sub_mch_id as string;
  const outTradeNo = p.out_trade_no as string;
  const outRefundNo = p.out_refund_no as string;
  const totalFee = p.total_fee as number;
  const refundFee = p.refund_fee as number;
  // Everything from here to the writes runs with no await: concurrent refunds are serialised (records.ts).
  const order = getOrder(call.store, orderKey(subMchId, outTradeNo));
  if (!order) return { answer: businessError('ORDERNOTEXIST', '订单号不存在') };
  const holder = orderOfRefund(call.store, subMchId, outRefundNo);
  const previous = holder?.refunds.find((r) => r.outRefundNo === outRefundNo);
  if (previous) {
    if (previous.outTradeNo !== outTradeNo || previous.refundFee !== refundFee || previous.totalFee !== totalFee) {
      return {
        answer: businessError('INVALID_REQUEST', '同一退款单号（out_refund_no）的订单金额或退款金额与之前请求不一致，请核实后再试'),
      };
    }
    return { answer: success(refundFields(previous, order.transactionId ?? '')) };
  }
  if (order.state !== 'SUCCESS' && order.state !== 'REFUND')
    return { answer: businessError('TRADE_STATE_ERROR', '订单状态错误：订单未支付或已关闭，不能退款') };
  if (totalFee !== order.totalFee) return { answer: businessError('INVALID_REQUEST', '订单金额与支付金额不一致，请核实后再试') };
  if (refundFee > order.totalFee - order.refundedFee) return { answer: businessError('INVALID_REQUEST', '累计退款金额大于支付金额') };
  if (order.refunds.length >= MAX_REFUNDS) return { answer: businessError('INVALID_REQUEST', `一笔订单最多退款${MAX_REFUNDS}次`) };
  const created: PayRefund = {
    outRefundNo,
    outTradeNo,
    subMchId,
    refundId: `50${formatTime(call.now)}${randomBytes(8).toString('hex')}`,
    totalFee,
    refundFee,
    envId: p.env_id as string,
    functionName: p.function_name as string,
    createdAt: call.now,
    status: 'PROCESSING',
  };
  if (typeof p.refund_desc === 'string') created.refundDesc = p.refund_desc;
  // The refund and the order's tally in one write: a crash leaves both or neither.
  putOrder(call.store, { ...order, state: 'REFUND', refundedFee: order.refundedFee + refundFee, refunds: [...order.refunds, created] });
  return { answer: success(refundFields(created, order.transactionId ?? '')), created };
}
