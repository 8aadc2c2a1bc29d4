import { db } from '../../src/server/cloud';

/** What is stored, read straight through the SDK (up to 1,000 documents): for asserting on the database. */
export async function rowsOf<T = any>(collection: string, where: object): Promise<T[]> {
  return ((await db().collection(collection).where(where).limit(1000).get()) as unknown as { data: T[] }).data;
}
