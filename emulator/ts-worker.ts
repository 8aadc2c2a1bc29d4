import { Worker } from 'node:worker_threads';

const TSX = JSON.stringify(require.resolve('tsx/cjs/api'));

/**
 * A worker thread running the TypeScript module `file` (an absolute path) with `workerData`: the thread
 * registers tsx's require hook first, as npm start, the tests and the bench all run TypeScript sources.
 */
export function tsWorker(file: string, workerData: unknown): Worker {
  return new Worker(`require(${TSX}).register(); require(${JSON.stringify(file)});`, { eval: true, workerData });
}
