import { UserInput } from '../../contracts/user';
import { sameGrant } from '../../core/access';
import { AppError } from '../errors';
import { findNode } from '../org/repo';
import { audit } from '../shared/audit';
import { requireAdmin } from '../shared/guards';
import { defineAction } from '../router';
import { mutateUser } from './repo';
import { toUserView } from './view';

/** A center admin takes a role back. Nobody can take away their own admin role (the county must keep one). */
export const revokeRole = defineAction({
  input: UserInput.revokeRole,
  authorize: requireAdmin,
  async handle({ userId, role, nodeId }, ctx) {
    if (userId === ctx.userId && role === 'admin') throw new AppError('CANNOT_REVOKE_SELF');
    const user = await mutateUser(userId, ctx.now, (cur) => {
      if (!cur.roles.some((g) => sameGrant(g, { role, nodeId }))) throw new AppError('ROLE_NOT_HELD');
      return { roles: cur.roles.filter((g) => !sameGrant(g, { role, nodeId })) };
    });
    if (!user) throw new AppError('USER_NOT_FOUND');
    const node = await findNode(nodeId);
    await audit(ctx, { action: 'role.revoke', targetType: 'user', targetId: userId, nodePath: node?.path ?? [nodeId], detail: { role, nodeId } });
    return toUserView(user, await ctx.me());
  },
});
