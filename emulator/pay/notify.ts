/**
 * The notifications cloud pay hands the callback function — WeChat Pay's notify XML as camelCase fields —
 * and their delivery: WeChat re-sends a notification until the function answers `{ errcode: 0 }`.
 *
 * WeChat Pay retries at growing intervals (15 s, 15 s, 30 s, 3 min, 10 min, 20 min, 30 min, … hours apart)
 * for a day or more. Locally a notification is tried at once and then after `retryDelaysMs` (default 0.2 s,
 * 1 s, 3 s: four tries), so a test sees the retries without waiting; after the last one it is left
 * unacknowledged (and tried again when the gateway restarts: sandbox.ts `resume`).
 */
import { formatDashed, formatTime, nonce, SP_APPID, SP_MCH_ID, sign } from './wire';
import type { PayOrder, PayRefund } from './records';

export type Notification = Record<string, unknown>;
/** Runs the callback function with the notification as its event, as WeChat does (no user behind it). */
export type Deliver = (functionName: string, event: Notification) => Promise<unknown>;

export const DEFAULT_RETRY_DELAYS_MS = [200, 1000, 3000];

/** What every notification opens with: who is paid and a fresh nonce. */
const envelope = (o: PayOrder): Notification => ({
  returnCode: 'SUCCESS',
  appid: SP_APPID,
  mchId: SP_MCH_ID,
  subAppid: o.subAppid,
  subMchId: o.subMchId,
  nonceStr: nonce(),
});

/** The payment notification (only successful payments are notified, as in cloud pay). */
export function paymentNotification(o: PayOrder): Notification {
  const n: Notification = {
    ...envelope(o),
    sign: sign(),
    resultCode: 'SUCCESS',
    // openid is the payer under the service provider's appid in production; locally both are the same id.
    openid: o.payer,
    subOpenid: o.payer,
    isSubscribe: 'N',
    subIsSubscribe: 'N',
    tradeType: o.tradeType,
    bankType: 'OTHERS',
    totalFee: o.totalFee,
    feeType: 'CNY',
    cashFee: o.totalFee,
    transactionId: o.transactionId,
    outTradeNo: o.outTradeNo,
    timeEnd: formatTime(o.paidAt ?? 0),
  };
  if (o.attach !== undefined) n.attach = o.attach;
  return n;
}

/** The refund notification (cloud pay decrypts WeChat Pay's req_info and hands over its fields). */
export function refundNotification(o: PayOrder, r: PayRefund): Notification {
  return {
    ...envelope(o),
    transactionId: o.transactionId,
    outTradeNo: r.outTradeNo,
    refundId: r.refundId,
    outRefundNo: r.outRefundNo,
    totalFee: r.totalFee,
    refundFee: r.refundFee,
    settlementRefundFee: r.refundFee,
    refundStatus: r.status === 'SUCCESS' ? 'SUCCESS' : 'CHANGE',
    successTime: formatDashed(r.successAt ?? 0),
    refundRecvAccout: '支付用户零钱',
    refundAccount: 'REFUND_SOURCE_RECHARGE_FUNDS',
    refundRequestSource: 'API',
  };
}

/** `{ errcode: 0 }` (errmsg optional): the only answer that stops WeChat's retries. */
export const acknowledged = (answer: unknown): boolean =>
  typeof answer === 'object' && answer !== null && (answer as { errcode?: unknown }).errcode === 0;

export type Attempt = {
  kind: 'payment' | 'refund';
  outTradeNo: string;
  outRefundNo?: string;
  functionName: string;
  /** 1 for the first try of a delivery */
  attempt: number;
  acknowledged: boolean;
  answer?: unknown;
  error?: string;
  at: number;
};
