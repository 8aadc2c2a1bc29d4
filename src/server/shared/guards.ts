import { isAdmin, isStaffAnywhere, isStaffOver } from '../../core/access';
import type { Ctx } from '../ctx';
import { AppError } from '../errors';

/** Center admins only. */
export async function requireAdmin(ctx: Ctx): Promise<void> {
  if (!isAdmin(await ctx.me())) throw new AppError('FORBIDDEN');
}

/** Staff of a node on `nodePath` (or a center admin); others get FORBIDDEN or, if staff elsewhere, OUT_OF_SCOPE. */
export async function requireStaffOver(ctx: Ctx, nodePath: readonly string[]): Promise<void> {
  const me = await ctx.me();
  if (isStaffOver(me, nodePath)) return;
  throw new AppError(isStaffAnywhere(me) ? 'OUT_OF_SCOPE' : 'FORBIDDEN');
}
