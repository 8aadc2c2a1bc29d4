import type { WishViewer } from '../contracts/wish';
import { holdsRole, isAdmin, isStaffOver, type Grants } from './access';
import type { ClaimerKind } from './wish';

/** Who a wish concerns. */
export type WishParties = { ownerId: string; claimerId?: string; stationPath: readonly string[] };
/** The caller, as far as wish rules care. */
export type Reader = Grants & { _id: string };

export type WishRefusal =
  | 'FORBIDDEN'
  | 'OUT_OF_SCOPE'
  | 'WISH_OWN_CLAIM'
  | 'WISH_NOT_CLAIMER'
  | 'WISH_CONFIRM_OWN_CLAIM'
  | 'WISH_PROXY_RIGHT_REQUIRED'
  | 'WISH_CLAIM_ROLE_REQUIRED';

const isStaffAnywhere = (r: Grants) => r.roles.some((g) => g.role === 'staff' || g.role === 'admin');

/** Refusal for someone who is not staff over the wish: staff elsewhere are out of scope, the rest forbidden. */
export const notStaffRefusal = (r: Grants): WishRefusal => (isStaffAnywhere(r) ? 'OUT_OF_SCOPE' : 'FORBIDDEN');

/** What the reader is to the wish; the owner (resident or proxy) first, then staff, then the claimer. */
export function viewerOf(wish: WishParties, reader: Reader | null): WishViewer {
  if (!reader) return 'public';
  if (reader._id === wish.ownerId) return 'owner';
  // A staff member who claimed a wish of their own area acts on it as its claimer (fulfil, release), not as staff.
  if (wish.claimerId && wish.claimerId === reader._id) return 'claimer';
  if (isStaffOver(reader, wish.stationPath)) return 'staff';
  return 'public';
}

/** Everyone but the public sees the beneficiary's name, phone and address. */
export const seesContact = (viewer: WishViewer): boolean => viewer !== 'public';

/** Staff over the wish's station (or a center admin) review it; others are refused. */
export function canReview(wish: WishParties, reader: Reader): WishRefusal | null {
  return isStaffOver(reader, wish.stationPath) ? null : notStaffRefusal(reader);
}

/** Volunteers claim as volunteers (the stricter cap), unit accounts as units; anyone else may not claim. */
export function claimerKindOf(reader: Grants): ClaimerKind | null {
  if (holdsRole(reader, 'volunteer')) return 'volunteer';
  if (holdsRole(reader, 'unit')) return 'unit';
  return null;
}

export function canClaim(wish: WishParties, reader: Reader): WishRefusal | null {
  if (!claimerKindOf(reader)) return 'WISH_CLAIM_ROLE_REQUIRED';
  if (wish.ownerId === reader._id) return 'WISH_OWN_CLAIM';
  return null;
}

/** Only the current claimer releases or fulfils. */
export function canActAsClaimer(wish: WishParties, reader: Reader): WishRefusal | null {
  return wish.claimerId && wish.claimerId === reader._id ? null : 'WISH_NOT_CLAIMER';
}

/** The resident, the proxy (both: the owner) or staff in scope confirm — never the claimer themself. */
export function canConfirm(wish: WishParties, reader: Reader): WishRefusal | null {
  if (wish.claimerId && wish.claimerId === reader._id) return 'WISH_CONFIRM_OWN_CLAIM';
  if (wish.ownerId === reader._id || isStaffOver(reader, wish.stationPath)) return null;
  return notStaffRefusal(reader);
}

/** Only the owner cancels (whether the state allows it is the state machine's call). */
export function canCancel(wish: WishParties, reader: Reader): WishRefusal | null {
  return wish.ownerId === reader._id ? null : 'FORBIDDEN';
}

/** A grid worker (staff grant with the proxy right) over the station, or a center admin. */
export function hasProxyRight(reader: Grants, stationPath: readonly string[]): boolean {
  return isAdmin(reader) || reader.roles.some((g) => g.role === 'staff' && !!g.proxy && stationPath.includes(g.nodeId));
}

/**
 * Recording a wish on a resident's behalf: a grid worker over the station for anyone; any staff over the
 * station for a resident without a phone (敲门行动, docs/product.md).
 */
export function canSubmitAsProxy(reader: Reader, stationPath: readonly string[], beneficiaryHasPhone: boolean): WishRefusal | null {
  if (!isStaffOver(reader, stationPath)) return notStaffRefusal(reader);
  if (hasProxyRight(reader, stationPath) || !beneficiaryHasPhone) return null;
  return 'WISH_PROXY_RIGHT_REQUIRED';
}
