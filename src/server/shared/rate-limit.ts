import { COLLECTIONS } from '../../contracts/collections';
import { db } from '../cloud';
import { byId, isDuplicateKey, updateIf } from './docs';

/** A limit: at most `limit` hits within any `windowMs` (a sliding window). */
export type LimitRule = { limit: number; windowMs: number };

/**
 * One document per key (`_id` = the key): the times of its last `limit` hits, oldest first. `expiresAt` is
 * when the last hit leaves the window: after it the document says nothing and may be deleted.
 */
export type LimitDoc = { _id: string; hits: number[]; expiresAt: number };

/**
 * Hits stamped this much after `now` come from a clock ahead of the caller's (instances differ by far less):
 * a log whose oldest hit is that far in the future says nothing about this caller's window and leaves room,
 * so a clock jump cannot lock a key out until real time catches up.
 */
const CLOCK_SKEW_MS = 60_000;

/**
 * Takes one hit of `key` under `rule` at `now`; answers false when `limit` hits already fall within the
 * last `windowMs`.
 *
 * The hits live in `rate_limits`, because functions run as many instances: a count in memory would be per
 * instance. One conditional write decides a hit: push `now` (keeping the last `limit` times) only where
 * the log is not yet full or its oldest time has left the window. The database applies the condition and
 * the push atomically, so N callers at once take exactly the room there is. A key's first hit finds no
 * document; it inserts one (unique `_id`), and of N first hits at once one insert wins while the others
 * fall back to the conditional write.
 * Cost: one write per hit taken; two for a key's very first hit; three for a refused hit (the write, the
 * insert that finds the document, the write again).
 */
export async function takeHit(key: string, rule: LimitRule, now: number): Promise<boolean> {
  if (rule.limit < 1) return false;
  const coll = db().collection(COLLECTIONS.rateLimits);
  const _ = db().command;
  const room = _.or([
    { [`hits.${rule.limit - 1}`]: _.exists(false) },
    { 'hits.0': _.lte(now - rule.windowMs) },
    { 'hits.0': _.gt(now + CLOCK_SKEW_MS) },
  ]);
  const push = () =>
    updateIf(COLLECTIONS.rateLimits, _.and([{ _id: key }, room]), {
      hits: _.push({ each: [now], slice: -rule.limit }),
      expiresAt: now + rule.windowMs,
    });
  if (await push()) return true;
  const doc: LimitDoc = { _id: key, hits: [now], expiresAt: now + rule.windowMs };
  try {
    await coll.add({ data: doc });
    return true;
  } catch (err) {
    // The document exists: either it was full (refused) or another first hit created it just now.
    if (!isDuplicateKey(err)) throw err;
    return push();
  }
}

/**
 * Whether `key` has no room under `rule` at `now` (what takeHit would refuse), without taking a hit: one
 * read. For limits on failures (wrong pickup codes), checked before the attempt so a locked key learns
 * nothing, and a hit taken only when the attempt failed.
 */
export async function isExhausted(key: string, rule: LimitRule, now: number): Promise<boolean> {
  if (rule.limit < 1) return true;
  const doc = await byId<LimitDoc>(COLLECTIONS.rateLimits, key);
  if (!doc || doc.hits.length < rule.limit) return false;
  const oldest = doc.hits[doc.hits.length - rule.limit];
  return oldest > now - rule.windowMs && oldest <= now + CLOCK_SKEW_MS;
}
