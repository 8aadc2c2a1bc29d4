/**
 * Journal write throughput: acknowledged writes/s through the real wx-server-sdk with 200 concurrent writers
 * for a few seconds, in both durability modes (docs/journal.md), side by side. The emulator runs in this
 * process as under `npm start`; the data folder is a fresh one under the OS temp folder (a real disk here:
 * fdatasync on tmpfs would cost nothing and the comparison would mean little).
 *   npx tsx test/bench/journal.ts        (also part of `npm run bench`)
 */
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestEmulator } from '../helpers/emulator';
import { table } from './table';
import { runWhenMain } from './main';

const WRITERS = 200;
/** per timed run; each mode runs twice, in the order process, power, power, process (after a warm-up) */
const SECONDS = 2.5;
/** bounds the run whatever the disk: no mode writes more than this */
const MAX_WRITES = 30_000;

type Mode = 'process' | 'power';
interface Run {
  mode: Mode;
  acked: number;
  seconds: number;
  syncs: number;
}

async function measure(mode: Mode, seconds: number, writers = WRITERS): Promise<Run> {
  const dataDir = fs.mkdtempSync(path.join(tmpdir(), `bench-journal-${mode}-`));
  const emu = await startTestEmulator({ dataDir, durability: mode });
  const realSync = fs.fdatasync;
  let syncs = 0;
  try {
    const coll = emu.db.collection('bench_journal');
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => coll.add({ data: { _id: `warm-${w}` } })));
    // count the journal's fdatasyncs during the timed part only
    fs.fdatasync = ((...args: Parameters<typeof fs.fdatasync>) => {
      syncs++;
      return realSync(...args);
    }) as typeof fs.fdatasync;
    let acked = 0;
    let started = 0;
    const start = process.hrtime.bigint();
    const deadline = Date.now() + seconds * 1000;
    const writer = async (w: number) => {
      for (let i = 0; Date.now() < deadline && started < MAX_WRITES; i++) {
        started++;
        await coll.add({ data: { _id: `w${w}-${i}`, w, i, at: new Date(), payload: 'x'.repeat(200) } });
        acked++;
      }
    };
    await Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
    return { mode, acked, seconds: Number(process.hrtime.bigint() - start) / 1e9, syncs };
  } finally {
    fs.fdatasync = realSync;
    await emu.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function journalBench(): Promise<void> {
  console.log(`\n## journal write throughput (${WRITERS} concurrent SDK writers, 2 × ${SECONDS} s per mode, acknowledged writes)\n`);
  await measure('process', 1); // warm-up: the first run of a process is slower whatever its mode
  const timed: Run[] = [];
  for (const mode of ['process', 'power', 'power', 'process'] as const) timed.push(await measure(mode, SECONDS));
  const total = (mode: Mode): Run =>
    timed
      .filter((r) => r.mode === mode)
      .reduce((a, r) => ({ mode, acked: a.acked + r.acked, seconds: a.seconds + r.seconds, syncs: a.syncs + r.syncs }));
  const runs = [total('process'), total('power')];
  const rate = (r: Run) => r.acked / r.seconds;
  const rows = runs.map((r) => [
    r.mode === 'power' ? "power (npm start's default)" : 'process (--fast-writes, tests)',
    `${r.acked}`,
    r.seconds.toFixed(2),
    rate(r).toFixed(0),
    `${r.syncs}`,
    r.syncs ? (r.acked / r.syncs).toFixed(1) : '—',
  ]);
  console.log(table(['durability', '>writes', '>seconds', '>writes/s', '>fdatasyncs', '>writes per fdatasync'], rows));
  const [fast, durable] = runs;
  console.log(
    `\npower / process = ${(rate(durable) / rate(fast)).toFixed(2)} (group commit: writes arriving during an fdatasync share the next one)`,
  );
  const alone = [await measure('process', 1, 1), await measure('power', 1, 1)];
  console.log(
    `one writer alone, ms per acknowledged write: ${alone.map((r) => `${r.mode} ${((r.seconds * 1000) / r.acked).toFixed(2)}`).join(', ')}`,
  );
}

runWhenMain(module, journalBench);
