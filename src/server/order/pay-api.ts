/**
 * WeChat cloud payment (`cloud.cloudPay`), the four calls orders make. Locally the local CloudBase answers
 * them from its sandbox (docs/local-cloudbase.md). A business failure comes back with errCode 0 and
 * returnCode / resultCode FAIL, so every answer is checked for both; a transport failure throws.
 */
import { randomBytes } from 'node:crypto';
import type { WxPayment } from '../../contracts/order';
import { getCloud } from '../cloud';
import { cloudEnvId } from '../context';

/** The function WeChat delivers pay and refund notifications to. */
export const PAY_CALLBACK_FUNCTION = 'payCallback';

/**
 * The sub-merchant (特约商户号) the center's payments go to: the function environment's CLOUD_PAY_SUB_MCH_ID
 * in production (docs/operations.md); the local sandbox's own number otherwise.
 */
export const LOCAL_SUB_MCH_ID = '1900000109';
export function subMchId(): string {
  return process.env.CLOUD_PAY_SUB_MCH_ID || LOCAL_SUB_MCH_ID;
}

const nonce = () => randomBytes(16).toString('hex');

type PayAnswer = { returnCode?: string; resultCode?: string; errCode?: number | string; errCodeDes?: string; returnMsg?: string };
const succeeded = (a: PayAnswer) => a.returnCode === 'SUCCESS' && a.resultCode === 'SUCCESS';

type CloudPay = Record<string, (data: Record<string, unknown>) => Promise<any>>;
const pay = () => (getCloud() as unknown as { cloudPay: CloudPay }).cloudPay;

/** WeChat Pay counts `body` in UTF-8 bytes (a Chinese character is 3): cut whole characters to fit. */
export function cutBytes(text: string, max: number): string {
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    bytes += Buffer.byteLength(ch, 'utf8');
    if (bytes > max) break;
    out += ch;
  }
  return out;
}

/** `openid`: the payer (the buyer's openid in this mini-program, sent as sub_openid). */
export type UnifiedOrderArgs = { outTradeNo: string; totalFee: number; body: string; timeExpire: string; openid: string; attach?: string };

/** Answers the `payment` for requestPayment, or null when WeChat refused to order it. */
export async function unifiedOrder(a: UnifiedOrderArgs): Promise<WxPayment | null> {
  const res = (await pay().unifiedOrder({
    body: cutBytes(a.body, 128),
    outTradeNo: a.outTradeNo,
    spbillCreateIp: '127.0.0.1',
    subMchId: subMchId(),
    totalFee: a.totalFee,
    envId: cloudEnvId(),
    functionName: PAY_CALLBACK_FUNCTION,
    nonceStr: nonce(),
    tradeType: 'JSAPI',
    timeExpire: a.timeExpire,
    subOpenid: a.openid,
    ...(a.attach ? { attach: a.attach } : {}),
  })) as PayAnswer & { payment?: WxPayment };
  if (!succeeded(res) || !res.payment) {
    console.warn(
      `[order] unifiedOrder ${a.outTradeNo} refused: ${res.returnCode}/${res.resultCode} ${res.errCode ?? ''} ${res.returnMsg ?? ''}`,
    );
    return null;
  }
  return res.payment;
}

export type TradeState = { tradeState?: string; totalFee?: number; subMchId?: string; transactionId?: string };

/** WeChat's own record of a payment: `tradeState` SUCCESS is the only proof that it was paid. */
export async function queryOrder(outTradeNo: string): Promise<TradeState | null> {
  const res = (await pay().queryOrder({ outTradeNo, subMchId: subMchId(), nonceStr: nonce() })) as PayAnswer & TradeState;
  return succeeded(res) ? res : null;
}

/** Closes an unpaid attempt: true when it is closed (no payment can arrive for it any more). */
export async function closeOrder(outTradeNo: string): Promise<boolean> {
  const res = (await pay().closeOrder({ outTradeNo, subMchId: subMchId(), nonceStr: nonce() })) as PayAnswer;
  return succeeded(res);
}

/**
 * Asks for a refund. A successful call is not yet a refund: the refund notification (to payCallback) is.
 * The same outRefundNo on every retry, so WeChat refunds once.
 */
export async function refund(a: { outTradeNo: string; outRefundNo: string; totalFee: number; refundFee: number }): Promise<boolean> {
  const res = (await pay().refund({
    outTradeNo: a.outTradeNo,
    outRefundNo: a.outRefundNo,
    totalFee: a.totalFee,
    refundFee: a.refundFee,
    subMchId: subMchId(),
    nonceStr: nonce(),
    envId: cloudEnvId(),
    functionName: PAY_CALLBACK_FUNCTION,
  })) as PayAnswer;
  if (!succeeded(res)) console.warn(`[order] refund ${a.outRefundNo} refused: ${res.returnCode}/${res.resultCode} ${res.errCode ?? ''}`);
  return succeeded(res);
}
