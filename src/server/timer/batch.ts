import type { Budget, JobOutcome } from './job';

/** At most this many documents per read (CloudBase's own cap is 100 per query), a few handled at once. */
export const BATCH_SIZE = 100;
const PARALLEL = 10;

/**
 * The due items of a job, read in batches in one stable order (a time field, then `_id`). `after` is the
 * last item of the previous batch: each read starts strictly past it, so one run never sees a document
 * twice and an item that keeps failing is passed over (and tried again on the next run), never re-read in
 * a loop. Items handled leave the query, so the next run starts from the beginning and meets only what is
 * still due.
 */
export type DueSource<T, C> = {
  fetch(after: C | undefined, limit: number): Promise<T[]>;
  /** Where the order stands at `item` (e.g. `{ at: item.claimedAt, id: item._id }`). */
  cursorOf(item: T): C;
  /** Handles one; true when it changed it. One conditional write, so a concurrent run changes it at most once. */
  handle(item: T): Promise<boolean>;
};

/** Handles items with `PARALLEL` workers, starting none after `deadline`; answers how many started and changed. */
async function eachUntil<T>(items: T[], deadline: number, fn: (item: T) => Promise<boolean>) {
  let next = 0;
  let changed = 0;
  let failed = 0;
  let firstError: unknown;
  const worker = async () => {
    while (next < items.length && Date.now() < deadline) {
      const item = items[next++];
      try {
        if (await fn(item)) changed++;
      } catch (err) {
        failed++;
        firstError ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
  if (failed) {
    const first = (firstError as Error)?.message ?? String(firstError);
    console.error(`[timer] ${failed} of ${next} item(s) failed; the next run tries them again. First: ${first}`);
  }
  return { started: next, changed };
}

/** Runs a job batch after batch until nothing more is due or the budget is spent. */
export async function drain<T, C>(source: DueSource<T, C>, budget: Budget): Promise<JobOutcome> {
  let done = 0;
  let after: C | undefined;
  while (Date.now() < budget.deadline) {
    const batch = await source.fetch(after, BATCH_SIZE);
    const { started, changed } = await eachUntil(batch, budget.deadline, source.handle);
    done += changed;
    if (started < batch.length) return { done, more: true };
    if (batch.length < BATCH_SIZE) return { done, more: false };
    after = source.cursorOf(batch[batch.length - 1]);
  }
  return { done, more: true };
}
