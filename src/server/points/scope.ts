import { holdsRole, isAdmin, isStaffAnywhere, stationInScope } from '../../core/access';
import type { Ctx } from '../ctx';
import { AppError } from '../errors';
import { findNode } from '../org/repo';
import { findUser } from '../user/repo';
import type { PointsHolder } from './repo';

/** Staff (of any node) or a center admin; everyone else is FORBIDDEN before anything is read. */
export async function requireStaffRole(ctx: Ctx): Promise<void> {
  const me = await ctx.me();
  if (!isStaffAnywhere(me)) throw new AppError('FORBIDDEN');
}

export type PointsTarget = { target: PointsHolder; nodePath: string[] };
export type TargetRule = {
  allowSelf: boolean;
  /**
   * Civility awards (文明积分) go to any resident, not only those of the caller's subtree: a resident of
   * another village, or with no home station yet, may earn them where the staff member works. See
   * pointsTarget.
   */
  anyResident?: boolean;
  /** An entry will be posted: resolve the node it is booked to (may cost a read of the caller's node). */
  book?: boolean;
};

/**
 * The user a staff action on points is about, and `nodePath`, the scope the entry and the audit go under.
 * Staff never award or adjust their own points (POINTS_SELF_ADJUST).
 * - In scope: the caller is staff over the user's home or volunteer station, or a center admin; the entry
 *   is booked to that station.
 * - With `anyResident` (civility awards), a user outside the caller's subtree or with no station is still
 *   a valid target, unless they are staff or an admin themselves (protected: only staff over their own
 *   station, or a center admin, may award them — staff of two areas cannot trade points). Such an award is
 *   booked to the awarding node (the caller's first staff node; a center admin's center), so it counts,
 *   and is audited, where it was given.
 * - Otherwise OUT_OF_SCOPE.
 */
export async function pointsTarget(ctx: Ctx, userId: string, rule: TargetRule): Promise<PointsTarget> {
  if (userId === ctx.userId && !rule.allowSelf) throw new AppError('POINTS_SELF_ADJUST');
  const me = await ctx.me();
  const target = (userId === me._id ? me : await findUser(userId)) as PointsHolder | null;
  if (!target) throw new AppError('USER_NOT_FOUND');
  const inScope = stationInScope(me, target);
  if (inScope) return { target, nodePath: [...inScope] };
  const protectedTarget = holdsRole(target, 'staff') || isAdmin(target);
  if (!isAdmin(me) && (!rule.anyResident || protectedTarget)) throw new AppError('OUT_OF_SCOPE');
  return { target, nodePath: rule.book ? await awardingNodePath(ctx) : [] };
}

/** The caller's own node, where an award outside their subtree is booked: one read of the node. */
async function awardingNodePath(ctx: Ctx): Promise<string[]> {
  const me = await ctx.me();
  const grant = me.roles.find((g) => g.role === 'staff') ?? me.roles.find((g) => g.role === 'admin');
  const node = grant ? await findNode(grant.nodeId) : null;
  return node?.path ?? (grant ? [grant.nodeId] : []);
}
