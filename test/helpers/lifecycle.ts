/** Hooks several test helpers share: one started thing per test file, temporary data folders. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Registers beforeAll (`start()`) and afterAll (`stop`, by default `close()`) for a test file. `now()` reads
 * what runs now (it throws outside tests and hooks); `replace()` swaps in a restarted one, which afterAll stops.
 */
export function useStarted<T extends { close(): Promise<unknown> | unknown }>(
  start: () => Promise<T>,
  what: string,
  stop: (running: T) => Promise<unknown> | unknown = (running) => running.close(),
): { now(): T; replace(next: T): void } {
  let running: T | undefined;
  beforeAll(async () => {
    running = await start();
  });
  afterAll(async () => {
    if (running) await stop(running);
  });
  return {
    now() {
      if (!running) throw new Error(`${what} starts in beforeAll — use it inside tests or hooks`);
      return running;
    },
    replace(next) {
      running = next;
    },
  };
}

/** A fresh temporary folder per call, all removed after the file's tests. */
export function useTempDirs(prefix: string): () => string {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  return () => {
    const d = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(d);
    return d;
  };
}
