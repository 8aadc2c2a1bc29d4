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

/**
 * A view of what `now()` answers at the moment each of `keys` is read (methods called on it), so a handle
 * made before beforeAll works in tests and follows a restart.
 */
export function forwarding<T extends object, K extends keyof T>(now: () => T, keys: readonly K[]): Pick<T, K> {
  const view = {} as Pick<T, K>;
  for (const key of keys) {
    Object.defineProperty(view, key, {
      enumerable: true,
      get: () => {
        const target = now();
        const value = target[key];
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }
  return view;
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
