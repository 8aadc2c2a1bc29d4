import type { Page } from '../../contracts/paging';
import { db } from '../cloud';
import { keysetPage, keysetWhere, type Order, type PageRequest } from './paging';

type Runnable = { get(...args: any[]): unknown };

/** The documents a query answers (the SDK's typings leave them untyped). */
export async function rows<T>(query: Runnable): Promise<T[]> {
  const res = (await query.get()) as { data?: T[] };
  return res.data ?? [];
}

/** One document by id, or null. A `where` read, so a missing document is not an error. */
export async function byId<T>(collection: string, id: string): Promise<T | null> {
  return (await rows<T>(db().collection(collection).where({ _id: id }).limit(1)))[0] ?? null;
}

/**
 * A page of `collection` where `where` holds, in `order`, after the request's cursor: one read of limit + 1
 * (the extra document only says whether more follow). See shared/paging.ts.
 */
export async function keysetRead<T>(collection: string, where: object, order: Order, req: PageRequest): Promise<Page<T>> {
  const c = db().command;
  let q = db().collection(collection).where(keysetWhere(where, order, req.cursor, c) as object);
  for (const [field, dir] of order) q = q.orderBy(field, dir) as typeof q;
  return keysetPage(order, await rows<T>(q.limit(req.limit + 1)), req.limit);
}
