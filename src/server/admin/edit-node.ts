import type { AdminNodeView } from '../../contracts/admin';
import { AdminInput } from '../../contracts/admin.schema';
import { AppError } from '../errors';
import { findNode, type OrgNodeDoc } from '../org/repo';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { requireAdmin } from '../shared/guards';
import { toAdminNodeView } from './node-view';
import { updateNode } from './nodes-repo';
import { stationOnly } from './station-settings';

/**
 * Center admins change a node's name, address, location, public contact or (stations) its wish points and
 * volunteer review. Names already copied onto users and wishes (homeStationName, stationName) keep the old
 * name until those records change: they are labels of when they were made. Audited with the old and new values.
 */
export const editNode = defineAction({
  input: AdminInput.editNode,
  write: true,
  authorize: requireAdmin,
  async handle({ id, wishPoints, volunteerReview, ...fields }, ctx): Promise<AdminNodeView> {
    const node = await findNode(id);
    if (!node) throw new AppError('NODE_NOT_FOUND');
    const settings = stationOnly(node.kind, { wishPoints, volunteerReview });
    const plain = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<OrgNodeDoc>;
    const patch: Record<string, unknown> = { ...plain };
    for (const [k, v] of Object.entries(settings ?? {})) patch[`settings.${k}`] = v;
    if (!Object.keys(patch).length) throw new AppError('NOTHING_TO_SAVE');
    await updateNode(id, patch);
    const next: OrgNodeDoc = { ...node, ...plain, ...(settings ? { settings: { ...node.settings, ...settings } } : {}) };
    const before = Object.fromEntries(
      Object.keys(patch).map((k) => [
        k,
        k.startsWith('settings.') ? node.settings?.[k.slice(9) as 'wishPoints'] : node[k as keyof OrgNodeDoc],
      ]),
    );
    await audit(ctx, { action: 'node.edit', targetType: 'org_node', targetId: id, nodePath: node.path, detail: { before, after: patch } });
    return toAdminNodeView(next);
  },
});
