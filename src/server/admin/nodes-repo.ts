import { COLLECTIONS } from '../../contracts/collections';
import { db } from '../cloud';
import type { OrgNodeDoc } from '../org/repo';
import { rows } from '../shared/docs';

const nodes = () => db().collection(COLLECTIONS.orgNodes);

/**
 * Inserts a node and counts it on its parent: two writes. The id is new and random, so inserts never
 * collide; the parent's childCount is one `inc`, so nodes added at once under one parent all count.
 */
export async function insertNode(doc: OrgNodeDoc): Promise<void> {
  await nodes().add({ data: doc });
  if (doc.parentId)
    await nodes()
      .doc(doc.parentId)
      .update({ data: { childCount: db().command.inc(1) } });
}

/** Sets the given fields of one node (dotted paths for its settings): one write. */
export async function updateNode(id: string, patch: Record<string, unknown>): Promise<void> {
  await nodes().doc(id).update({ data: patch });
}

/** Stations whose path passes through any of `scopes`, by name: one read of at most 100. */
export async function stationsUnder(scopes: string[]): Promise<OrgNodeDoc[]> {
  const c = db().command;
  return rows<OrgNodeDoc>(
    nodes()
      .where({ kind: 'station', path: c.in(scopes) })
      .orderBy('name', 'asc')
      .limit(100),
  );
}
