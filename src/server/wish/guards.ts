import type { WishStatus } from '../../contracts/wish';
import type { WishRefusal } from '../../core/wish-access';
import { AppError } from '../errors';
import { findWish, type WishDoc } from './repo';

/** The wish, or WISH_NOT_FOUND. */
export async function requireWish(id: string): Promise<WishDoc> {
  const wish = await findWish(id);
  if (!wish) throw new AppError('WISH_NOT_FOUND');
  return wish;
}

/** Throws the refusal a core rule answered, if any. */
export function refuseIf(refusal: WishRefusal | null): void {
  if (refusal) throw new AppError(refusal);
}

/** Why a wish in `status` cannot be claimed. */
export function notClaimable(status: WishStatus | undefined): AppError {
  if (!status) return new AppError('WISH_NOT_FOUND');
  return new AppError(status === 'claimed' || status === 'fulfilled' || status === 'confirmed' ? 'WISH_ALREADY_CLAIMED' : 'WISH_NOT_OPEN');
}

/** Why a wish in `status` cannot be confirmed. */
export function notConfirmable(status: WishStatus | undefined): AppError {
  if (!status) return new AppError('WISH_NOT_FOUND');
  return new AppError(status === 'confirmed' ? 'WISH_ALREADY_CONFIRMED' : 'WISH_NOT_FULFILLED');
}
