import { AUDIT_LABELS, type AdminOutput, type AuditEntryView } from '../../contracts/admin';
import { AdminInput } from '../../contracts/admin.schema';
import { staffScopes } from '../../core/access';
import { AppError } from '../errors';
import { findNode } from '../org/repo';
import { defineAction } from '../router';
import { requireStaff } from './guards';
import { auditEntries, namesOf, type AuditDoc } from './repo';

function toEntryView(a: AuditDoc, names: Map<string, string>): AuditEntryView {
  const nodeId = a.nodePath[a.nodePath.length - 1];
  const actorName = names.get(a.actorId);
  return {
    id: a._id,
    action: a.action,
    label: AUDIT_LABELS[a.action] ?? a.action,
    actorId: a.actorId,
    ...(actorName ? { actorName } : {}),
    targetType: a.targetType,
    targetId: a.targetId,
    ...(nodeId ? { nodeId } : {}),
    detail: a.detail,
    at: a.at,
  };
}

/** The audit log of the caller's scope (a center admin's: the county), newest first; two reads a page. */
export const auditLog = defineAction({
  input: AdminInput.auditLog,
  authorize: requireStaff,
  async handle({ nodeId, cursor, limit }, ctx): Promise<AdminOutput['auditLog']> {
    const scopes = staffScopes(await ctx.me());
    if (nodeId && !scopes.includes(nodeId)) {
      const node = await findNode(nodeId);
      if (!node) throw new AppError('NODE_NOT_FOUND');
      if (!node.path.some((p) => scopes.includes(p))) throw new AppError('OUT_OF_SCOPE');
    }
    const page = await auditEntries(scopes, nodeId, { cursor, limit });
    const names = await namesOf([...new Set(page.items.map((a) => a.actorId))]);
    return { items: page.items.map((a) => toEntryView(a, names)), next: page.next };
  },
});
