/**
 * The gateway's local-only routes: `POST /api/dev/login` (a token for any openid, admin included),
 * `GET /api/dev/identities`, `GET /api/dev/messages` (the subscribe messages the functions sent).
 *
 * Whoever reaches them can act as anyone, so by default they answer only:
 * - a peer on this machine (`req.socket.remoteAddress` loopback: 127.0.0.0/8, ::1, ::ffff:127.x) — with
 *   `--host 0.0.0.0` other machines reach the port, and are refused;
 * - a request addressed to localhost or an IP address (a web page that rebinds its own DNS name to
 *   127.0.0.1 would be a loopback peer: its Host header gives it away);
 * - for the login, no foreign Origin (a page on another site posting a login form).
 * `allowRemoteLogin` (npm start -- --allow-remote-login) lifts the first two, for phones on the LAN.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLocalHostHeader } from '../auth';
import { listSentMessages } from '../openapi/messages';
import { DEMO_IDENTITIES } from '../seed';
import { isLoopback, OPENID, sessionCookie, type DevAuth } from './auth';
import { HttpError, readJson, sendJson } from './http';

export type DevContext = { auth: DevAuth; cloudDir: string; allowRemoteLogin: boolean };

const REMOTE_REFUSED = '本地登录只对本机开放：要让其他设备登录，请用 npm start -- --allow-remote-login 启动';

/** Why this request may not use the dev routes, or null. */
export function devRefusal(req: IncomingMessage, allowRemoteLogin: boolean): string | null {
  if (allowRemoteLogin) return null;
  if (!isLoopback(req.socket.remoteAddress)) return REMOTE_REFUSED;
  if (!isLocalHostHeader(req.headers.host)) return '请用 127.0.0.1 或 localhost 打开本地应用';
  return null;
}

/** A cross-site page's request carries its own origin; the H5 app's carries ours (or none at all). */
function foreignOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  return origin !== undefined && origin !== `http://${req.headers.host ?? ''}`;
}

/** Answers a /api/dev/* request; false when the path is not one of them. */
export async function devRoute(req: IncomingMessage, res: ServerResponse, url: URL, ctx: DevContext): Promise<boolean> {
  const path = url.pathname;
  if (!path.startsWith('/api/dev/')) return false;
  const refused = devRefusal(req, ctx.allowRemoteLogin);
  if (refused) {
    sendJson(res, 403, { ok: false, code: 'FORBIDDEN', message: refused });
    return true;
  }
  if (req.method === 'POST' && path === '/api/dev/login') {
    if (foreignOrigin(req)) throw new HttpError(403, '不能从其他网站登录本地应用');
    const body = (await readJson(req)) as { openid?: unknown } | null;
    const openid = body && typeof body.openid === 'string' ? body.openid.trim() : '';
    if (!OPENID.test(openid)) throw new HttpError(400, 'openid 只能是 1–64 个字母、数字、_ 或 -');
    const { token, expiresAt } = ctx.auth.issue(openid);
    res.setHeader('set-cookie', sessionCookie(token, expiresAt / 1000)); // for the photos' <img> (upload.ts)
    sendJson(res, 200, { token, openid, expiresAt });
    return true;
  }
  if (req.method === 'GET' && path === '/api/dev/identities') {
    sendJson(res, 200, { items: DEMO_IDENTITIES });
    return true;
  }
  if (req.method === 'GET' && path === '/api/dev/messages') {
    const touser = url.searchParams.get('touser') ?? undefined;
    sendJson(res, 200, { items: listSentMessages(ctx.cloudDir, touser ? { touser } : undefined) });
    return true;
  }
  return false;
}
