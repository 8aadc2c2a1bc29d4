/**
 * The sandbox's own payment records, kept in the emulator's durable store (journaled before the answer, so an
 * acknowledged unifiedOrder or refund survives kill -9) in one system collection no function ever reads:
 *
 *   __cloudpay_orders   _id `<subMchId>:<outTradeNo>` (an out_trade_no is unique per merchant, as in WeChat Pay),
 *                       with the order's refunds inside it: a refund and the order's refunded tally are one write.
 *
 * Every check-then-write below runs without an `await` in between: the emulator is one JS thread, so two
 * concurrent requests for the same outTradeNo or outRefundNo are serialised and the second sees the first.
 */
import type { StoreApi } from '../types';

export const ORDERS = '__cloudpay_orders';

/** WeChat Pay's trade states (the ones the sandbox reaches). */
export type TradeState = 'NOTPAY' | 'SUCCESS' | 'REFUND' | 'CLOSED';

export type PayOrder = {
  _id: string;
  outTradeNo: string;
  subMchId: string;
  /** the mini program's appid (sub_appid) */
  subAppid: string;
  prepayId: string;
  body: string;
  attach?: string;
  totalFee: number;
  spbillCreateIp: string;
  tradeType: string;
  /** the payer's openid in the mini program (sub_openid) */
  payer: string;
  envId: string;
  functionName: string;
  createdAt: number;
  /** ms; unpaid orders cannot be paid after it */
  expiresAt: number;
  state: TradeState;
  transactionId?: string;
  paidAt?: number;
  closedAt?: number;
  /** fen refunded so far (refunds requested, counted when requested so that none can over-refund) */
  refundedFee: number;
  /** when the payment notification was acknowledged with { errcode: 0 } */
  notifiedAt?: number;
  refunds: PayRefund[];
};

export type RefundStatus = 'PROCESSING' | 'SUCCESS';

export type PayRefund = {
  outRefundNo: string;
  outTradeNo: string;
  subMchId: string;
  refundId: string;
  totalFee: number;
  refundFee: number;
  refundDesc?: string;
  envId: string;
  functionName: string;
  createdAt: number;
  status: RefundStatus;
  successAt?: number;
  notifiedAt?: number;
};

export const orderKey = (subMchId: string, outTradeNo: string): string => `${subMchId}:${outTradeNo}`;

export const getOrder = (store: StoreApi, id: string): PayOrder | undefined => store.get(ORDERS, id) as PayOrder | undefined;

/** The order holding the merchant's refund `outRefundNo` (out_refund_no is unique per merchant), if any. */
export function orderOfRefund(store: StoreApi, subMchId: string, outRefundNo: string): PayOrder | undefined {
  return store.find(ORDERS, { subMchId, 'refunds.outRefundNo': outRefundNo })[0] as PayOrder | undefined;
}

export function findOrder(store: StoreApi, by: { prepayId?: string; outTradeNo?: string }): PayOrder | undefined {
  const filter = by.prepayId ? { prepayId: by.prepayId } : { outTradeNo: by.outTradeNo };
  return store.find(ORDERS, filter)[0] as PayOrder | undefined;
}

export const putOrder = (store: StoreApi, order: PayOrder): void => store.put(ORDERS, order);

/** Paid orders whose notification was never acknowledged, or with a refund not yet notified (resumed at start). */
export function undelivered(store: StoreApi): PayOrder[] {
  return (store.find(ORDERS) as PayOrder[]).filter(
    (o) => (o.paidAt !== undefined && o.notifiedAt === undefined) || o.refunds.some((r) => r.notifiedAt === undefined),
  );
}
