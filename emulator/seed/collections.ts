import { COLLECTIONS } from '../../src/contracts/collections';
import { db } from '../../src/server/cloud';

const alreadyExists = (err: unknown) =>
  (err as { code?: unknown })?.code === 'DATABASE_COLLECTION_ALREADY_EXIST' ||
  /already exist/i.test(String((err as Error)?.message ?? err));

/**
 * Creates every collection of COLLECTIONS that does not exist yet, through the SDK's createCollection
 * (database.addCollection), as an operator creates them in the CloudBase console: like CloudBase, the
 * local CloudBase answers DATABASE_COLLECTION_NOT_EXIST for reads and updates of a collection never
 * created. Idempotent: safe on every start, on a new or an existing data folder. Answers the names it created.
 */
export async function ensureCollections(names: readonly string[] = Object.values(COLLECTIONS)): Promise<string[]> {
  const created: string[] = [];
  for (const name of names) {
    try {
      await db().createCollection(name);
      created.push(name);
    } catch (err) {
      if (!alreadyExists(err)) throw err;
    }
  }
  return created;
}
