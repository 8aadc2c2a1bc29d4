import { rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startEmulator } from '../server';
import type { IndexDefinitions } from '../types';
import { projectIndexes } from '../store/index-file';
import { defaultPlugins } from '../plugins';
import { pointSdkAt } from '../sdk-env';
import { ensureCollections, seedDemoCounty } from '../seed';
import { parseTarget } from '../auth';
import { cookieToken, DevAuth, sessionCookie } from './auth';
import { devRoute } from './dev';
import { FunctionHost } from './functions';
import { FunctionThreads } from './function-threads';
import { messagePush } from './push';
import { deliverTo, payRoute } from './pay';
import { PaySandbox } from '../pay';
import { startScheduler } from './scheduler';
import { HttpError, readJson, sendJson } from './http';
import { serveStatic } from './static';
import { file, upload, type UploadContext } from './upload';

export type GatewayOptions = {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  h5Dir?: string;
  functionsDir?: string;
  /** Seed the demo county when the data folder is new. */
  seed?: boolean;
  /** Start from an empty data folder. */
  fresh?: boolean;
  /** Tests only: honour an `x-local-now` header that fixes the functions' clock. */
  allowClock?: boolean;
  /**
   * Answer the dev login (a token for any openid, admin included) and the other /api/dev/* routes to
   * callers on other machines too. Off by default: with `host` 0.0.0.0 anyone who reaches the port could
   * sign in as an admin (dev.ts).
   */
  allowRemoteLogin?: boolean;
  /** Fire the functions' timer triggers (config.json) as WeChat's cron would. */
  timers?: boolean;
  /** Index definitions (unique ones enforced); default: `<functionsDir>/database.json`. */
  indexes?: IndexDefinitions;
  /** The local CloudBase's durability (EmulatorOptions.durability; default 'process'). */
  durability?: 'process' | 'power';
  /** Waits between tries of an unacknowledged cloud-pay notification (default 0.2 s, 1 s, 3 s; tests shorten them). */
  payRetryDelaysMs?: number[];
  /**
   * Function instances, each on its own thread (default 1; 0 runs the functions on the gateway's own thread,
   * beside the database). See function-threads.ts.
   */
  functionThreads?: number;
};

export type Gateway = {
  url: string;
  port: number;
  emulatorUrl: string;
  /** The local CloudBase's credentials (its data folder's credentials.json), which /admin and /__stats require. */
  emulatorCredentials: { secretId: string; secretKey: string };
  /**
   * Invokes a function with no user behind it, as the scheduler's timer triggers do (WeChat's cron): the
   * only way to run one without a token. In-process only — there is no HTTP route for it.
   */
  trigger(fn: string, event: unknown, opts?: { now?: number }): Promise<unknown>;
  /** The cloud-pay sandbox: its notifications go to this gateway's functions (docs/payments.md). */
  pay: PaySandbox;
  close(): Promise<void>;
};

const ROOT = join(__dirname, '..', '..');

export async function startGateway(opts: GatewayOptions): Promise<Gateway> {
  if (opts.fresh) rmSync(opts.dataDir, { recursive: true, force: true });
  const cloudDir = join(opts.dataDir, 'cloudbase');
  const functionsDir = opts.functionsDir ?? join(ROOT, 'cloudfunctions');
  const indexes = opts.indexes ?? projectIndexes(functionsDir);
  const instances = opts.functionThreads ?? 1;
  const threads = instances > 0 ? new FunctionThreads(instances) : undefined;
  const host = new FunctionHost(functionsDir, undefined, threads);
  // WeChat pushes image-check verdicts to the function configured for them (message-push.json).
  const pushes = messagePush(host, functionsDir);
  // Cloud pay runs the callback function an order or refund names, with no user behind the call.
  const pay = new PaySandbox({ deliver: deliverTo(host), retryDelaysMs: opts.payRetryDelaysMs });
  const plugins = defaultPlugins({ messagePush: pushes.push, pay });
  const emulator = await startEmulator({ dataDir: cloudDir, port: 0, plugins, indexes, durability: opts.durability });
  pointSdkAt(emulator.serviceUrl, emulator.credentials);
  threads?.start({ functionsDir, serviceUrl: emulator.serviceUrl, credentials: emulator.credentials });
  // the project's collections exist before any function runs, as in a deployed environment (the seed makes them too)
  if (opts.seed) await seedDemoCounty();
  else await ensureCollections();
  pay.resume(emulator.store); // notifications a previous run left unacknowledged

  const auth = new DevAuth(opts.dataDir);
  const scheduler = opts.timers ? startScheduler(host, functionsDir) : undefined;
  const h5Dir = opts.h5Dir ?? join(ROOT, 'dist', 'h5');
  /** Tests only (allowClock): the clock an `x-local-now` header fixes. */
  const clockOf = (req: IncomingMessage): number | undefined => {
    const now = opts.allowClock ? Number(req.headers['x-local-now']) : NaN;
    return Number.isFinite(now) ? now : undefined;
  };
  const files: UploadContext = { auth, nowOf: (req) => clockOf(req) ?? Date.now() };
  const payContext = { auth, sandbox: pay, store: () => emulator.store, allowRemoteLogin: opts.allowRemoteLogin === true };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = parseTarget(req.url);
    if (!url) throw new HttpError(400, '网址格式不对');
    const path = url.pathname;
    if (req.method === 'POST' && path.startsWith('/api/fn/')) {
      const name = path.slice('/api/fn/'.length);
      if (!host.has(name)) return sendJson(res, 404, { ok: false, code: 'UNKNOWN_FUNCTION', message: '没有这个云函数' });
      const event = await readJson(req);
      // Only a signed-in user runs a function over HTTP; a call with no user is the scheduler's alone.
      const token = DevAuth.bearer(req.headers.authorization);
      const claims = auth.claims(token);
      if (!token || !claims) return sendJson(res, 401, { ok: false, code: 'UNAUTHENTICATED', message: '请先登录' });
      // The photo cookie follows the bearer token, so <img> tags keep working for a session the app already holds.
      if (cookieToken(req) !== token) res.setHeader('set-cookie', sessionCookie(token, claims.exp));
      const answer = await host.invoke(name, event, { openid: claims.openid, now: clockOf(req) });
      return sendJson(res, 200, answer);
    }
    if (await payRoute(req, res, url, payContext)) return;
    if (await devRoute(req, res, url, { auth, cloudDir, allowRemoteLogin: opts.allowRemoteLogin === true })) return;
    if (req.method === 'POST' && path === '/api/upload') return upload(req, res, files);
    if (req.method === 'GET' && path === '/api/file') return file(req, res, url, files);
    if (req.method === 'GET' || req.method === 'HEAD') return serveStatic(h5Dir, path, req, res);
    throw new HttpError(405, 'method not allowed');
  }

  const server: Server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      // The details of an unexpected error go to the log, never to the caller.
      if (status === 500) console.error('[gateway]', err);
      const message = err instanceof HttpError ? err.message : '服务器出了点问题，请稍后再试';
      if (!res.headersSent) sendJson(res, status, { ok: false, code: status === 500 ? 'INTERNAL' : 'BAD_REQUEST', message });
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 8686, opts.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    port,
    emulatorUrl: emulator.url,
    emulatorCredentials: emulator.credentials,
    trigger: (fn, event, o) => host.invoke(fn, event, { trigger: true, now: o?.now }),
    pay,
    async close() {
      scheduler?.stop();
      pay.stop();
      pushes.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await threads?.close();
      await emulator.close();
    },
  };
}
