import { COLLECTIONS } from '../../contracts/collections';
import { db } from '../cloud';
import type { Ctx } from '../ctx';
import { newId } from './ids';

export type AuditEntry = {
  action: string;
  targetType: 'user' | 'org_node' | string;
  targetId: string;
  /** Path of the node the action concerns, so each scope can read its own log. */
  nodePath: string[];
  detail: Record<string, unknown>;
};

/** What an audit line is about: a document of `targetType`, filed under its station (each scope reads its own). */
export const targetOf = (targetType: string, doc: { _id: string; stationPath: string[] }) => ({
  targetType,
  targetId: doc._id,
  nodePath: doc.stationPath,
});

/** Every staff action is written down: who, when, what, on what. */
export async function audit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  await db()
    .collection(COLLECTIONS.auditLogs)
    .add({ data: { _id: newId('a', ctx.now), ...entry, actorId: ctx.userId, fn: ctx.fn, at: ctx.now } });
}
