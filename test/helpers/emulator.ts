/**
 * Starts the local CloudBase emulator for a jest test file and points the real wx-server-sdk at it.
 *
 *   const emu = useEmulator();            // at file/describe level: starts in beforeAll, closes in afterAll
 *   test('…', async () => { await emu.db.collection('x').add({ data: {} }); expect(emu.handle.stats()) … });
 *
 * or `const emu = await startTestEmulator()` … `await emu.close()` by hand.
 *
 * Pointing wx-server-sdk 4.0.2 (@cloudbase/node-sdk 3.17.2) at the emulator — both ways verified:
 * 1. `cloud.init({ env: 'local', serviceUrl: handle.serviceUrl, secretId: 'x', secretKey: 'y' })`. Works, but
 *    wx-server-sdk ignores every later `init`, so the URL is fixed for the process.
 * 2. Environment only — what this helper does, and what WeChat's runtime does for a deployed function:
 *    `TCB_CONTEXT_CNFG='{"URL":"http://127.0.0.1:PORT/admin"}'` and `TENCENTCLOUD_SECRETID` /
 *    `TENCENTCLOUD_SECRETKEY` set to anything. node-sdk reads them on every call, so a restarted emulator on
 *    another port only needs the variable changed. Also set `TENCENTCLOUD_RUNENV=SCF`: otherwise every call
 *    first probes metadata.tencentyun.com (≈60 ms per call here); under SCF node-sdk wants `SCF_NAMESPACE` and
 *    `TENCENTCLOUD_REGION` (it logs "[TCB][ERROR] missing …" without them) and turns HTTP keep-alive off, as
 *    in a deployed function. (`init({ keepalive: true })` is ≈1.5× faster for parallel calls, but node-sdk
 *    then piles 'connect' listeners on shared sockets: MaxListenersExceededWarning past ~100 parallel calls.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../emulator/server';
import type { EmulatorHandle, EmulatorOptions } from '../../emulator/types';

const cloud = require('wx-server-sdk');

export const LOCAL_ENV = 'local';

/** Points every wx-server-sdk call of this process at `serviceUrl` (see the comment above). */
export function pointSdkAtEmulator(serviceUrl: string, env = LOCAL_ENV): void {
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: serviceUrl });
  process.env.TENCENTCLOUD_SECRETID = 'local-secret-id';
  process.env.TENCENTCLOUD_SECRETKEY = 'local-secret-key';
  process.env.TENCENTCLOUD_RUNENV = 'SCF';
  process.env.TENCENTCLOUD_REGION ??= 'ap-shanghai';
  process.env.SCF_NAMESPACE = env;
  process.env.TCB_ENV = env;
  cloud.init({ env });
}

/** Posts a request body to the emulator as the SDK would, bypassing the SDK (for shapes it never sends). */
export async function rawRequest(serviceUrl: string, body: Record<string, unknown>): Promise<any> {
  const res = await fetch(`${serviceUrl}?env=${LOCAL_ENV}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return res.json();
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
  pointSdkAtEmulator(handle.serviceUrl);
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
  let current: TestEmulator | undefined;
  beforeAll(async () => {
    current = await startTestEmulator(opts);
  });
  afterAll(async () => {
    await current?.close();
  });
  const get = (): TestEmulator => {
    if (!current) throw new Error('useEmulator(): the emulator starts in beforeAll — use it inside tests or hooks');
    return current;
  };
  return {
    get handle() {
      return get().handle;
    },
    get dataDir() {
      return get().dataDir;
    },
    get cloud() {
      return get().cloud;
    },
    get db() {
      return get().db;
    },
    get _() {
      return get()._;
    },
    get $() {
      return get().$;
    },
    close: () => get().close(),
  };
}
