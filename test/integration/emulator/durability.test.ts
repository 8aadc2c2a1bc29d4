/**
 * Durability: the emulator runs as its own process (emulator/main.ts), takes a stream of SDK writes, is
 * killed with SIGKILL mid-stream and restarted on the same data folder: every write whose SDK promise
 * resolved is there, with both durabilities ('process' and 'power', emulator/main.ts --durable; that 'power'
 * syncs before answering is shown in journal-durable.test.ts). Also: snapshot compaction, a torn journal
 * tail, and the data-folder lock.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readCredentials } from '../../../emulator/auth';
import { startEmulator } from '../../../emulator/server';
import { pointSdkAtEmulator, startTestEmulator } from '../../helpers/emulator';
import { useTempDirs } from '../../helpers/lifecycle';
import { killMidStream, spawnUntil } from '../../helpers/spawn-until';

jest.setTimeout(120_000);
// node-sdk arms a 3 s "slow request" warning per call and clears it only on success: the calls cut by the
// kill would keep jest alive and warn. SILENCE=true is node-sdk's switch for that warning.
process.env.SILENCE = 'true';

const cloud = require('wx-server-sdk');
const ROOT = path.resolve(__dirname, '../../..');
const tempDir = useTempDirs('emulator-dur-');

interface Child {
  proc: ChildProcess;
  url: string;
  exited: Promise<void>;
}

type Durability = 'process' | 'power';

async function launch(dataDir: string, durability: Durability): Promise<Child> {
  const args = ['--import', 'tsx', 'emulator/main.ts', '--data', dataDir, '--port', '0', '--no-plugins'];
  const ready = /emulator listening on (http:\/\/\S+)/;
  const { proc, match, exited } = await spawnUntil(durability === 'power' ? [...args, '--durable'] : args, ready, 'emulator', {
    cwd: ROOT,
  });
  return { proc, url: match[1], exited };
}

async function allIds(db: any, name: string): Promise<Set<string>> {
  const out = new Set<string>();
  for (let skip = 0; ; skip += 1000) {
    const { data } = await db.collection(name).orderBy('_id', 'asc').skip(skip).limit(1000).field({ _id: true }).get();
    data.forEach((d: any) => out.add(d._id));
    if (data.length < 1000) return out;
  }
}

test.each<Durability>(['process', 'power'])(
  'every write the SDK saw succeed survives kill -9 of the emulator process (durability %s)',
  async (durability) => {
    const dataDir = tempDir();
    let child = await launch(dataDir, durability);
    await expect(startEmulator({ dataDir })).rejects.toThrow(/in use by process/);
    pointSdkAtEmulator(`${child.url}/admin`, readCredentials(dataDir));
    const db = cloud.database();
    const _ = db.command;
    await db.collection('dur_counter').add({ data: { _id: 'c', n: 0 } });
    const acked: string[] = [];
    let incAttempted = 0;
    let incAcked = 0;
    // 8 writers: each adds a document, then increments the counter; killed once 400 adds were answered.
    await killMidStream(
      child,
      8,
      async (w, i) => {
        const id = `w${w}-${String(i).padStart(5, '0')}`;
        await db.collection('dur_docs').add({ data: { _id: id, w, i, at: new Date(), payload: 'x'.repeat(200) } });
        acked.push(id);
        incAttempted++;
        await db
          .collection('dur_counter')
          .doc('c')
          .update({ data: { n: _.inc(1) } });
        incAcked++;
      },
      () => acked.length >= 400,
      2,
    );

    child = await launch(dataDir, durability);
    pointSdkAtEmulator(`${child.url}/admin`, readCredentials(dataDir));
    try {
      const present = await allIds(db, 'dur_docs');
      const lost = acked.filter((id) => !present.has(id));
      expect(lost).toEqual([]);
      expect(present.size - acked.length).toBeLessThanOrEqual(8);
      const n = (await db.collection('dur_counter').doc('c').get()).data.n;
      expect(n).toBeGreaterThanOrEqual(incAcked);
      expect(n).toBeLessThanOrEqual(incAttempted);
      const sample = (await db.collection('dur_docs').doc(acked[0]).get()).data;
      expect(sample.at).toBeInstanceOf(Date);
      expect(sample.payload).toHaveLength(200);
    } finally {
      child.proc.kill('SIGTERM');
      await child.exited;
    }
  },
);

test('compaction writes a snapshot and a new journal; a torn journal tail is dropped; restarts keep everything', async () => {
  const dataDir = tempDir();
  let emu = await startTestEmulator({ dataDir, compactBytes: 4096 });
  const coll = () => emu.db.collection('cmp');
  for (let i = 0; i < 60; i++) await coll().add({ data: { _id: `d${i}`, i, text: 'y'.repeat(100) } });
  await coll()
    .where({ i: emu._.lt(10) })
    .update({ data: { low: true } });
  await coll()
    .where({ i: emu._.gte(50) })
    .remove();
  await emu.db.collection('empty_one').add({ data: { _id: 'gone' } });
  await emu.db.collection('empty_one').doc('gone').remove();
  await emu.close();

  const files = fs.readdirSync(dataDir);
  expect(files).toContain('snapshot.ejsonl');
  const journals = files.filter((f) => /^journal-\d+\.ejsonl$/.test(f));
  expect(journals).toHaveLength(1);
  expect(journals[0]).not.toBe('journal-0.ejsonl');
  fs.appendFileSync(path.join(dataDir, journals[0]), '{"ops":[{"op":"put","c":"cmp","d":{"_id":"torn"');

  emu = await startTestEmulator({ dataDir, compactBytes: 4096 });
  const check = async () => {
    expect((await coll().count()).total).toBe(50);
    expect((await coll().where({ low: true }).count()).total).toBe(10);
    expect((await coll().doc('d9').get()).data).toEqual({ _id: 'd9', i: 9, text: 'y'.repeat(100), low: true });
    expect(emu.handle.store.collections()).toContain('empty_one');
    await expect(coll().doc('torn').get()).rejects.toThrow(/does not exist/);
  };
  await check();
  await coll().add({ data: { _id: 'after', i: -1 } });
  await emu.close();
  emu = await startTestEmulator({ dataDir });
  await expect(startEmulator({ dataDir })).rejects.toThrow(/in use/);
  expect((await coll().doc('after').get()).data).toEqual({ _id: 'after', i: -1 });
  await coll().doc('after').remove();
  await check();
  await emu.close();
});
