import { COLLECTIONS } from '../../contracts/collections';
import { db } from '../cloud';

/** A limit: at most `limit` hits per fixed window of `windowMs`. */
export type LimitRule = { limit: number; windowMs: number };

export type LimitDoc = { _id: string; key: string; count: number; windowStart: number; expiresAt: number };

const isDuplicate = (err: unknown) => /E11000|duplicate key/i.test(String((err as Error)?.message ?? err));

/**
 * Takes one hit of `key` under `rule` at `now`; answers false when the window is already full.
 *
 * The count lives in `rate_limits` (one document per key and window, `_id` = `key@windowIndex`), because
 * functions run as many instances: a count in memory would be per instance. Race-free by a conditional
 * increment (`count < limit`, check `stats.updated`) and the unique `_id`: of N callers creating the same
 * window at once, one insert wins and the others fall back to the conditional increment. Cost: one write
 * while the window exists, two for the first hit of a window or a refused hit.
 */
export async function takeHit(key: string, rule: LimitRule, now: number): Promise<boolean> {
  const index = Math.floor(now / rule.windowMs);
  const id = `${key}@${index}`;
  const coll = db().collection(COLLECTIONS.rateLimits);
  const _ = db().command;
  const bump = async () => {
    const res = (await coll.where({ _id: id, count: _.lt(rule.limit) }).update({ data: { count: _.inc(1) } })) as {
      stats?: { updated?: number };
    };
    return (res.stats?.updated ?? 0) === 1;
  };
  if (await bump()) return true;
  const windowStart = index * rule.windowMs;
  const doc: LimitDoc = { _id: id, key, count: 1, windowStart, expiresAt: windowStart + 2 * rule.windowMs };
  try {
    await coll.add({ data: doc });
    return rule.limit >= 1;
  } catch (err) {
    if (!isDuplicate(err)) throw err;
    return bump();
  }
}
