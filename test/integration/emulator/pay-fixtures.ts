/**
 * Shared by the pay-* tests: a gateway over a temporary functions folder holding one callback function,
 * `payRecorder`, which records every event it gets with the identity it ran as (the gateway's local
 * invocation context, the one `callerIdentity()` reads), and answers as the test tells it per outTradeNo.
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway, type Gateway } from '../../../emulator/gateway/server';

export const MCH = '1900000109';
export const CALLBACK = 'payRecorder';
/** Shorter than the gateway's default (0.2 s, 1 s, 3 s), same count: four tries. */
export const RETRY_DELAYS_MS = [50, 100, 200];

/** 'ok': { errcode: 0 }; 'fail:N': { errcode: 1 } for the first N tries, then ok; 'never': { errcode: 1 } always. */
export type Mode = 'ok' | `fail:${number}` | 'never';
export type Recorded = { event: Record<string, any>; openid: string | undefined; at: number };
type State = { events: Recorded[]; modes: Record<string, Mode>; tries: Record<string, number>; inFlight: number; maxInFlight: number };

const KEY = '__payRecorderState';
export const recorder = (): State => {
  const g = globalThis as unknown as Record<string, State>;
  g[KEY] ??= { events: [], modes: {}, tries: {}, inFlight: 0, maxInFlight: 0 };
  return g[KEY];
};

/** The callback's source: plain CommonJS, as a deployed bundle is. With PAY_RECORDER_FILE it also appends a line there. */
const SOURCE = `
const fs = require('node:fs');
const KEY = ${JSON.stringify(KEY)};
exports.main = async (event) => {
  const g = globalThis;
  g[KEY] ??= { events: [], modes: {}, tries: {}, inFlight: 0, maxInFlight: 0 };
  const s = g[KEY];
  const who = g[Symbol.for('civic-practice.local-invocation')]?.getStore();
  s.inFlight += 1;
  s.maxInFlight = Math.max(s.maxInFlight, s.inFlight);
  await new Promise((r) => setTimeout(r, 20));
  s.inFlight -= 1;
  s.events.push({ event, openid: who && who.openid ? who.openid : undefined, at: Date.now() });
  if (process.env.PAY_RECORDER_FILE) fs.appendFileSync(process.env.PAY_RECORDER_FILE, JSON.stringify(event) + '\\n');
  const key = event.outRefundNo || event.outTradeNo || '';
  const mode = s.modes[key] || 'ok';
  const tries = (s.tries[key] = (s.tries[key] || 0) + 1);
  if (mode === 'never') return { errcode: 1, errmsg: 'not recorded' };
  if (mode.startsWith('fail:') && tries <= Number(mode.slice(5))) return { errcode: 1, errmsg: 'not yet' };
  return { errcode: 0, errmsg: 'OK' };
};
`;

/** A functions folder with the recorder (and no database.json: no indexes). */
export function recorderFunctions(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pay-fns-'));
  mkdirSync(join(dir, CALLBACK));
  writeFileSync(join(dir, CALLBACK, 'index.js'), SOURCE);
  return dir;
}

export type PayCloud = {
  gateway: Gateway;
  dataDir: string;
  login(openid: string): Promise<string>;
  /** POST/GET to the gateway with a bearer token. */
  http(method: 'GET' | 'POST', path: string, token?: string, body?: unknown): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
};

export async function startPayCloud(dataDir = mkdtempSync(join(tmpdir(), 'pay-gw-'))): Promise<PayCloud> {
  const functionsDir = recorderFunctions();
  // The recorder keeps its state on this thread's globalThis, where the test reads it: its calls run here.
  const gateway = await startGateway({
    dataDir,
    port: 0,
    functionsDir,
    indexes: {},
    seed: false,
    payRetryDelaysMs: RETRY_DELAYS_MS,
    functionThreads: 0,
  });
  const http = async (method: 'GET' | 'POST', path: string, token?: string, body?: unknown) => {
    const res = await fetch(gateway.url + path, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };
  return {
    gateway,
    dataDir,
    http,
    async login(openid) {
      const { body } = await http('POST', '/api/dev/login', undefined, { openid });
      return body.token as string;
    },
    async close() {
      await gateway.close();
      rmSync(functionsDir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let seq = 0;
export const tradeNo = (prefix = 'T'): string => `${prefix}${Date.now().toString(36)}${(seq++).toString(36)}`;

/** A unifiedOrder input for `payer`, calling back the recorder. */
export function orderInput(payer: string, over: Record<string, unknown> = {}) {
  return {
    body: '善星小集-东北大米 2斤',
    outTradeNo: tradeNo(),
    spbillCreateIp: '127.0.0.1',
    subMchId: MCH,
    totalFee: 1280,
    envId: 'local',
    functionName: CALLBACK,
    nonceStr: 'n0nce',
    tradeType: 'JSAPI',
    subOpenid: payer,
    attach: 'order:o1',
    ...over,
  };
}

export function appendLine(file: string, line: unknown): void {
  appendFileSync(file, `${JSON.stringify(line)}\n`);
}
