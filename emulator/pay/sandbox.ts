/**
 * The cloud-pay sandbox: answers `wx.wxPayApi` (the plugin), lets the payer pay or cancel (what WeChat's pay
 * sheet does; the gateway's /api/dev/pay), and delivers the payment and refund notifications to the
 * functions the order and the refund name (notify.ts), with WeChat's retries, shortened.
 */
import type { EmulatorPlugin, PluginContext, StoreApi } from '../types';
import {
  acknowledged,
  type Attempt,
  DEFAULT_RETRY_DELAYS_MS,
  type Deliver,
  type Notification,
  paymentNotification,
  refundNotification,
} from './notify';
import { closeOrder, queryOrder, unifiedOrder, type PayCall } from './orders';
import { findOrder, getOrder, putOrder, type PayOrder, undelivered } from './records';
import { refund } from './refunds';
import { decodeApiOptions, decodeRequestData, encodeAnswer, formatTime, paramError, type Params, type PayAnswer } from './wire';

export type PaySandboxOptions = {
  /** Runs a callback function (the gateway's); without it notifications are computed and dropped. */
  deliver?: Deliver;
  /** The sandbox's clock (tests); default Date.now. */
  now?: () => number;
  /** Waits between tries of a notification no function acknowledged (default 0.2 s, 1 s, 3 s). */
  retryDelaysMs?: number[];
  /** How long after the refund call the refund succeeds and is notified (default 300 ms). */
  refundDelayMs?: number;
};

export type Decision = 'pay' | 'cancel' | 'redeliver';

export type DecisionRequest = { prepayId?: string; outTradeNo?: string; openid: string; decision: Decision; deliveries?: number };

export type DecisionAnswer =
  | {
      ok: true;
      data: {
        outTradeNo: string;
        tradeState: string;
        transactionId?: string;
        totalFee: number;
        deliveries: { answer?: unknown; error?: string }[];
      };
    }
  | { ok: false; status: number; code: string; message: string };

/** What the 模拟支付 sheet shows: the amount and what it is for, as the sandbox holds them. */
export type PaymentInfo = { outTradeNo: string; body: string; totalFee: number; tradeState: string; expiresAt: number };

export const MAX_DELIVERIES = 50;

/** The order `by` names, only when `openid` is its payer. */
export function findOrderForPayer(store: StoreApi, by: { prepayId?: string; outTradeNo?: string }, openid: string): PayOrder | undefined {
  const o = findOrder(store, by);
  return o && o.payer === openid ? o : undefined;
}
export const DEFAULT_REFUND_DELAY_MS = 300;

const APIS: Record<string, (p: Params, call: PayCall, sandbox: PaySandbox) => PayAnswer> = {
  unifiedOrder,
  queryOrder,
  closeOrder,
  refund: (p, call, sandbox) => {
    const { answer, created } = refund(p, call);
    if (created) sandbox.scheduleRefund(call.store, created.subMchId, created.outTradeNo, created.outRefundNo);
    return answer;
  },
};

export class PaySandbox {
  private readonly now: () => number;
  private readonly retryDelays: number[];
  private readonly refundDelay: number;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly log: Attempt[] = [];
  private stopped = false;

  constructor(private readonly opts: PaySandboxOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.retryDelays = opts.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.refundDelay = opts.refundDelayMs ?? DEFAULT_REFUND_DELAY_MS;
  }

  /** The emulator plugin answering `wx.wxPayApi`. */
  plugin(): EmulatorPlugin {
    return {
      name: 'cloudpay',
      actions: {
        'wx.wxPayApi': async (body: Record<string, unknown>, ctx: PluginContext): Promise<Buffer> => {
          const api = typeof body.apiName === 'string' && Object.hasOwn(APIS, body.apiName) ? APIS[body.apiName] : undefined;
          if (!api)
            throw Object.assign(new Error(`cloudPay.${String(body.apiName)} is not in the local cloud-pay sandbox`), {
              code: 'INVALID_ACTION',
            });
          const params = decodeRequestData(body.requestData);
          if (!params) return encodeAnswer(paramError('请求数据不是JSON对象'));
          return encodeAnswer(api(params, { store: ctx.store, now: this.now(), appid: decodeApiOptions(body.apiOptions) }, this));
        },
      },
    };
  }

  /** The payer's view of a payment, for the sheet; undefined when it is not theirs or does not exist. */
  info(store: StoreApi, by: { prepayId?: string; outTradeNo?: string }, openid: string): PaymentInfo | undefined {
    const o = findOrderForPayer(store, by, openid);
    if (!o) return undefined;
    return { outTradeNo: o.outTradeNo, body: o.body, totalFee: o.totalFee, tradeState: o.state, expiresAt: o.expiresAt };
  }

  /** The payer pays, cancels, or (paid already) asks for the notification again, `deliveries` times at once. */
  async decide(store: StoreApi, req: DecisionRequest): Promise<DecisionAnswer> {
    const now = this.now();
    // From the read to the write there is no await: two concurrent 'pay's of one order settle it once.
    const o = findOrder(store, req);
    if (!o) return { ok: false, status: 404, code: 'NOT_FOUND', message: '找不到这笔支付' };
    if (o.payer !== req.openid) return { ok: false, status: 403, code: 'FORBIDDEN', message: '这笔支付不是为你下的单，不能替别人付款' };
    const paid = o.state === 'SUCCESS' || o.state === 'REFUND';
    if (req.decision === 'redeliver' && !paid)
      return { ok: false, status: 409, code: 'ORDER_NOT_PAID', message: '这笔订单还没付款，没有可以重发的支付通知' };
    if (req.decision !== 'redeliver') {
      if (paid) return { ok: false, status: 409, code: 'ORDER_PAID', message: '这笔订单已经付过款了' };
      if (o.state === 'CLOSED') return { ok: false, status: 409, code: 'ORDER_CLOSED', message: '订单已关闭，不能再付款' };
      if (now >= o.expiresAt) return { ok: false, status: 409, code: 'ORDER_EXPIRED', message: '已过支付期限，请重新下单' };
    }
    let order: PayOrder = o;
    if (req.decision === 'pay') {
      const transactionId = `4200${formatTime(now)}${String(Math.floor(Math.random() * 1e10)).padStart(10, '0')}`;
      order = { ...o, state: 'SUCCESS', transactionId, paidAt: now };
      putOrder(store, order);
    }
    const base = { outTradeNo: order.outTradeNo, tradeState: order.state, transactionId: order.transactionId, totalFee: order.totalFee };
    if (req.decision === 'cancel') return { ok: true, data: { ...base, deliveries: [] } };
    const n = Math.min(Math.max(1, Math.floor(req.deliveries ?? 1)), MAX_DELIVERIES);
    const event = paymentNotification(order);
    const firsts = Array.from({ length: n }, () => this.deliver(store, 'payment', order, undefined, event));
    return { ok: true, data: { ...base, deliveries: await Promise.all(firsts) } };
  }

  /** Completes a refund after the delay (SUCCESS) and notifies the refund's function. */
  scheduleRefund(store: StoreApi, subMchId: string, outTradeNo: string, outRefundNo: string, delayMs = this.refundDelay): void {
    this.later(delayMs, () => {
      const o = getOrder(store, `${subMchId}:${outTradeNo}`);
      const r = o?.refunds.find((x) => x.outRefundNo === outRefundNo);
      if (!o || !r) return;
      let order = o;
      if (r.status !== 'SUCCESS') {
        order = { ...o, refunds: o.refunds.map((x) => (x === r ? { ...x, status: 'SUCCESS' as const, successAt: this.now() } : x)) };
        putOrder(store, order);
      }
      const done = order.refunds.find((x) => x.outRefundNo === outRefundNo)!;
      void this.deliver(store, 'refund', order, outRefundNo, refundNotification(order, done));
    });
  }

  /** After a restart: notify what was never acknowledged, complete refunds still processing. */
  resume(store: StoreApi): void {
    for (const o of undelivered(store)) {
      if (o.paidAt !== undefined && o.notifiedAt === undefined) void this.deliver(store, 'payment', o, undefined, paymentNotification(o));
      for (const r of o.refunds) if (r.notifiedAt === undefined) this.scheduleRefund(store, o.subMchId, o.outTradeNo, r.outRefundNo, 0);
    }
  }

  /** Every try of every notification so far, oldest first (tests, and /api/dev/pay/notifications). */
  attempts(filter: { outTradeNo?: string } = {}): Attempt[] {
    return this.log.filter((a) => filter.outTradeNo === undefined || a.outTradeNo === filter.outTradeNo).map((a) => ({ ...a }));
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private later(ms: number, fn: () => void): void {
    if (this.stopped) return;
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (this.stopped) return;
      try {
        fn();
      } catch (e) {
        // An emulator closed without stopping its sandbox (one run alone) has nothing left to complete.
        if ((e as Error).message !== 'store is closed') console.error('[cloudpay]', e);
      }
    }, ms);
    t.unref();
    this.timers.add(t);
  }

  /**
   * One delivery of a notification: tried now, retried after each of retryDelays until acknowledged.
   * Resolves with the first try's outcome; the retries go on in the background.
   */
  private deliver(
    store: StoreApi,
    kind: Attempt['kind'],
    o: PayOrder,
    outRefundNo: string | undefined,
    event: Notification,
  ): Promise<{ answer?: unknown; error?: string }> {
    const functionName = kind === 'payment' ? o.functionName : o.refunds.find((r) => r.outRefundNo === outRefundNo)!.functionName;
    const attempt = async (n: number): Promise<{ answer?: unknown; error?: string }> => {
      const entry: Attempt = { kind, outTradeNo: o.outTradeNo, functionName, attempt: n, acknowledged: false, at: this.now() };
      if (outRefundNo !== undefined) entry.outRefundNo = outRefundNo;
      const outcome: { answer?: unknown; error?: string } = {};
      if (this.stopped) return outcome;
      try {
        outcome.answer = this.opts.deliver
          ? await this.opts.deliver(functionName, { ...event })
          : { errcode: 0, errmsg: 'dropped: no functions' };
        entry.answer = outcome.answer;
        entry.acknowledged = acknowledged(outcome.answer);
      } catch (e) {
        outcome.error = entry.error = e instanceof Error ? e.message : String(e);
      }
      this.log.push(entry);
      // Stopped while the function ran (the gateway closes its store): nothing more to record or retry.
      if (this.stopped) return outcome;
      if (!entry.acknowledged) {
        if (n <= this.retryDelays.length) this.later(this.retryDelays[n - 1], () => void attempt(n + 1));
        return outcome;
      }
      try {
        this.markNotified(store, o, outRefundNo);
      } catch (e) {
        if ((e as Error).message !== 'store is closed') console.error('[cloudpay]', e);
      }
      return outcome;
    };
    return attempt(1);
  }

  private markNotified(store: StoreApi, o: PayOrder, outRefundNo: string | undefined): void {
    const current = getOrder(store, o._id);
    if (!current) return;
    const at = this.now();
    if (outRefundNo === undefined) {
      if (current.notifiedAt === undefined) putOrder(store, { ...current, notifiedAt: at });
      return;
    }
    if (current.refunds.some((r) => r.outRefundNo === outRefundNo && r.notifiedAt === undefined)) {
      putOrder(store, {
        ...current,
        refunds: current.refunds.map((r) => (r.outRefundNo === outRefundNo && r.notifiedAt === undefined ? { ...r, notifiedAt: at } : r)),
      });
    }
  }
}
