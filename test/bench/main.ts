/** How a bench file runs on its own (`tsx test/bench/<file>.ts`): the bench, then exit 0, or the error and exit 1. */
export function runWhenMain(mod: NodeModule, bench: () => Promise<unknown>): void {
  if (require.main !== mod) return;
  bench().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}

/** Milliseconds on the monotonic clock (for latencies). */
export const ms = () => Number(process.hrtime.bigint()) / 1e6;

/**
 * Sends `count` calls — all at once, or `concurrency` callers one after another — and answers each call's
 * answer (by index), the seconds the whole took and the latencies, sorted.
 */
export async function timedCalls<A>(count: number, concurrency: number | 'all', send: (i: number) => Promise<A>) {
  const latency: number[] = [];
  const answers: A[] = new Array(count);
  let next = 0;
  const one = async (i: number) => {
    const t = ms();
    answers[i] = await send(i);
    latency.push(ms() - t);
  };
  const t0 = ms();
  if (concurrency === 'all') await Promise.all(Array.from({ length: count }, (_, i) => one(i)));
  else
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < count) await one(next++);
      }),
    );
  const seconds = (ms() - t0) / 1000;
  latency.sort((a, b) => a - b);
  return { answers, seconds, latency };
}
