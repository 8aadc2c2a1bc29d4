/**
 * The gateway's half of the cloud-pay sandbox (emulator/pay/, docs/payments.md): WeChat's pay sheet for the H5
 * app, and the delivery of notifications to the functions.
 *
 *   GET  /api/dev/pay?prepayId=… | outTradeNo=…    what the 模拟支付 sheet shows (the payer's own payment only)
 *   POST /api/dev/pay { prepayId | outTradeNo, decision: 'pay' | 'cancel' | 'redeliver', deliveries? }
 *   GET  /api/dev/pay/notifications?outTradeNo=…   every try of the order's notifications (the payer's only)
 *
 * Signed-in callers only (the bearer token names the payer), and like every /api/dev/* route only from this
 * machine unless the gateway allows remote logins (dev.ts devRefusal).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StoreApi } from '../types';
import { MAX_DELIVERIES, type PaySandbox } from '../pay';
import { findOrderForPayer } from '../pay/sandbox';
import type { DevAuth } from './auth';
import { devRefusal } from './dev';
import type { FunctionHost } from './functions';
import { readJson, sendJson } from './http';

export type PayRouteContext = { auth: DevAuth; sandbox: PaySandbox; store: () => StoreApi; allowRemoteLogin: boolean };

const PREPAY_ID = /^wx\w{1,64}$/;
const OUT_TRADE_NO = /^[0-9A-Za-z_-]{1,32}$/;

/** The function WeChat runs for a notification: the event is the notification itself, no user behind it. */
export const deliverTo =
  (host: FunctionHost) =>
  (functionName: string, event: Record<string, unknown>): Promise<unknown> => {
    if (!host.has(functionName)) return Promise.reject(new Error(`no cloud function named ${functionName}`));
    return host.invoke(functionName, event, { trigger: true });
  };

function target(source: Record<string, unknown>): { prepayId?: string; outTradeNo?: string } | string {
  const { prepayId, outTradeNo } = source;
  if (typeof prepayId === 'string' && prepayId) return PREPAY_ID.test(prepayId) ? { prepayId } : 'prepayId 格式不对';
  if (typeof outTradeNo === 'string' && outTradeNo) return OUT_TRADE_NO.test(outTradeNo) ? { outTradeNo } : 'outTradeNo 格式不对';
  return '请给出 prepayId 或 outTradeNo';
}

const bad = (res: ServerResponse, message: string) => sendJson(res, 400, { ok: false, code: 'VALIDATION_FAILED', message });

/** Answers a /api/dev/pay request; false when the path is not one of them. */
export async function payRoute(req: IncomingMessage, res: ServerResponse, url: URL, ctx: PayRouteContext): Promise<boolean> {
  const path = url.pathname;
  if (path !== '/api/dev/pay' && path !== '/api/dev/pay/notifications') return false;
  const refused = devRefusal(req, ctx.allowRemoteLogin);
  if (refused) {
    sendJson(res, 403, { ok: false, code: 'FORBIDDEN', message: refused });
    return true;
  }
  const authorization = req.headers.authorization;
  const claims = ctx.auth.claims(authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : undefined);
  if (!claims) {
    sendJson(res, 401, { ok: false, code: 'UNAUTHENTICATED', message: '请先登录' });
    return true;
  }
  const store = ctx.store();
  if (req.method === 'GET') {
    const by = target(Object.fromEntries(url.searchParams));
    if (typeof by === 'string') return (bad(res, by), true);
    if (path === '/api/dev/pay/notifications') {
      const mine = findOrderForPayer(store, by, claims.openid);
      if (!mine) sendJson(res, 404, { ok: false, code: 'NOT_FOUND', message: '找不到这笔支付' });
      else sendJson(res, 200, { ok: true, data: { items: ctx.sandbox.attempts({ outTradeNo: mine.outTradeNo }) } });
      return true;
    }
    const info = ctx.sandbox.info(store, by, claims.openid);
    if (!info) sendJson(res, 404, { ok: false, code: 'NOT_FOUND', message: '找不到这笔支付' });
    else sendJson(res, 200, { ok: true, data: info });
    return true;
  }
  if (req.method !== 'POST' || path !== '/api/dev/pay') {
    sendJson(res, 405, { ok: false, code: 'BAD_REQUEST', message: 'method not allowed' });
    return true;
  }
  const body = (await readJson(req)) as Record<string, unknown> | null;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return (bad(res, '请求内容不对'), true);
  const by = target(body);
  if (typeof by === 'string') return (bad(res, by), true);
  const { decision, deliveries } = body;
  if (decision !== 'pay' && decision !== 'cancel' && decision !== 'redeliver')
    return (bad(res, "decision 只能是 'pay'、'cancel' 或 'redeliver'"), true);
  if (
    deliveries !== undefined &&
    (!Number.isInteger(deliveries) || (deliveries as number) < 1 || (deliveries as number) > MAX_DELIVERIES)
  ) {
    return (bad(res, `deliveries 应是 1–${MAX_DELIVERIES} 的整数`), true);
  }
  const answer = await ctx.sandbox.decide(store, { ...by, openid: claims.openid, decision, deliveries: deliveries as number | undefined });
  if (answer.ok) sendJson(res, 200, answer);
  else sendJson(res, answer.status, { ok: false, code: answer.code, message: answer.message });
  return true;
}
