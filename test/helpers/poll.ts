/** The tests' one poller: waiting for what happens after a call answered (a sandbox's notification, a verdict's later writes). */

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export type PollOptions = {
  /** How long to wait in all (default 10 s). */
  timeoutMs?: number;
  /** The pause between two reads (default 100 ms; an in-memory read may poll faster). */
  everyMs?: number;
  /** What is awaited, for the error when it never comes (the last value read is added). */
  what?: string;
};

/**
 * Reads `read()` until `check` holds for what it answered, and answers that value; when `timeoutMs` passed
 * first it fails, naming `what` and the last value read — never a silent fall-through.
 */
export async function eventually<T>(
  read: () => T | Promise<T>,
  check: (value: T) => boolean,
  { timeoutMs = 10_000, everyMs = 100, what = 'still not there' }: PollOptions = {},
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > until) throw new Error(`${what} after ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await sleep(everyMs);
  }
}
