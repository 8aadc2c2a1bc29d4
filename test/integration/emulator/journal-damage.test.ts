/**
 * A damaged journal or snapshot never loses acknowledged writes silently: the start refuses with the file,
 * the byte offset and the repair command; `npm run db:repair` (run as a child process) keeps every intact
 * batch, also those after the damage. Only an incomplete last line (a write cut short) is dropped silently.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startEmulator } from '../../../emulator/server';
import { startTestEmulator } from '../../helpers/emulator';
import { useTempDirs } from '../../helpers/lifecycle';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '../../..');
const tempDir = useTempDirs('emulator-journal-');

/** Offsets of each line of a file: [start, index of its newline). */
function lines(buf: Buffer): Array<{ start: number; end: number }> {
  const out = [];
  for (let start = 0, end = buf.indexOf(10); end !== -1; start = end + 1, end = buf.indexOf(10, start)) out.push({ start, end });
  return out;
}

/** Writes `n` documents `d0…` through the SDK (8 at a time), then stops the emulator. */
/** Writes n documents (8 writers at once) and stops the emulator; answers the store file `name` and its bytes. */
async function writeDocs(
  dataDir: string,
  n: number,
  opts: { compactBytes?: number } = {},
  name = 'journal-0.ejsonl',
): Promise<{ file: string; buf: Buffer }> {
  const emu = await startTestEmulator({ dataDir, ...opts });
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < n; i = next++)
      await emu.db.collection('docs').add({ data: { _id: `d${i}`, i, at: new Date(1_700_000_000_000 + i) } });
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  await emu.close();
  const file = path.join(dataDir, name);
  return { file, buf: fs.readFileSync(file) };
}

async function idsIn(dataDir: string): Promise<Set<string>> {
  const emu = await startTestEmulator({ dataDir });
  try {
    const out = new Set<string>();
    for (let skip = 0; ; skip += 1000) {
      const { data } = await emu.db.collection('docs').orderBy('_id', 'asc').skip(skip).limit(1000).field({ _id: true }).get();
      data.forEach((d: { _id: string }) => out.add(d._id));
      if (data.length < 1000) return out;
    }
  } finally {
    await emu.close();
  }
}

/** Runs `npm run db:repair -- --data DIR` as a user would. */
function dbRepair(dir: string) {
  const res = spawnSync('npm', ['run', '--silent', 'db:repair', '--', '--data', dir], { cwd: ROOT, encoding: 'utf8' });
  return { status: res.status, out: res.stdout + res.stderr };
}

/** The start is refused with the file and offset, leaves the files untouched and can be retried. */
async function expectRefused(dataDir: string, file: string, offset: number, reason: RegExp): Promise<string> {
  const before = fs.readFileSync(path.join(dataDir, file));
  const err: Error = await startEmulator({ dataDir }).then(
    () => {
      throw new Error('the emulator started on a damaged folder');
    },
    (e: Error) => e,
  );
  expect(err.message).toContain(`${path.join(fs.realpathSync(dataDir), file)} is damaged at byte offset ${offset} `);
  expect(err.message).toMatch(reason);
  expect(err.message).toContain(`npm run db:repair -- --data ${fs.realpathSync(dataDir)}`);
  expect(err.message).not.toMatch(/is not iterable/);
  expect(fs.readFileSync(path.join(dataDir, file)).equals(before)).toBe(true);
  expect(fs.existsSync(path.join(dataDir, 'LOCK'))).toBe(false); // released: db:repair may run
  await expect(startEmulator({ dataDir })).rejects.toThrow(/is damaged at byte offset/);
  return err.message;
}

test('one corrupted byte in the middle of the journal refuses the start, naming the file and the byte offset', async () => {
  const dataDir = tempDir();
  const { file, buf } = await writeDocs(dataDir, 20);
  const line = lines(buf)[10];
  const at = line.start + Math.floor((line.end - line.start) * 0.75);
  buf[at] = buf[at] === 0x41 ? 0x42 : 0x41;
  fs.writeFileSync(file, buf);
  await expectRefused(dataDir, 'journal-0.ejsonl', line.start, /checksum mismatch/);
});

test('400 writes and a zero-filled line in the middle: refused; db:repair keeps the other 399 and says what it dropped', async () => {
  const appDir = tempDir();
  const dataDir = path.join(appDir, 'cloudbase'); // the gateway's layout: db:repair is given the app folder
  const { file, buf } = await writeDocs(dataDir, 400);
  expect(lines(buf)).toHaveLength(400);
  const line = lines(buf)[200];
  const lost = /"_id":"(d\d+)"/.exec(buf.toString('utf8', line.start, line.end))![1];
  buf.fill(0, line.start, line.end + 1); // its newline too: the next line must survive anyway
  fs.writeFileSync(file, buf);
  await expectRefused(dataDir, 'journal-0.ejsonl', line.start, /no "<length> <crc32> " prefix/);

  const repaired = dbRepair(appDir);
  expect(repaired.out).toContain(`kept 399 batches, dropped 1 damaged region(s) holding about 1 batches`);
  expect(repaired.out).toContain(`dropped journal-0.ejsonl at byte offset ${line.start}, length ${line.end + 1 - line.start} bytes`);
  expect(repaired.status).toBe(0);
  const backups = fs.readdirSync(dataDir).filter((f) => f.startsWith('journal-0.ejsonl.damaged-'));
  expect(backups).toHaveLength(1);
  expect(fs.readFileSync(path.join(dataDir, backups[0])).equals(buf)).toBe(true);

  const ids = await idsIn(dataDir);
  expect(ids.size).toBe(399);
  expect(ids.has(lost)).toBe(false);
  expect([...Array(400).keys()].map((i) => `d${i}`).filter((id) => id !== lost && !ids.has(id))).toEqual([]);
  const again = dbRepair(appDir);
  expect(again.out).toMatch(/journal-0\.ejsonl: intact, 399 batches — nothing to do\nnothing to repair/);
  expect(again.status).toBe(0);
});

test('a line of valid JSON in the wrong shape is refused clearly (not "ops is not iterable"), plain or checksummed', async () => {
  const legacyDir = tempDir();
  fs.writeFileSync(
    path.join(legacyDir, 'journal-0.ejsonl'),
    '{"ops":[{"op":"create","c":"docs"}]}\n{"foo":1}\n{"ops":[{"op":"put","c":"docs","d":{"i":1}}]}\n{"ops":[{"op":"put","c":"docs","d":{"_id":"d2"}}]}\n',
  );
  const message = await expectRefused(legacyDir, 'journal-0.ejsonl', 37, /\(56 bytes: not a batch \{ ops: \[\.\.\.\] \}\)\. /); // both bad lines, one region
  expect(message).toContain('(2 batches)'); // the intact ones, before and after

  const dataDir = tempDir();
  const { file, buf: good } = await writeDocs(dataDir, 6);
  const at = lines(good)[3].start;
  const payload = '{"ops":{"op":"put"}}';
  const framed = `${payload.length} ${require('node:zlib').crc32(payload).toString(16).padStart(8, '0')} ${payload}\n`;
  fs.writeFileSync(file, Buffer.concat([good.subarray(0, at), Buffer.from(framed), good.subarray(at)]));
  await expectRefused(dataDir, 'journal-0.ejsonl', at, /not a batch \{ ops: \[\.\.\.\] \}/);
  const payload2 = '{"ops":[{"op":"put","c":"docs","d":{"i":1}}]}';
  const framed2 = `${payload2.length} ${require('node:zlib').crc32(payload2).toString(16).padStart(8, '0')} ${payload2}\n`;
  fs.writeFileSync(file, Buffer.concat([good.subarray(0, at), Buffer.from(framed2), good.subarray(at)]));
  await expectRefused(dataDir, 'journal-0.ejsonl', at, /op 0 \(put\) has no document with a valid _id/);
});

test('a torn last batch (a write cut short) is dropped and cut off silently, as before', async () => {
  const dataDir = tempDir();
  const { file, buf: good } = await writeDocs(dataDir, 10);
  const last = lines(good)[9];
  fs.appendFileSync(file, good.subarray(last.start, last.start + 40)); // the first 40 bytes of one more line
  const ids = await idsIn(dataDir);
  expect(ids.size).toBe(10);
  expect(fs.readFileSync(file).equals(good)).toBe(true);
  // zeros at the end (a file extended but not written before a power cut) are a torn tail too
  fs.appendFileSync(file, Buffer.alloc(300));
  expect((await idsIn(dataDir)).size).toBe(10);
  expect(fs.statSync(file).size).toBe(good.length);
});

test('a damaged snapshot line refuses the start; db:repair drops only that document', async () => {
  const dataDir = tempDir();
  const { file, buf } = await writeDocs(dataDir, 60, { compactBytes: 2048 }, 'snapshot.ejsonl');
  const line = lines(buf)[5];
  buf[line.start + 20] ^= 0x01;
  fs.writeFileSync(file, buf);
  await expectRefused(dataDir, 'snapshot.ejsonl', line.start, /checksum mismatch/);
  const repaired = dbRepair(dataDir);
  expect(repaired.out).toContain(`dropped snapshot.ejsonl at byte offset ${line.start}, length ${line.end + 1 - line.start} bytes`);
  expect(repaired.status).toBe(0);
  expect((await idsIn(dataDir)).size).toBe(59);
});

test('db:repair refuses while the folder is in use, and on a folder without store files', async () => {
  const dataDir = tempDir();
  const emu = await startTestEmulator({ dataDir });
  await emu.db.collection('docs').add({ data: { _id: 'a' } });
  const busy = dbRepair(dataDir);
  await emu.close();
  expect(busy.out).toMatch(/in use by process \d+: stop it first/);
  expect(busy.status).toBe(1);
  const empty = dbRepair(tempDir());
  expect(empty.out).toMatch(/holds no store files/);
  expect(empty.status).toBe(1);
});

test('a data folder in the first format (plain EJSON lines) still opens; new writes are checksummed', async () => {
  const dataDir = tempDir();
  const date = { $date: { $numberLong: '1700000000000' } };
  fs.writeFileSync(
    path.join(dataDir, 'snapshot.ejsonl'),
    `{"generation":2,"collections":["docs"]}\n{"c":"docs","d":{"_id":"old1","at":${JSON.stringify(date)}}}\n`,
  );
  fs.writeFileSync(path.join(dataDir, 'journal-1.ejsonl'), '{"ops":[{"op":"put","c":"docs","d":{"_id":"stale"}}]}\n');
  fs.writeFileSync(path.join(dataDir, 'journal-2.ejsonl'), '{"ops":[{"op":"put","c":"docs","d":{"_id":"old2","n":2}}]}\n');
  let emu = await startTestEmulator({ dataDir });
  expect((await emu.db.collection('docs').doc('old1').get()).data.at).toEqual(new Date(1_700_000_000_000));
  expect((await emu.db.collection('docs').doc('old2').get()).data.n).toBe(2);
  await emu.db.collection('docs').add({ data: { _id: 'new1' } });
  await emu.close();
  const journal = fs.readFileSync(path.join(dataDir, 'journal-2.ejsonl'), 'utf8').split('\n');
  expect(journal[0]).toMatch(/^\{"ops"/);
  expect(journal[1]).toMatch(/^\d+ [0-9a-f]{8} \{"ops":\[\{"op":"put","c":"docs","d":\{"_id":"new1"\}\}\]\}$/);
  expect(fs.existsSync(path.join(dataDir, 'journal-1.ejsonl'))).toBe(false);
  emu = await startTestEmulator({ dataDir });
  const ids = (await emu.db.collection('docs').get()).data.map((d: { _id: string }) => d._id);
  expect(ids.sort()).toEqual(['new1', 'old1', 'old2']);
  await emu.close();
});
