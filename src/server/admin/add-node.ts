import { CHILD_KIND, type AdminNodeView } from '../../contracts/admin';
import { AdminInput } from '../../contracts/admin.schema';
import { AppError } from '../errors';
import { findNode, type OrgNodeDoc } from '../org/repo';
import { defineAction } from '../router';
import { audit } from '../shared/audit';
import { requireAdmin } from '../shared/guards';
import { newId } from '../shared/ids';
import { toAdminNodeView } from './node-view';
import { insertNode } from './nodes-repo';
import { stationOnly } from './station-settings';

/** Center admins add a node one level below `parentId`: a 所 under the center, a 站 under a 所, a 基地 under a 站. Audited. */
export const addNode = defineAction({
  input: AdminInput.addNode,
  write: true,
  authorize: requireAdmin,
  async handle({ parentId, name, address, location, contact, wishPoints, volunteerReview }, ctx): Promise<AdminNodeView> {
    const parent = await findNode(parentId);
    if (!parent) throw new AppError('NODE_NOT_FOUND');
    const kind = CHILD_KIND[parent.kind];
    if (!kind) throw new AppError('NODE_KIND_INVALID');
    const settings = stationOnly(kind, { wishPoints, volunteerReview });
    const id = newId('n', ctx.now);
    const doc: OrgNodeDoc = {
      _id: id,
      kind,
      name,
      parentId,
      path: [...parent.path, id],
      address,
      location,
      ...(contact ? { contact } : {}),
      childCount: 0,
      ...(settings ? { settings } : {}),
      createdAt: ctx.now,
    };
    await insertNode(doc);
    await audit(ctx, { action: 'node.add', targetType: 'org_node', targetId: id, nodePath: doc.path, detail: { name, kind, parentId } });
    return toAdminNodeView(doc);
  },
});
