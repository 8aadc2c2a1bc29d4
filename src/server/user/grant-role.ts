import { ROLE_SCOPES } from '../../contracts/roles';
import { UserInput } from '../../contracts/user.schema';
import { sameGrant } from '../../core/access';
import { AppError } from '../errors';
import { findNode } from '../org/repo';
import { findTeam } from '../org/teams';
import { audit } from '../shared/audit';
import { requireAdmin } from '../shared/guards';
import { defineAction } from '../router';
import { mutateAdminRoles } from './admin-roster';
import { mutateUser, type StoredGrant, type UserDoc } from './repo';
import { toUserView } from './view';

/** A center admin gives a user a role at a node of the tree. Granting it again updates its team or proxy right. */
export const grantRole = defineAction({
  input: UserInput.grantRole,
  write: true,
  authorize: requireAdmin,
  async handle({ userId, role, nodeId, teamId, proxy }, ctx) {
    const node = await findNode(nodeId);
    if (!node) throw new AppError('NODE_NOT_FOUND');
    if (!ROLE_SCOPES[role].includes(node.kind)) throw new AppError('ROLE_SCOPE_INVALID');
    if (role === 'leader') {
      const team = teamId ? await findTeam(teamId) : null;
      if (!team || team.stationId !== node._id) {
        throw new AppError('VALIDATION_FAILED', '请选择该站点下的一支队伍', { teamId: '请选择该站点下的一支队伍' });
      }
    }
    const grant: StoredGrant = {
      role,
      nodeId,
      nodeName: node.name,
      ...(role === 'leader' && teamId ? { teamId } : {}),
      ...(role === 'staff' && proxy ? { proxy: true } : {}),
      grantedAt: ctx.now,
      grantedBy: ctx.userId,
    };
    const change = (cur: UserDoc) => ({ roles: [...cur.roles.filter((g) => !sameGrant(g, grant)), grant] });
    // An admin grant also enters the admin roster, in the same transaction (admin-roster.ts).
    const user = role === 'admin' ? await mutateAdminRoles(userId, ctx.userId, ctx.now, change) : await mutateUser(userId, ctx.now, change);
    if (!user) throw new AppError('USER_NOT_FOUND');
    await audit(ctx, {
      action: 'role.grant',
      targetType: 'user',
      targetId: userId,
      nodePath: node.path,
      detail: { role, nodeId, teamId, proxy },
    });
    return toUserView(user, await ctx.me());
  },
});
