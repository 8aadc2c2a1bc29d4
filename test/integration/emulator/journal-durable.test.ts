/**
 * durability 'power': an SDK write is answered only after an fdatasync of the journal that started after the
 * write was journaled, and concurrent writes share fdatasyncs (group commit). fs.fdatasync is observed (and
 * held back) with a spy; the store itself is the real one behind the real wx-server-sdk.
 */
import fs from 'node:fs';
import { startTestEmulator, type TestEmulator } from '../../helpers/emulator';
import { eventually, sleep } from '../../helpers/poll';

jest.setTimeout(120_000);

const real = fs.fdatasync;

/**
 * Spies on fs.fdatasync; while `held`, each call completes only when the test releases it; `slowMs` makes
 * each take that much longer (a slower disk than this machine's, where an fdatasync takes ~0.2 ms).
 */
function watchSyncs(slowMs = 0) {
  const pending: Array<() => void> = [];
  const state = { calls: 0, done: 0, held: false };
  const spy = jest.spyOn(fs, 'fdatasync').mockImplementation(((fd: number, cb: (err: NodeJS.ErrnoException | null) => void) => {
    state.calls++;
    const run = () =>
      real(fd, (err) =>
        setTimeout(() => {
          state.done++;
          cb(err);
        }, slowMs),
      );
    if (state.held) pending.push(run);
    else run();
  }) as typeof fs.fdatasync);
  return {
    state,
    releaseOne: () => pending.shift()?.(),
    get waiting() {
      return pending.length;
    },
    restore: () => spy.mockRestore(),
  };
}

const until = (cond: () => boolean, what: string) =>
  eventually(cond, (held) => held, { timeoutMs: 20_000, everyMs: 5, what: `waiting for ${what}` });

function track(p: Promise<unknown>) {
  const t = { settled: false, error: undefined as unknown };
  p.then(
    () => {
      t.settled = true;
    },
    (e) => {
      t.settled = true;
      t.error = e;
    },
  );
  return t;
}

let emu: TestEmulator | undefined;
afterEach(async () => {
  jest.restoreAllMocks();
  await emu?.close();
  emu = undefined;
});

test('an answer waits for the fdatasync of its batch; writes arriving meanwhile share the next one', async () => {
  emu = await startTestEmulator({ durability: 'power' });
  const coll = emu.db.collection('gc');
  const syncs = watchSyncs();
  syncs.state.held = true;

  const first = track(coll.add({ data: { _id: 'first' } }));
  await until(() => syncs.waiting === 1, 'the first fdatasync');
  await sleep(300);
  expect(first.settled).toBe(false); // journaled, not yet on disk: not answered

  const rest = Array.from({ length: 50 }, (_, i) => track(coll.add({ data: { _id: `r${i}` } })));
  await sleep(800); // all 50 reach the emulator and are journaled while the first sync runs
  expect(syncs.state.calls).toBe(1);
  syncs.releaseOne();
  await until(() => first.settled, 'the first answer');
  expect(first.error).toBeUndefined();
  await until(() => syncs.waiting === 1, 'the second fdatasync');
  await sleep(300);
  expect(rest.filter((t) => t.settled)).toHaveLength(0);

  syncs.state.held = false;
  syncs.releaseOne();
  await until(() => rest.every((t) => t.settled), 'the other answers');
  expect(rest.filter((t) => t.error)).toEqual([]);
  expect(syncs.state.calls).toBeLessThanOrEqual(3);
  expect((await coll.count()).total).toBe(51);
});

// How many share one sync depends on how many arrive while it runs: with a 10 ms sync, 200 writes that the
// SDK in this process sends over ~0.2 s share ~20 syncs (on this disk's 0.2 ms syncs, far fewer share one).
test.each([
  ['power', (n: number) => n >= 1 && n <= 200 / 4],
  ['process', (n: number) => n === 0],
] as const)(
  'durability %s: 200 concurrent writes with a 10 ms fdatasync cost far fewer syncs than writes (process: none)',
  async (durability, fits) => {
    emu = await startTestEmulator({ durability });
    const syncs = watchSyncs(10);
    const coll = emu.db.collection('many');
    await Promise.all(Array.from({ length: 200 }, (_, i) => coll.add({ data: { _id: `m${i}`, i } })));
    const calls = syncs.state.calls;
    syncs.restore();
    console.log(`durability ${durability}: 200 concurrent writes, ${calls} fdatasync calls`);
    expect(fits(calls)).toBe(true);
    expect((await coll.count()).total).toBe(200);
  },
);

test('with compaction: writes waiting for a sync when the snapshot is written are answered, and all are kept', async () => {
  emu = await startTestEmulator({ durability: 'power', compactBytes: 8192, keepData: true });
  const dataDir = emu.dataDir;
  const coll = emu.db.collection('cmp');
  await Promise.all(Array.from({ length: 300 }, (_, i) => coll.add({ data: { _id: `c${i}`, text: 'z'.repeat(100) } })));
  await emu.close();
  const journals = fs.readdirSync(dataDir).filter((f) => /^journal-\d+\.ejsonl$/.test(f));
  expect(journals).toHaveLength(1);
  expect(journals[0]).not.toBe('journal-0.ejsonl'); // compacted at least once
  emu = await startTestEmulator({ dataDir, durability: 'power' });
  expect((await emu.db.collection('cmp').count()).total).toBe(300);
  await emu.close();
  emu = undefined;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('writes of the store API (seeding) are synced at the latest when the emulator closes', async () => {
  emu = await startTestEmulator({ durability: 'power', keepData: true });
  const dataDir = emu.dataDir;
  emu.handle.store.insert('seeded', [{ _id: 'a' }, { _id: 'b' }]); // journaled; no answer waits for it
  const syncAtClose = jest.spyOn(fs, 'fdatasyncSync');
  await emu.close();
  expect(syncAtClose).toHaveBeenCalledTimes(1);
  emu = await startTestEmulator({ dataDir, durability: 'power' });
  expect((await emu.db.collection('seeded').count()).total).toBe(2);
  await emu.close();
  emu = undefined;
  fs.rmSync(dataDir, { recursive: true, force: true });
});
