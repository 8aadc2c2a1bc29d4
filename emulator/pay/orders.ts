/**
 * unifiedOrder, queryOrder and closeOrder of the cloud-pay sandbox: WeChat Pay's v2 rules as cloud pay
 * applies them, over the sandbox's own records (records.ts). Parameters arrive snake_case (wire.ts).
 */
import { randomBytes } from 'node:crypto';
import type { StoreApi } from '../types';
import { getOrder, ORDERS, orderKey, putOrder, type PayOrder } from './records';
import {
  businessError,
  DEFAULT_SUB_APPID,
  FUNCTION_NAME,
  formatTime,
  IP,
  MCH_ID,
  needFee,
  needString,
  nonce,
  OPENID,
  optionalString,
  OUT_TRADE_NO,
  paramError,
  type Params,
  type PayAnswer,
  parseTime,
  sign,
  success,
  TIME,
} from './wire';

export type PayCall = { store: StoreApi; now: number; appid?: string };

/** WeChat Pay: an order may be closed no earlier than 5 minutes after it was created. */
export const CLOSE_AFTER_MS = 5 * 60_000;
/** An order with no time_expire can be paid for 2 hours (the prepay_id's own life). */
export const DEFAULT_EXPIRY_MS = 2 * 3600_000;
/** time_expire must lie at least this far ahead. */
export const MIN_EXPIRY_MS = 60_000;

const firstError = (...checks: (string | null)[]): string | null => checks.find((c) => c !== null) ?? null;

export function unifiedOrder(p: Params, call: PayCall): PayAnswer {
  const invalid = firstError(
    needString(p, 'body', 128),
    needString(p, 'out_trade_no', 32, OUT_TRADE_NO),
    needString(p, 'spbill_create_ip', 64, IP),
    needString(p, 'sub_mch_id', 32, MCH_ID),
    needFee(p, 'total_fee'),
    needString(p, 'env_id', 64),
    needString(p, 'function_name', 60, FUNCTION_NAME),
    needString(p, 'nonce_str', 32),
    optionalString(p, 'attach', 127),
    optionalString(p, 'trade_type', 16),
    optionalString(p, 'time_start', 14, TIME),
    optionalString(p, 'time_expire', 14, TIME),
    optionalString(p, 'sub_openid', 128, OPENID),
    optionalString(p, 'openid', 128, OPENID),
    optionalString(p, 'fee_type', 16),
  );
  if (invalid) return paramError(invalid);
  const tradeType = (p.trade_type as string | undefined) ?? 'JSAPI';
  if (tradeType !== 'JSAPI') return paramError('trade_type参数错误：本地沙箱只支持JSAPI');
  if (p.fee_type !== undefined && p.fee_type !== 'CNY') return paramError('fee_type参数错误：只支持CNY');
  const payer = (p.sub_openid ?? p.openid) as string | undefined;
  if (!payer) return paramError('JSAPI支付必须传openid（sub_openid：付款用户在小程序里的openid）');
  let expiresAt = call.now + DEFAULT_EXPIRY_MS;
  if (typeof p.time_expire === 'string') {
    const at = parseTime(p.time_expire);
    if (at === null) return paramError('time_expire参数格式错误，应为yyyyMMddHHmmss（北京时间）');
    if (at - call.now < MIN_EXPIRY_MS) return paramError('time_expire时间过短，至少要在1分钟之后');
    expiresAt = at;
  }
  if (typeof p.time_start === 'string' && parseTime(p.time_start) === null) return paramError('time_start参数格式错误');

  const subMchId = p.sub_mch_id as string;
  const outTradeNo = p.out_trade_no as string;
  const id = orderKey(subMchId, outTradeNo);
  // One out_trade_no is one payment: check and insert with no await between (records.ts).
  const existing = getOrder(call.store, id);
  if (existing) {
    if (existing.state === 'SUCCESS' || existing.state === 'REFUND') return businessError('ORDERPAID', '该订单已支付');
    if (existing.state === 'CLOSED') return businessError('ORDERCLOSED', '该订单已关闭');
    return businessError('OUT_TRADE_NO_USED', '商户订单号重复：同一商户订单号只能下单一次，请换一个out_trade_no重新下单');
  }
  const prepayId = `wx${formatTime(call.now)}${randomBytes(9).toString('hex')}`;
  const subAppid = call.appid ?? DEFAULT_SUB_APPID;
  const order: PayOrder = {
    _id: id,
    outTradeNo,
    subMchId,
    subAppid,
    prepayId,
    body: p.body as string,
    totalFee: p.total_fee as number,
    spbillCreateIp: p.spbill_create_ip as string,
    tradeType,
    payer,
    envId: p.env_id as string,
    functionName: p.function_name as string,
    createdAt: call.now,
    expiresAt,
    state: 'NOTPAY',
    refundedFee: 0,
    refunds: [],
  };
  if (typeof p.attach === 'string') order.attach = p.attach;
  putOrder(call.store, order);
  const nonceStr = nonce();
  return success({
    sub_appid: subAppid,
    sub_mch_id: subMchId,
    trade_type: tradeType,
    prepay_id: prepayId,
    payment: {
      appId: subAppid,
      timeStamp: String(Math.floor(call.now / 1000)),
      nonceStr,
      package: `prepay_id=${prepayId}`,
      signType: 'MD5',
      paySign: sign(),
    },
  });
}

/** The order a query or close names (out_trade_no, or transaction_id for queryOrder), for its merchant. */
function lookup(p: Params, call: PayCall, byTransaction: boolean): PayOrder | PayAnswer {
  const invalid = firstError(
    needString(p, 'sub_mch_id', 32, MCH_ID),
    needString(p, 'nonce_str', 32),
    p.out_trade_no === undefined && byTransaction ? needString(p, 'transaction_id', 32) : needString(p, 'out_trade_no', 32, OUT_TRADE_NO),
  );
  if (invalid)
    return paramError(
      byTransaction && p.out_trade_no === undefined && p.transaction_id === undefined ? '缺少参数out_trade_no或transaction_id' : invalid,
    );
  const subMchId = p.sub_mch_id as string;
  const order =
    typeof p.out_trade_no === 'string'
      ? getOrder(call.store, orderKey(subMchId, p.out_trade_no))
      : (call.store.find(ORDERS, { subMchId, transactionId: p.transaction_id })[0] as PayOrder | undefined);
  return order ?? businessError('ORDERNOTEXIST', '此交易订单号不存在');
}

const isOrder = (v: PayOrder | PayAnswer): v is PayOrder =>
  typeof (v as PayOrder)._id === 'string' && typeof (v as PayOrder).prepayId === 'string';

const STATE_DESC: Record<string, string> = {
  NOTPAY: '订单未支付',
  SUCCESS: '支付成功',
  REFUND: '转入退款',
  CLOSED: '已关闭',
};

/** What queryOrder answers about an order (also the base of the payment notification). */
export function orderFields(o: PayOrder, now: number): PayAnswer {
  const base: PayAnswer = {
    sub_appid: o.subAppid,
    sub_mch_id: o.subMchId,
    out_trade_no: o.outTradeNo,
    trade_state: o.state,
    trade_state_desc: o.state === 'NOTPAY' && now >= o.expiresAt ? '订单未支付，已过支付期限' : STATE_DESC[o.state],
    total_fee: o.totalFee,
    fee_type: 'CNY',
    trade_type: o.tradeType,
  };
  if (o.attach !== undefined) base.attach = o.attach;
  if (o.transactionId && o.paidAt !== undefined) {
    Object.assign(base, {
      openid: o.payer,
      sub_openid: o.payer,
      is_subscribe: 'N',
      sub_is_subscribe: 'N',
      bank_type: 'OTHERS',
      cash_fee: o.totalFee,
      cash_fee_type: 'CNY',
      transaction_id: o.transactionId,
      time_end: formatTime(o.paidAt),
    });
  }
  return base;
}

export function queryOrder(p: Params, call: PayCall): PayAnswer {
  const found = lookup(p, call, true);
  if (!isOrder(found)) return found;
  return success(orderFields(found, call.now));
}

export function closeOrder(p: Params, call: PayCall): PayAnswer {
  const found = lookup(p, call, false);
  if (!isOrder(found)) return found;
  if (found.state === 'SUCCESS' || found.state === 'REFUND')
    return businessError('ORDERPAID', '订单已支付，不能发起关单，请当作已支付的正常交易');
  if (found.state === 'CLOSED') return businessError('ORDERCLOSED', '订单已关闭，无需重复关闭');
  if (call.now - found.createdAt < CLOSE_AFTER_MS) {
    return businessError('INVALID_REQUEST', '订单生成后不能马上调用关单接口，最短调用时间间隔为5分钟');
  }
  putOrder(call.store, { ...found, state: 'CLOSED', closedAt: call.now });
  return success({ sub_appid: found.subAppid, sub_mch_id: found.subMchId });
}
