import type { WishStatus } from '../../contracts/wish';
import { CLAIMED_STATUSES, WISH_MACHINE } from '../../core/wish';
import type { WishUserEvent } from '../../core/wish-access';
import { AppError } from '../errors';
import { foundOr } from '../shared/guards';
import { writeOn } from '../shared/write-on';
import { findWish, type WishDoc } from './repo';

/** The wish, or WISH_NOT_FOUND. */
export const requireWish = (id: string): Promise<WishDoc> => foundOr(findWish(id), 'WISH_NOT_FOUND');

/** A write about the wish `input.id`: the caller and the wish, read at once (shared/write-on.ts). */
export const wishWrite = writeOn((input: { id: string }) => requireWish(input.id));

/** Why a wish in `status` cannot be claimed. */
export function notClaimable(status: WishStatus | undefined): AppError {
  if (!status) return new AppError('WISH_NOT_FOUND');
  return new AppError(CLAIMED_STATUSES.includes(status) ? 'WISH_ALREADY_CLAIMED' : 'WISH_NOT_OPEN');
}

/** Why a wish in `status` cannot be confirmed. */
export function notConfirmable(status: WishStatus | undefined): AppError {
  if (!status) return new AppError('WISH_NOT_FOUND');
  return new AppError(status === WISH_MACHINE.transitions.confirm.to ? 'WISH_ALREADY_CONFIRMED' : 'WISH_NOT_FULFILLED');
}

/** What a person is answered when their event does not apply to the wish's state (or no longer: a lost race). */
const WRONG_STATE: Record<WishUserEvent, (status: WishStatus | undefined) => AppError> = {
  approve: () => new AppError('WISH_NOT_PENDING'),
  reject: () => new AppError('WISH_NOT_PENDING'),
  claim: notClaimable,
  release: () => new AppError('WISH_NOT_CLAIMED'),
  fulfil: () => new AppError('WISH_NOT_CLAIMED'),
  confirm: notConfirmable,
  cancel: () => new AppError('WISH_CANNOT_CANCEL'),
};

/** The refusal for `event` on a wish in `status` (unknown after a conditional write that changed nothing). */
export const wrongState = (event: WishUserEvent, status?: WishStatus): AppError => WRONG_STATE[event](status);

/**
 * The state `event` leads to from `status` (WISH_MACHINE.next), checked before the write so that a wish in
 * another state is refused with its own code; the write itself checks again (transition()).
 */
export function requireNext(status: WishStatus, event: WishUserEvent): WishStatus {
  const to = WISH_MACHINE.next(status, event);
  if (!to) throw wrongState(event, status);
  return to;
}
