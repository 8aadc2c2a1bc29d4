/** The timer's batches: at most 100 documents per read, a few handled at once, until done or out of time. */
export const BATCH_SIZE = 100;
const PARALLEL = 10;

export type Job<T> = {
  name: string;
  /** The next due documents (those handled leave the query, so no paging is needed). */
  fetch(limit: number): Promise<T[]>;
  /** Handles one; true when it changed something. Must be idempotent: a conditional write per document. */
  handle(item: T): Promise<boolean>;
};

export type JobResult = { done: number; complete: boolean };

async function eachLimit<T>(items: T[], parallel: number, fn: (item: T) => Promise<boolean>): Promise<boolean[]> {
  const out: boolean[] = new Array(items.length).fill(false);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]).catch((err: unknown) => {
        console.error('[timer] one item failed; the next run tries again', err);
        return false;
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
  return out;
}

/**
 * Runs a job batch after batch until nothing is due or `deadline` (a wall-clock time) passes; the next
 * run carries on where this one stopped. A full batch in which nothing changed stops it too, so a
 * document that keeps failing cannot spin the loop.
 */
export async function drain<T>(job: Job<T>, deadline: number): Promise<JobResult> {
  let done = 0;
  while (Date.now() < deadline) {
    const batch = await job.fetch(BATCH_SIZE);
    if (!batch.length) return { done, complete: true };
    const changed = (await eachLimit(batch, PARALLEL, job.handle)).filter(Boolean).length;
    done += changed;
    if (batch.length < BATCH_SIZE) return { done, complete: true };
    if (changed === 0) return { done, complete: false };
  }
  return { done, complete: false };
}
