import type { ErrorCode } from '../../contracts/errors';
import { isAdmin, isStaffOver, notStaffRefusal } from '../../core/access';
import type { Ctx } from '../ctx';
import { AppError } from '../errors';

/** The document a read found, or the refusal that says it is not there (the domain's NOT_FOUND code). */
export async function foundOr<T>(read: Promise<T | null | undefined>, code: ErrorCode): Promise<T> {
  const doc = await read;
  if (!doc) throw new AppError(code);
  return doc;
}

/** Throws the refusal a core rule answered, if any (core rules answer a code or null). */
export function refuseIf(refusal: ErrorCode | null): void {
  if (refusal) throw new AppError(refusal);
}

/** Center admins only. */
export async function requireAdmin(ctx: Ctx): Promise<void> {
  if (!isAdmin(await ctx.me())) throw new AppError('FORBIDDEN');
}

/** Staff of a node on `nodePath` (or a center admin); others get FORBIDDEN or, if staff elsewhere, OUT_OF_SCOPE. */
export async function requireStaffOver(ctx: Ctx, nodePath: readonly string[]): Promise<void> {
  const me = await ctx.me();
  if (isStaffOver(me, nodePath)) return;
  throw new AppError(notStaffRefusal(me));
}
