/**
 * The project creates its collections itself, as an operator does in the CloudBase console: every gateway
 * start creates each collection of COLLECTIONS that is missing — on a new data folder, on one that
 * predates a collection, and again on every start without harm — and the demo seed runs on top of them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTIONS } from '@/contracts/collections';
import { db } from '@/server/cloud';
import { startGateway } from '../../../emulator/gateway/server';
import { ensureCollections } from '../../../emulator/seed';
import { startEmulator } from '../../../emulator/server';

const NAMES = Object.values(COLLECTIONS);
let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fid-seed-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Counts per collection: a collection that was never created rejects (DATABASE_COLLECTION_NOT_EXIST). */
const counts = async () =>
  Object.fromEntries(await Promise.all(NAMES.map(async (n) => [n, ((await db().collection(n).count()) as { total: number }).total])));

/** Each name that createCollection refuses as existing (it creates, and so reports, any that is missing). */
async function existing(): Promise<string[]> {
  const out: string[] = [];
  for (const n of NAMES) {
    const created = await db()
      .createCollection(n)
      .then(() => true)
      .catch((e: { code?: string }) => (e.code === 'DATABASE_COLLECTION_ALREADY_EXIST' ? false : Promise.reject(e)));
    if (!created) out.push(n);
  }
  return out;
}

test('a new data folder: the gateway start creates every collection, empty', async () => {
  const gateway = await startGateway({ dataDir: dir, port: 0 });
  try {
    expect(await existing()).toEqual(NAMES);
    expect(Object.values(await counts()).every((c) => c === 0)).toBe(true);
    expect(await ensureCollections()).toEqual([]);
  } finally {
    await gateway.close();
  }
}, 120_000);

test('an existing data folder that lacks some collections: the start adds them and keeps the data; restarts are harmless', async () => {
  const old = await startEmulator({ dataDir: join(dir, 'cloudbase'), port: 0 });
  old.store.insert(COLLECTIONS.users, { _id: 'u-old', nickname: 'kept' });
  await old.close();

  for (let start = 0; start < 2; start++) {
    const gateway = await startGateway({ dataDir: dir, port: 0 });
    try {
      expect(await existing()).toEqual(NAMES);
      const kept = (await db().collection(COLLECTIONS.users).doc('u-old').get()) as { data: unknown };
      expect(kept.data).toEqual({ _id: 'u-old', nickname: 'kept' });
    } finally {
      await gateway.close();
    }
  }
}, 120_000);

test('the demo seed runs on a new folder and finds every collection in place', async () => {
  const gateway = await startGateway({ dataDir: dir, port: 0, seed: true });
  try {
    expect(await existing()).toEqual(NAMES);
    const c = await counts();
    expect(c[COLLECTIONS.users]).toBe(7);
    expect(c[COLLECTIONS.orgNodes]).toBeGreaterThan(0);
    expect(c[COLLECTIONS.auditLogs]).toBe(0);
  } finally {
    await gateway.close();
  }
}, 120_000);
