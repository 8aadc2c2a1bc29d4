import Taro from '@tarojs/taro';
import { requestJson } from './api';

/**
 * Paying for what a function ordered with WeChat cloud pay (docs/payments.md). The function answers the
 * `payment` of `cloudPay.unifiedOrder`; `pay(payment)` hands it to WeChat's pay sheet (weapp:
 * Taro.requestPayment) or, in the H5 app, to the local sandbox's 模拟支付 sheet (components/mock-pay-sheet,
 * which the paying page renders) and the gateway's /api/dev/pay. It answers one outcome either way.
 *
 * "paid" only means the payer finished the sheet: the order is paid when the server says so (the pay
 * callback, confirmed with queryOrder) — reload the order afterwards. Import this only from subpackages.
 */

/** What unifiedOrder answered for requestPayment, passed on unchanged. */
export type PaymentParams = { timeStamp: string; nonceStr: string; package: string; signType: string; paySign: string };

export type PayOutcome = { status: 'paid' } | { status: 'cancelled' } | { status: 'failed'; message: string };

export const PAY_FAILED_MESSAGE = '支付没有完成，请稍后再试';

export async function pay(payment: PaymentParams): Promise<PayOutcome> {
  if (process.env.TARO_ENV === 'weapp') return payInWeChat(payment);
  return payInSandbox(payment);
}

async function payInWeChat(payment: PaymentParams): Promise<PayOutcome> {
  try {
    await Taro.requestPayment({ ...payment, signType: payment.signType as 'MD5' });
    return { status: 'paid' };
  } catch (e) {
    const msg = String((e as { errMsg?: string })?.errMsg ?? '');
    // "requestPayment:fail cancel": the payer closed WeChat's sheet.
    if (/cancel/i.test(msg)) return { status: 'cancelled' };
    return { status: 'failed', message: PAY_FAILED_MESSAGE };
  }
}

// ---- H5: the 模拟支付 sheet ----

/** What the sheet shows: the amount and what it is for, as the sandbox holds them (not as the page claims). */
export type MockPayment = { prepayId: string; body: string; totalFee: number };

/** The sheet's state: nothing to show, a payment waiting for the payer, or the payer's answer on its way. */
export type MockPayState = { payment: MockPayment; busy: boolean } | null;

type Pending = { payment: MockPayment; busy: boolean; decide: (d: 'pay' | 'cancel') => void };

let pending: Pending | null = null;
let snapshot: MockPayState = null;
const listeners = new Set<() => void>();

function set(next: Pending | null): void {
  pending = next;
  snapshot = next ? { payment: next.payment, busy: next.busy } : null;
  listeners.forEach((l) => l());
}

/** For the sheet (useSyncExternalStore). */
export function subscribeMockPay(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export const mockPayState = (): MockPayState => snapshot;

/** The sheet's buttons: 确认支付 / 取消. Ignored while an answer is on its way. */
export function decideMockPay(decision: 'pay' | 'cancel'): void {
  if (pending && !pending.busy) pending.decide(decision);
}

const prepayIdOf = (pkg: string): string | undefined => /^prepay_id=(\S+)$/.exec(pkg)?.[1];

function failure(body: unknown): PayOutcome {
  const message = (body as { message?: unknown } | undefined)?.message;
  return { status: 'failed', message: typeof message === 'string' && message ? message : PAY_FAILED_MESSAGE };
}

async function payInSandbox(payment: PaymentParams): Promise<PayOutcome> {
  const prepayId = prepayIdOf(payment.package);
  if (!prepayId) return { status: 'failed', message: PAY_FAILED_MESSAGE };
  if (pending) return { status: 'failed', message: '上一笔支付还没有完成' };
  if (listeners.size === 0) return { status: 'failed', message: '支付页面没有准备好，请刷新后再试' };
  const info = await requestJson('GET', `/api/dev/pay?prepayId=${encodeURIComponent(prepayId)}`);
  const data = (info?.body as { ok?: boolean; data?: { body: string; totalFee: number } } | undefined)?.data;
  if (!info || info.status !== 200 || !data) return info ? failure(info.body) : { status: 'failed', message: '网络不好，请稍后再试' };
  const decision = await new Promise<'pay' | 'cancel'>((decide) =>
    set({ payment: { prepayId, body: data.body, totalFee: data.totalFee }, busy: false, decide }),
  );
  if (decision === 'cancel') {
    set(null);
    // WeChat's sheet tells nobody about a cancel; the sandbox is told all the same (it changes nothing).
    void requestJson('POST', '/api/dev/pay', { prepayId, decision: 'cancel' });
    return { status: 'cancelled' };
  }
  set({ ...pending!, busy: true });
  try {
    const res = await requestJson('POST', '/api/dev/pay', { prepayId, decision: 'pay' });
    if (!res) return { status: 'failed', message: '网络不好，请稍后再试' };
    return res.status === 200 ? { status: 'paid' } : failure(res.body);
  } finally {
    set(null);
  }
}
