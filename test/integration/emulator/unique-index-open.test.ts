/**
 * Unique indexes across restarts and configuration: the key maps are rebuilt from snapshot + journal, a
 * refused batch never reaches the journal, data that breaks a newly declared index refuses to open, and
 * the project's cloudfunctions/database.json is what the gateway and the CLI enforce by default.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readCredentials } from '../../../emulator/auth';
import { startEmulator } from '../../../emulator/server';
import { startGateway } from '../../../emulator/gateway/server';
import { readIndexFile } from '../../../emulator/store/index-file';
import type { IndexDefinitions } from '../../../emulator/types';
import { pointSdkAtEmulator, startTestEmulator } from '../../helpers/emulator';
import { useTempDirs } from '../../helpers/lifecycle';

jest.setTimeout(30_000);
const cloud = require('wx-server-sdk');
const ROOT = path.resolve(__dirname, '../../..');
const tempDir = useTempDirs('emulator-uq-');

const indexes: IndexDefinitions = { slots: [{ name: 'slot_1', keys: { slot: 1 }, unique: true }] };
const slotsOf = async (db: any) =>
  Object.fromEntries((await db.collection('slots').orderBy('_id', 'asc').get()).data.map((d: any) => [d._id, d.slot]));

test('the key maps survive restarts (journal replay, then snapshot); a refused batch never reaches the journal', async () => {
  const dataDir = tempDir();
  let emu = await startTestEmulator({ dataDir, indexes });
  await emu.db.collection('slots').add({
    data: [
      { _id: 'a', slot: 'x' },
      { _id: 'b', slot: 'y' },
    ],
  });
  await emu.db
    .collection('slots')
    .doc('a')
    .update({ data: { slot: 'z' } });
  await expect(
    emu.db.collection('slots').add({
      data: [
        { _id: 'refused1', slot: 'w' },
        { _id: 'refused2', slot: 'y' },
      ],
    }),
  ).rejects.toThrow(/E11000/);
  await emu.close();
  const journal = fs.readdirSync(dataDir).filter((f) => f.startsWith('journal-'));
  expect(journal.map((f) => fs.readFileSync(path.join(dataDir, f), 'utf8')).join('')).not.toContain('refused');

  emu = await startTestEmulator({ dataDir, indexes, compactBytes: 1 });
  await expect(emu.db.collection('slots').add({ data: { _id: 'c', slot: 'y' } })).rejects.toThrow(
    'E11000 duplicate key error collection: slots index: slot_1 dup key: { slot: "y" }',
  );
  await expect(emu.db.collection('slots').add({ data: { _id: 'c', slot: 'z' } })).rejects.toThrow(/E11000/);
  await emu.db.collection('slots').add({ data: { _id: 'c', slot: 'x' } });
  await emu.close();
  expect(fs.readdirSync(dataDir)).toContain('snapshot.ejsonl');

  emu = await startTestEmulator({ dataDir, indexes });
  await expect(emu.db.collection('slots').add({ data: { slot: 'x' } })).rejects.toThrow(/E11000/);
  await emu.db.collection('slots').doc('b').remove();
  await emu.db.collection('slots').add({ data: { _id: 'd', slot: 'y' } });
  expect(await slotsOf(emu.db)).toEqual({ a: 'z', c: 'x', d: 'y' });
  await emu.close();
});

test('data that breaks a newly declared unique index: the open fails naming collection, index, value and documents', async () => {
  const dataDir = tempDir();
  let emu = await startTestEmulator({ dataDir });
  await emu.db.collection('slots').add({ data: [{ _id: 'a', slot: 'dup' }, { _id: 'b', slot: 'dup' }, { _id: 'c' }] });
  await emu.close();

  const err = await startEmulator({ dataDir, indexes }).catch((e: Error) => e);
  expect(err).toBeInstanceOf(Error);
  expect((err as Error).message).toContain('cannot build unique index slot_1 on collection slots: documents "a" and "b"');
  expect((err as Error).message).toContain('dup key: { slot: "dup" }');

  // the failed open left the folder usable: fix the data without the index, then the index builds
  emu = await startTestEmulator({ dataDir });
  await emu.db
    .collection('slots')
    .doc('b')
    .update({ data: { slot: 'fine' } });
  await emu.close();
  emu = await startTestEmulator({ dataDir, indexes });
  expect(await slotsOf(emu.db)).toEqual({ a: 'dup', b: 'fine', c: undefined });
  await expect(emu.db.collection('slots').add({ data: { slot: 'fine' } })).rejects.toThrow(/E11000/);
  await emu.close();
});

test('malformed definitions are refused before the data folder is touched', async () => {
  const dataDir = tempDir();
  await expect(startEmulator({ dataDir, indexes: { c: [{ name: 'x', keys: {}, unique: true }] } })).rejects.toThrow(
    /index "x" of collection c: keys must name at least one field/,
  );
  await expect(startEmulator({ dataDir, indexes: { c: [{ name: 'x', keys: { a: 'text' }, unique: true }] } })).rejects.toThrow(
    /unique index takes keys of 1 or -1/,
  );
  expect(fs.readdirSync(dataDir)).toEqual([]);
  const bad = path.join(dataDir, 'database.json');
  fs.writeFileSync(bad, JSON.stringify({ collections: { wishes: { indexes: {} } } }));
  expect(() => readIndexFile(bad)).toThrow(/collections\.wishes\.indexes must be a list/);
});

test('cloudfunctions/database.json declares the wish slots unique, and the gateway enforces it by default', async () => {
  const defs = readIndexFile(path.join(ROOT, 'cloudfunctions', 'database.json'));
  const unique = defs.wishes.filter((d) => d.unique).map((d) => [d.name, d.keys]);
  expect(unique).toEqual([
    ['claimSlot_1', { claimSlot: 1 }],
    ['ownerSlot_1', { ownerSlot: 1 }],
  ]);

  const gateway = await startGateway({ dataDir: tempDir(), port: 0 });
  try {
    pointSdkAtEmulator(`${gateway.emulatorUrl}/admin`, gateway.emulatorCredentials);
    const wishes = cloud.database().collection('wishes');
    await wishes.add({ data: { _id: 'w1', ownerSlot: 'u1#0', claimSlot: 'w1' } });
    await expect(wishes.add({ data: { _id: 'w2', ownerSlot: 'w2', claimSlot: 'w1' } })).rejects.toThrow(
      'E11000 duplicate key error collection: wishes index: claimSlot_1 dup key: { claimSlot: "w1" }',
    );
    await expect(wishes.add({ data: { _id: 'w3', ownerSlot: 'u1#0', claimSlot: 'w3' } })).rejects.toThrow(/index: ownerSlot_1/);
  } finally {
    await gateway.close();
  }
});

test('the CLI (emulator/main.ts) enforces the project file by default; --no-indexes turns it off', async () => {
  const run = async (extra: string[], expectRefused: boolean) => {
    const dataDir = tempDir();
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', 'emulator/main.ts', '--data', dataDir, '--port', '0', '--no-plugins', ...extra],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const exited = new Promise<void>((r) => proc.once('exit', () => r()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        proc.stdout!.on('data', (c) => {
          out += c;
          const m = /emulator listening on (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1]);
        });
        proc.once('exit', (code) => reject(new Error(`emulator exited (${code}) before listening`)));
      });
      pointSdkAtEmulator(`${url}/admin`, readCredentials(dataDir));
      const wishes = cloud.database().collection('wishes');
      await wishes.add({ data: { ownerSlot: 'u1#0', claimSlot: 'a' } });
      const second = wishes.add({ data: { ownerSlot: 'u1#0', claimSlot: 'b' } });
      if (expectRefused) await expect(second).rejects.toThrow(/E11000 duplicate key error collection: wishes index: ownerSlot_1/);
      else await expect(second).resolves.toBeTruthy();
    } finally {
      proc.kill('SIGTERM');
      await exited;
    }
  };
  await run([], true);
  await run(['--no-indexes'], false);
});
