import { db } from '../cloud';

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
