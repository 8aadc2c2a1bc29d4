import type { Page } from '../../contracts/paging';
import { db } from '../cloud';
import { keysetPage, keysetWhere, type Order, type PageRequest } from './paging';

/**
 * The repository base: the few database moves every repository makes, written once. Repositories are the
 * only code that speaks to the database, and they never swallow an error: a read that fails throws (the
 * router answers INTERNAL); only a document that is really not there is null.
 */

type Runnable = { get(...args: any[]): unknown };

/** The database's query and update commands (`in`, `gt`, `inc`, …): repositories import it as `_`, CloudBase's own name for it. */
export const command = () => db().command;

/** The documents a query answers (the SDK's typings leave them untyped). A failed read throws. */
export async function rows<T>(query: Runnable): Promise<T[]> {
  const res = (await query.get()) as { data?: T[] };
  return res.data ?? [];
}

/** One document by id, or null. A `where` read, so a missing document is not an error. */
export async function byId<T>(collection: string, id: string): Promise<T | null> {
  return (await rows<T>(db().collection(collection).where({ _id: id }).limit(1)))[0] ?? null;
}

/** One conditional update of every document `where` matches; answers how many it changed. */
export async function updateWhere(collection: string, where: object, data: object): Promise<number> {
  const res = (await db().collection(collection).where(where).update({ data })) as { stats?: { updated?: number } };
  return res.stats?.updated ?? 0;
}

/** How many documents of `collection` match `where`: one count. */
export async function countWhere(collection: string, where: object): Promise<number> {
  const res = (await db().collection(collection).where(where).count()) as { total?: number };
  return res.total ?? 0;
}

/**
 * A conditional write on one document (`where` names it by `_id` plus the conditions it must still meet):
 * true for the one caller whose write changed it. The database applies condition and change atomically, so
 * of N callers at once only as many win as the condition lets through.
 */
export async function updateIf(collection: string, where: object, data: object): Promise<boolean> {
  return (await updateWhere(collection, where, data)) === 1;
}

/** CloudBase refused a write because it would repeat a value a unique index holds (an `_id`, a slot). */
export function isDuplicateKey(err: unknown): boolean {
  return /E11000|duplicate key/i.test(String((err as Error)?.message ?? err));
}

/**
 * Inserts `doc` once: false when a unique index (its `_id`, a slot) holds its key already — a second or a
 * racing first write, which the unique index lets only one caller win. Any other failure throws.
 */
export async function insertOnce(collection: string, doc: object): Promise<boolean> {
  try {
    await db().collection(collection).add({ data: doc });
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}

/** Where a timer job's walk through due documents stands: the last one read, by its time field and id. */
export type DueCursor = { at: number; id: string };

/** Which times of the field are due: at or before `upTo`, strictly after `after` (either may be open). */
export type DueRange = { after?: number; upTo?: number };

/**
 * A timer job's batch (timer/batch.ts drain): up to `limit` documents of `collection` where `due` holds and
 * `field` lies in `range` (a number: at or before it), past the cursor `after`, in (`field`, `_id`) order — a
 * stable order even where many share a time, so a walk never sees a document twice.
 */
export function dueAfter<T>(
  collection: string,
  due: object,
  field: string,
  range: number | DueRange,
  after: DueCursor | undefined,
  limit: number,
): Promise<T[]> {
  const c = db().command;
  const r = typeof range === 'number' ? { upTo: range } : range;
  const lower = r.after === undefined ? undefined : c.gt(r.after);
  const upper = r.upTo === undefined ? undefined : c.lte(r.upTo);
  const bound = lower && upper ? lower.and(upper) : (lower ?? upper);
  const until = bound === undefined ? due : { ...due, [field]: bound };
  const where = after ? c.and([until, c.or([{ [field]: c.gt(after.at) }, { [field]: after.at, _id: c.gt(after.id) }])]) : until;
  return rows<T>(db().collection(collection).where(where).orderBy(field, 'asc').orderBy('_id', 'asc').limit(limit));
}

/**
 * A page of `collection` where `where` holds, in `order`, after the request's cursor: one read of limit + 1
 * (the extra document only says whether more follow). See shared/paging.ts.
 */
export async function keysetRead<T>(collection: string, where: object, order: Order, req: PageRequest): Promise<Page<T>> {
  const c = db().command;
  let q = db()
    .collection(collection)
    .where(keysetWhere(where, order, req.cursor, c) as object);
  for (const [field, dir] of order) q = q.orderBy(field, dir) as typeof q;
  return keysetPage(order, await rows<T>(q.limit(req.limit + 1)), req.limit);
}
