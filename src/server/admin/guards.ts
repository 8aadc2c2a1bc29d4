import { isStaffAnywhere } from '../../core/access';
import type { Ctx } from '../ctx';
import { AppError } from '../errors';

/** Staff of some node or a center admin; everyone else is FORBIDDEN before anything is read. */
export async function requireStaff(ctx: Ctx): Promise<void> {
  if (!isStaffAnywhere(await ctx.me())) throw new AppError('FORBIDDEN');
}
