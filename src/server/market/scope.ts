import { staffScopes, type Grants } from '../../core/access';
import { AppError } from '../errors';
import { findNode } from '../org/repo';

/**
 * The nodes the caller acts on as staff, checked against an optional `nodeId` to narrow to: FORBIDDEN for
 * someone who is no staff, NODE_NOT_FOUND / OUT_OF_SCOPE for a node they cannot narrow to.
 */
export async function staffScopeFor(me: Grants, nodeId: string | undefined): Promise<string[]> {
  const scopes = staffScopes(me);
  if (!scopes.length) throw new AppError('FORBIDDEN');
  if (nodeId && !scopes.includes(nodeId)) {
    const node = await findNode(nodeId);
    if (!node) throw new AppError('NODE_NOT_FOUND');
    if (!node.path.some((p) => scopes.includes(p))) throw new AppError('OUT_OF_SCOPE');
  }
  return scopes;
}
