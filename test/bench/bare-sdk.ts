import { join } from 'node:path';
import { tsWorker } from '../../emulator/ts-worker';
import type { BareJob, BareResult } from './bare-thread';

/**
 * The bare wx-server-sdk against the local CloudBase, measured where the functions' own SDK runs: on a
 * thread beside the gateway and the database (bare-thread.ts), so the bound a run is compared with comes
 * from the same arrangement as the run. Start the gateway first (it points the SDK at the database).
 */
export function bareSdk(job: BareJob): Promise<BareResult> {
  return new Promise((resolve, reject) => {
    const worker = tsWorker(join(__dirname, 'bare-thread.ts'), job);
    worker.once('message', (r: BareResult) => {
      resolve(r);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the bare SDK's thread exited (code ${code}) before answering`)));
  });
}

/** One-document reads per second: `reads` of them by `callers` at once. */
export async function bareRate(collection: string, id: string, reads: number, callers: number): Promise<number> {
  const { seconds } = await bareSdk({ collection, id, calls: 1, loops: reads, callers });
  return reads / seconds;
}
