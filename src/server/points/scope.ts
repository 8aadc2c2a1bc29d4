import { holdsRole, isAdmin, isStaffOver } from '../../core/access';
import type { Ctx } from '../ctx';
import { AppError } from '../errors';
import { findUser } from '../user/repo';
import type { PointsHolder } from './repo';

/** Staff (of any node) or a center admin; everyone else is FORBIDDEN before anything is read. */
export async function requireStaffRole(ctx: Ctx): Promise<void> {
  const me = await ctx.me();
  if (!isAdmin(me) && !holdsRole(me, 'staff')) throw new AppError('FORBIDDEN');
}

/**
 * The user a staff action on points is about, once the caller (staff, see requireStaffRole) is known to be
 * staff over the user's home or volunteer station, or a center admin; otherwise OUT_OF_SCOPE. `nodePath`
 * is the scope the entry and the audit go under. Staff never award or adjust their own points.
 */
export async function pointsTarget(
  ctx: Ctx,
  userId: string,
  opts: { allowSelf: boolean },
): Promise<{ target: PointsHolder; nodePath: string[] }> {
  if (userId === ctx.userId && !opts.allowSelf) throw new AppError('POINTS_SELF_ADJUST');
  const me = await ctx.me();
  const target = (userId === me._id ? me : await findUser(userId)) as PointsHolder | null;
  if (!target) throw new AppError('USER_NOT_FOUND');
  const paths = [target.homeStationPath, target.volunteer?.stationPath].filter((p): p is string[] => !!p?.length);
  if (!isAdmin(me) && !paths.some((p) => isStaffOver(me, p))) throw new AppError('OUT_OF_SCOPE');
  return { target, nodePath: paths[0] ?? [] };
}
