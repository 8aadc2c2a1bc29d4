import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway, type Gateway } from '../../emulator/gateway/server';
import { signedRequest } from './emulator';
import { forwarding, useStarted } from './lifecycle';
import type { Result } from '../../src/contracts/result';

export type Caller = {
  openid: string;
  /** The caller's dev-login bearer token. */
  token: string;
  /** Calls a function through the gateway exactly as the H5 app does. */
  call<T = any>(fn: string, action: string, data?: unknown, opts?: { now?: number }): Promise<Result<T>>;
  /** Like call, but fails the test unless the answer is ok, and returns its data. */
  ok<T = any>(fn: string, action: string, data?: unknown, opts?: { now?: number }): Promise<T>;
};

export type LocalCloud = {
  gateway: Gateway;
  dataDir: string;
  as(openid: string): Promise<Caller>;
  /** A call with no token at all. */
  anonymous(fn: string, body: unknown): Promise<any>;
  /** What WeChat's cron sends: `{ Type: 'Timer', TriggerName, Time }` to `fn`, with no user (Gateway.trigger). */
  trigger(fn: string, triggerName: string, opts?: { now?: number }): Promise<any>;
  post(path: string, body: unknown, token?: string): Promise<{ status: number; body: any }>;
  stats(): Promise<Record<string, Record<string, number>>>;
  resetStats(): Promise<void>;
  close(): Promise<void>;
};

/** Starts the local CloudBase + gateway on a fresh data folder with the demo county seeded. */
export async function startLocalCloud(): Promise<LocalCloud> {
  const dataDir = mkdtempSync(join(tmpdir(), 'civic-it-'));
  // H5_DIR: a copy of dist/h5 to serve, so a build running meanwhile (it empties dist/h5 first) cannot break the run.
  const gateway = await startGateway({
    dataDir,
    port: 0,
    seed: true,
    allowClock: true,
    h5Dir: process.env.H5_DIR || undefined,
  });

  async function post(path: string, body: unknown, token?: string) {
    const res = await fetch(gateway.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  }

  async function as(openid: string): Promise<Caller> {
    const { body } = await post('/api/dev/login', { openid });
    if (typeof body.token !== 'string') throw new Error(`dev login as ${openid} failed: ${JSON.stringify(body)}`);
    const token = body.token;
    const call = async (fn: string, action: string, data?: unknown, opts?: { now?: number }) => {
      const res = await fetch(`${gateway.url}/api/fn/${fn}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          ...(opts?.now ? { 'x-local-now': String(opts.now) } : {}),
        },
        body: JSON.stringify(data === undefined ? { action } : { action, data }),
      });
      return (await res.json()) as Result<any>;
    };
    return {
      openid,
      token,
      call,
      async ok(fn, action, data, opts) {
        const res = await call(fn, action, data, opts);
        if (!res.ok) throw new Error(`${fn}.${action} failed: ${res.code} ${res.message}`);
        return res.data;
      },
    };
  }

  return {
    gateway,
    dataDir,
    as,
    post,
    anonymous: async (fn, body) => (await post(`/api/fn/${fn}`, body)).body,
    trigger: (fn, triggerName, opts) => {
      const now = opts?.now ?? Date.now();
      return gateway.trigger(fn, { Type: 'Timer', TriggerName: triggerName, Time: new Date(now).toISOString() }, { now: opts?.now });
    },
    stats: async () => (await signedRequest(`${gateway.emulatorUrl}/__stats`, { credentials: gateway.emulatorCredentials })).json(),
    resetStats: async () => {
      await signedRequest(`${gateway.emulatorUrl}/__stats/reset`, { method: 'POST', credentials: gateway.emulatorCredentials });
    },
    async close() {
      await gateway.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * For a test file: starts the local cloud in `beforeAll` (before the file's own hooks) and closes it in
 * `afterAll`. The answer forwards every call to the running instance.
 */
export function useLocalCloud(): LocalCloud {
  const get = useStarted(startLocalCloud, 'the local cloud').now;
  return forwarding(get, ['gateway', 'dataDir', 'as', 'anonymous', 'trigger', 'post', 'stats', 'resetStats', 'close']);
}
