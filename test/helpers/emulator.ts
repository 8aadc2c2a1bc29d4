/**
 * Starts the local CloudBase emulator for a jest test file and points the real wx-server-sdk at it.
 *
 *   const emu = useEmulator();            // at file/describe level: starts in beforeAll, closes in afterAll
 *   test('…', async () => { await emu.db.collection('x').add({ data: {} }); expect(emu.handle.stats()) … });
 *
 * or `const emu = await startTestEmulator()` … `await emu.close()` by hand.
 *
 * Pointing wx-server-sdk 4.0.2 (@cloudbase/node-sdk 3.17.2) at the emulator — both ways verified:
 * 1. `cloud.init({ env: 'local', serviceUrl: handle.serviceUrl, ...handle.credentials })`. Works, but
 *    wx-server-sdk ignores every later `init`, so the URL is fixed for the process.
 * 2. Environment only — what this helper does, and what WeChat's runtime does for a deployed function:
 *    `TCB_CONTEXT_CNFG='{"URL":"http://127.0.0.1:PORT/admin"}'` and `TENCENTCLOUD_SECRETID` /
 *    `TENCENTCLOUD_SECRETKEY` set to the emulator's credentials (`handle.credentials`, kept in the data
 *    folder: every request is signed with them and checked). node-sdk reads them on every call, so a
 *    restarted emulator on another port only needs the variables changed. Also set `TENCENTCLOUD_RUNENV=SCF`: otherwise every call
 *    first probes metadata.tencentyun.com (≈60 ms per call here); under SCF node-sdk wants `SCF_NAMESPACE` and
 *    `TENCENTCLOUD_REGION` (it logs "[TCB][ERROR] missing …" without them) and turns HTTP keep-alive off, as
 *    in a deployed function. (`init({ keepalive: true })` is ≈1.5× faster for parallel calls, but node-sdk
 *    then piles 'connect' listeners on shared sockets: MaxListenersExceededWarning past ~100 parallel calls.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../emulator/server';
import type { EmulatorHandle, EmulatorOptions } from '../../emulator/types';
import { forwarding, useStarted } from './lifecycle';

const cloud = require('wx-server-sdk');
// The SDK's own signer (a dependency of @cloudbase/node-sdk): raw requests are signed exactly as the SDK signs.
const { sign } = require('@cloudbase/signature-nodejs') as {
  sign: (o: Record<string, unknown>) => { authorization: string; timestamp: number };
};
const FormData = require('form-data');

export const LOCAL_ENV = 'local';

export type Credentials = EmulatorHandle['credentials'];

/** Points every wx-server-sdk call of this process at `serviceUrl`, signing with `credentials` (see above). */
export function pointSdkAtEmulator(serviceUrl: string, credentials: Credentials, env = LOCAL_ENV): void {
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: serviceUrl });
  process.env.TENCENTCLOUD_SECRETID = credentials.secretId;
  process.env.TENCENTCLOUD_SECRETKEY = credentials.secretKey;
  process.env.TENCENTCLOUD_RUNENV = 'SCF';
  process.env.TENCENTCLOUD_REGION ??= 'ap-shanghai';
  process.env.SCF_NAMESPACE = env;
  process.env.TCB_ENV = env;
  cloud.init({ env });
}

/** The credentials the SDK in this process signs with (set by pointSdkAtEmulator). */
export function sdkCredentials(): Credentials {
  return { secretId: process.env.TENCENTCLOUD_SECRETID ?? '', secretKey: process.env.TENCENTCLOUD_SECRETKEY ?? '' };
}

export type SignedRequest = {
  method?: 'GET' | 'POST';
  /** JSON fields, or (with `form`) multipart fields — Buffers become file parts, as node-sdk sends wx.openApi. */
  body?: Record<string, unknown>;
  form?: boolean;
  /** default: sdkCredentials() */
  credentials?: Credentials;
  /** extra headers sent after signing (e.g. an Origin, to see it refused) */
  headers?: Record<string, string>;
  /** sign these fields but send `body` (a request altered on the way) */
  signedBody?: Record<string, unknown>;
  /** the signature's time in unix seconds (default: now, as the SDK does) */
  timestamp?: number;
};

export type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; json(): any };

/**
 * A request to the emulator with the headers node-sdk sends (utils/tcbapirequester.js getHeaders): signed
 * TC3-HMAC-SHA256 with the credentials, so it passes the emulator's check as an SDK call does.
 */
export function signedRequest(url: string, opts: SignedRequest = {}): Promise<RawAnswer> {
  const method = opts.method ?? (opts.body ? 'POST' : 'GET');
  const { secretId, secretKey } = opts.credentials ?? sdkCredentials();
  const u = new URL(url);
  let payload: Buffer | undefined;
  let contentType = 'application/json';
  if (opts.form) {
    const form = new FormData();
    for (const [k, v] of Object.entries(opts.body ?? {})) form.append(k, v);
    payload = form.getBuffer();
    contentType = form.getHeaders()['content-type'];
  } else if (opts.body) payload = Buffer.from(JSON.stringify(opts.body));
  const headers: Record<string, string> = {
    'content-type': opts.form ? 'multipart/form-data' : contentType,
    'User-Agent': 'tcb-node-sdk/3.17.2',
    'X-SDK-Version': 'tcb-node-sdk/3.17.2',
    Host: u.host,
  };
  const params = method === 'GET' ? undefined : (opts.signedBody ?? opts.body ?? {});
  const { authorization, timestamp } = sign({
    secretId,
    secretKey,
    method: method.toLowerCase(),
    url,
    params,
    headers,
    withSignedParams: true,
    timestamp: opts.timestamp ?? Math.floor(Date.now() / 1000) - 1,
  });
  const sent: Record<string, string> = {
    ...headers,
    'content-type': contentType,
    Authorization: authorization,
    'X-Signature-Expires': '600',
    'X-Timestamp': String(timestamp),
    ...(payload ? { 'content-length': String(payload.length) } : {}),
    ...opts.headers,
  };
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers: sent, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** Posts a request body to the emulator as the SDK would, bypassing the SDK (for shapes it never sends). */
export async function rawRequest(serviceUrl: string, body: Record<string, unknown>, credentials?: Credentials): Promise<any> {
  return (await signedRequest(`${serviceUrl}?env=${LOCAL_ENV}`, { body, credentials })).json();
}

export interface TestEmulator {
  handle: EmulatorHandle;
  dataDir: string;
  /** the wx-server-sdk module, initialised */
  cloud: any;
  /** cloud.database() */
  db: any;
  /** db.command */
  _: any;
  /** db.command.aggregate */
  $: any;
  close(): Promise<void>;
}

export type TestEmulatorOptions = Partial<EmulatorOptions> & {
  /** keep the data folder after close (default: removed unless `dataDir` was given) */
  keepData?: boolean;
};

export async function startTestEmulator(opts: TestEmulatorOptions = {}): Promise<TestEmulator> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'emulator-'));
  const handle = await startEmulator({ ...opts, dataDir, port: opts.port ?? 0 });
  pointSdkAtEmulator(handle.serviceUrl, handle.credentials);
  const db = cloud.database();
  return {
    handle,
    dataDir,
    cloud,
    db,
    _: db.command,
    $: db.command.aggregate,
    async close() {
      await handle.close();
      if (!opts.keepData && !opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Registers beforeAll/afterAll; the returned object is usable inside tests. */
export function useEmulator(opts: TestEmulatorOptions = {}): TestEmulator {
  const get = useStarted(() => startTestEmulator(opts), 'useEmulator(): the emulator').now;
  return forwarding(get, ['handle', 'dataDir', 'cloud', 'db', '_', '$', 'close']);
}
