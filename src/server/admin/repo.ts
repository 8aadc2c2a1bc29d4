import { COLLECTIONS } from '../../contracts/collections';
import type { Page } from '../../contracts/paging';
import { db } from '../cloud';
import { keysetRead, rows } from '../shared/docs';
import type { Order, PageRequest } from '../shared/paging';

export type AuditDoc = {
  _id: string;
  action: string;
  targetType: string;
  targetId: string;
  nodePath: string[];
  detail: Record<string, unknown>;
  actorId: string;
  fn: string;
  at: number;
};

const NEWEST_FIRST: Order = [
  ['at', 'desc', 'number'],
  ['_id', 'desc', 'string'],
];

/** Audit entries whose node lies under any of `scopes` (and under `nodeId` when given), newest first: one read a page. */
export function auditEntries(scopes: string[], nodeId: string | undefined, req: PageRequest): Promise<Page<AuditDoc>> {
  const c = db().command;
  const inScope = { nodePath: c.in(scopes) };
  return keysetRead<AuditDoc>(COLLECTIONS.auditLogs, nodeId ? c.and([inScope, { nodePath: nodeId }]) : inScope, NEWEST_FIRST, req);
}

/** The nicknames of `ids` (the actors of a log page): one read. */
export async function namesOf(ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const found = await rows<{ _id: string; nickname: string }>(
    db()
      .collection(COLLECTIONS.users)
      .where({ _id: db().command.in(ids) })
      .field({ _id: true, nickname: true })
      .limit(100),
  );
  return new Map(found.map((u) => [u._id, u.nickname]));
}

/** Replaces a `settings` document whole (it was parsed whole before): one write. */
export async function writeSetting(id: string, fields: object): Promise<void> {
  await db().collection(COLLECTIONS.settings).doc(id).set({ data: fields });
}
