import { ROLE_SCOPES } from '../../contracts/roles';
import { UserInput } from '../../contracts/user.schema';
import { isStaffOver, sameGrant } from '../../core/access';
import { AppError } from '../errors';
import { findNode, type OrgNodeDoc } from '../org/repo';
import { findTeam, type TeamDoc } from '../org/teams';
import { audit } from '../shared/audit';
import { requireAdmin } from '../shared/guards';
import { defineAction } from '../router';
import { mutateAdminRoles } from './admin-roster';
import { mutateUser, type StoredGrant, type UserDoc } from './repo';
import { toUserView } from './view';

const PICK_TEAM = '请选择该站点下的一支队伍';

/**
 * The team a leader grant names: chosen (VALIDATION_FAILED on the team field when not), existing
 * (TEAM_NOT_FOUND), of the grant's station (TEAM_NOT_AT_STATION) and in the granter's scope (OUT_OF_SCOPE;
 * a center admin's scope is the county). One read.
 */
async function requireTeam(teamId: string | undefined, station: OrgNodeDoc, granter: UserDoc): Promise<TeamDoc> {
  if (!teamId) throw new AppError('VALIDATION_FAILED', PICK_TEAM, { teamId: PICK_TEAM });
  const team = await findTeam(teamId);
  if (!team) throw new AppError('TEAM_NOT_FOUND');
  if (team.stationId !== station._id) throw new AppError('TEAM_NOT_AT_STATION');
  if (!isStaffOver(granter, team.stationPath)) throw new AppError('OUT_OF_SCOPE');
  return team;
}

/**
 * A center admin gives a user a role at a node of the tree; a leader grant names a team of that station (the
 * team picker of 角色管理 offers admin.scopeTeams). Granting it again updates its team or proxy right. Audited.
 */
export const grantRole = defineAction({
  input: UserInput.grantRole,
  write: true,
  authorize: requireAdmin,
  async handle({ userId, role, nodeId, teamId, proxy }, ctx) {
    const node = await findNode(nodeId);
    if (!node) throw new AppError('NODE_NOT_FOUND');
    if (!ROLE_SCOPES[role].includes(node.kind)) throw new AppError('ROLE_SCOPE_INVALID');
    const team = role === 'leader' ? await requireTeam(teamId, node, await ctx.me()) : null;
    const grant: StoredGrant = {
      role,
      nodeId,
      nodeName: node.name,
      ...(team ? { teamId: team._id } : {}),
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
      detail: { role, nodeId, ...(team ? { teamId: team._id, teamName: team.name } : {}), proxy },
    });
    return toUserView(user, await ctx.me());
  },
});
