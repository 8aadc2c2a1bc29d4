import type { ZodType } from 'zod';
import { COLLECTIONS } from '../../contracts/collections';
import { byId } from './docs';

/**
 * A `settings` document read through its schema: a missing document means `fallback`; a malformed one is
 * logged (`malformed` says what applies instead) and `fallback` applies, so a bad setting never breaks the
 * actions that read it.
 */
export async function readSetting<T>(id: string, schema: ZodType<T>, fallback: T, malformed: string): Promise<T> {
  const doc = await byId<Record<string, unknown>>(COLLECTIONS.settings, id);
  if (!doc) return fallback;
  const { _id: _ignored, ...fields } = doc;
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    console.error(malformed, parsed.error.issues);
    return fallback;
  }
  return parsed.data;
}

export type CachedRead<T> = {
  /** The value read at most `ttlMs` ago (of the invocation's `now`), else one fresh read. */
  load(now: number): Promise<T>;
  /** Forget the kept value: the next load reads again. */
  forget(): void;
};

/**
 * One read kept by this function instance for `ttlMs` of the invocation's `now`: a change reaches every
 * instance within it, and actions that need the value cost no read for it meanwhile.
 */
export function cachedRead<T>(ttlMs: number, read: () => Promise<T>): CachedRead<T> {
  let kept: { at: number; value: T } | undefined;
  return {
    async load(now) {
      if (kept && Math.abs(now - kept.at) < ttlMs) return kept.value;
      const value = await read();
      kept = { at: now, value };
      return value;
    },
    forget() {
      kept = undefined;
    },
  };
}
