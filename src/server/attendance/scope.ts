import { isStaffAnywhere, isStaffOver, staffScopes } from '../../core/access';
import type { Ctx } from '../ctx';
import { AppError } from '../errors';
import { findNode, type OrgNodeDoc } from '../org/repo';
import type { UserDoc } from '../user/repo';

/**
 * The caller as staff over node `nodeId` (or, left out, over their first scope): FORBIDDEN for someone who
 * is staff nowhere, OUT_OF_SCOPE for staff elsewhere, NODE_NOT_FOUND for an unknown node.
 */
export async function asStaffOver(ctx: Ctx, nodeId: string | undefined): Promise<{ me: UserDoc; node: OrgNodeDoc }> {
  const me = await ctx.me();
  if (!isStaffAnywhere(me)) throw new AppError('FORBIDDEN');
  const id = nodeId ?? staffScopes(me)[0];
  const node = await findNode(id);
  if (!node) throw new AppError('NODE_NOT_FOUND');
  if (!isStaffOver(me, node.path)) throw new AppError('OUT_OF_SCOPE');
  return { me, node };
}
