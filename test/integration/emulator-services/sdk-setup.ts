/** Starts an emulator with the default plugins on a fresh data folder and points the real wx-server-sdk at it. */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cloud from 'wx-server-sdk';
import { defaultPlugins } from '../../../emulator/plugins';
import { startEmulator } from '../../../emulator/server';
import { forwarding, useStarted } from '../../helpers/lifecycle';

export type Running = { url: string; serviceUrl: string; port: number; dataDir: string; cloud: typeof cloud; close(): Promise<void> };

process.env.TENCENTCLOUD_RUNENV = 'SCF';
process.env.TENCENTCLOUD_REGION ??= 'ap-shanghai';
process.env.SCF_NAMESPACE ??= 'local';

/** `port` 0 picks a free one; pass the old port to restart on the same URL the SDK already points at. */
export async function startWithSdk(dataDir = mkdtempSync(join(tmpdir(), 'emu-svc-')), port = 0): Promise<Running> {
  const emulator = await startEmulator({ dataDir, port, plugins: defaultPlugins() });
  cloud.init({ env: 'local', serviceUrl: emulator.serviceUrl, ...emulator.credentials } as Parameters<typeof cloud.init>[0]);
  return { url: emulator.url, serviceUrl: emulator.serviceUrl, port: emulator.port, dataDir, cloud, close: () => emulator.close() };
}

export const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

/**
 * One emulator for a test file: started before its tests, closed with its data folder removed after them.
 * The handle always reads the emulator now running; `restart()` stops it and starts it again on the same
 * folder and port (the URL the SDK already points at).
 */
export function useSdkEmulator(): Omit<Running, 'close'> & { restart(): Promise<void> } {
  const { now, replace } = useStarted(
    () => startWithSdk(),
    'the emulator',
    async (emu) => {
      await emu.close();
      removeDir(emu.dataDir);
    },
  );
  return Object.assign(forwarding(now, ['url', 'serviceUrl', 'port', 'dataDir', 'cloud']), {
    async restart() {
      const { dataDir, port } = now();
      await now().close();
      replace(await startWithSdk(dataDir, port));
    },
  });
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<{ errCode?: number; errMsg?: string }> {
  try {
    await p;
  } catch (e) {
    return e as { errCode?: number; errMsg?: string };
  }
  throw new Error('expected the call to fail');
}

/** GET on a fresh connection (a pooled keep-alive socket would not survive an emulator restart). */
export function getJson(url: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}
