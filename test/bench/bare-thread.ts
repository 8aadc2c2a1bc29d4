/**
 * The bare wx-server-sdk on a thread of its own — where the gateway's function instances run
 * (emulator/gateway/function-threads.ts) — for bare-sdk.ts. Its SDK reads the local CloudBase's address and
 * credentials from the environment the thread was started with (a copy of the bench's, set by the gateway).
 * `calls` one-document reads in a row per loop, `loops` loops by `callers` callers in a closed loop; answers
 * the seconds taken and each loop's milliseconds, sorted.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { db } from '../../src/server/cloud';
import { ms } from './main';

export type BareJob = { collection: string; id: string; calls: number; loops: number; callers: number };
export type BareResult = { seconds: number; latency: number[] };

async function run({ collection, id, calls, loops, callers }: BareJob): Promise<BareResult> {
  const coll = db().collection(collection);
  const read = () => coll.where({ _id: id }).limit(1).get();
  // The SDK's connections to the database are opened before the clock, as the functions' are.
  await Promise.all(Array.from({ length: callers }, read));
  const latency: number[] = [];
  let next = 0;
  const t0 = ms();
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (next++ < loops) {
        const t = ms();
        for (let i = 0; i < calls; i++) await read();
        latency.push(ms() - t);
      }
    }),
  );
  const seconds = (ms() - t0) / 1000;
  return { seconds, latency: latency.sort((a, b) => a - b) };
}

run(workerData as BareJob).then((r) => parentPort!.postMessage(r));
