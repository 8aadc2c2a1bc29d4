import { UserInput } from '../../contracts/user.schema';
import { sameGrant } from '../../core/access';
import { AppError } from '../errors';
import { findNode } from '../org/repo';
import { audit } from '../shared/audit';
import { requireAdmin } from '../shared/guards';
import { defineAction } from '../router';
import { mutateAdminRoles } from './admin-roster';
import { mutateUser, type UserDoc } from './repo';
import { toUserView } from './view';

/**
 * A center admin takes a role back. Nobody can take away their own admin role (CANNOT_REVOKE_SELF), and
 * the last center admin cannot be removed, also when admins revoke each other at the same moment
 * (LAST_ADMIN: see admin-roster.ts).
 */
export const revokeRole = defineAction({
  input: UserInput.revokeRole,
  write: true,
  authorize: requireAdmin,
  async handle({ userId, role, nodeId }, ctx) {
    if (userId === ctx.userId && role === 'admin') throw new AppError('CANNOT_REVOKE_SELF');
    let teamId: string | undefined; // a leader grant's team, for the audit entry
    const change = (cur: UserDoc) => {
      const held = cur.roles.find((g) => sameGrant(g, { role, nodeId }));
      if (!held) throw new AppError('ROLE_NOT_HELD');
      teamId = held.teamId;
      return { roles: cur.roles.filter((g) => !sameGrant(g, { role, nodeId })) };
    };
    const user = role === 'admin' ? await mutateAdminRoles(userId, ctx.userId, ctx.now, change) : await mutateUser(userId, ctx.now, change);
    if (!user) throw new AppError('USER_NOT_FOUND');
    const node = await findNode(nodeId);
    await audit(ctx, {
      action: 'role.revoke',
      targetType: 'user',
      targetId: userId,
      nodePath: node?.path ?? [nodeId],
      detail: { role, nodeId, ...(teamId ? { teamId } : {}) },
    });
    return toUserView(user, await ctx.me());
  },
});
