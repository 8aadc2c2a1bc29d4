import type { WishStatus, WishViewAction, WishViewer } from '../contracts/wish';
import { WISH_VIEW_ACTIONS } from '../contracts/wish';
import { holdsRole, isAdmin, isStaffOver, notStaffRefusal, type Grants } from './access';
import { RESUBMITTABLE_STATUSES, WISH_MACHINE, type ClaimerKind, type WishActor, type WishEvent } from './wish';

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

/** Volunteers claim as volunteers (the stricter cap), unit accounts as units; anyone else may not claim. */
export function claimerKindOf(reader: Grants): ClaimerKind | null {
  if (holdsRole(reader, 'volunteer')) return 'volunteer';
  if (holdsRole(reader, 'unit')) return 'unit';
  return null;
}

/** Everything the reader is to the wish, in the machine's words (its `by`); none for the system. */
export function actorsOf(wish: WishParties, reader: Reader | null): WishActor[] {
  if (!reader) return [];
  const owner = reader._id === wish.ownerId;
  return [
    ...(owner ? (['owner'] as const) : []),
    ...(wish.claimerId && wish.claimerId === reader._id ? (['claimer'] as const) : []),
    ...(isStaffOver(reader, wish.stationPath) ? (['staff'] as const) : []),
    ...(claimerKindOf(reader) && !owner ? (['claimant'] as const) : []),
  ];
}

/** The events a person fires (the rest are the timer's). */
export type WishUserEvent = Exclude<WishEvent, 'lapse' | 'autoConfirm' | 'expire'>;

/** Why someone the machine's `by` leaves out may not fire the event: the code they are answered. */
const REFUSAL: Record<WishUserEvent, (reader: Reader) => WishRefusal> = {
  approve: notStaffRefusal,
  reject: notStaffRefusal,
  claim: (r) => (claimerKindOf(r) ? 'WISH_OWN_CLAIM' : 'WISH_CLAIM_ROLE_REQUIRED'),
  release: () => 'WISH_NOT_CLAIMER',
  fulfil: () => 'WISH_NOT_CLAIMER',
  confirm: notStaffRefusal,
  cancel: () => 'FORBIDDEN',
};

/**
 * Whether `reader` may fire `event` on the wish, whatever its state (the state is the machine's `next`):
 * null when one of the reader's actors is in the event's `by`, else the refusal to answer. One exception
 * the table cannot say: the claimer never confirms their own claim, whatever else they are (staff, …).
 */
export function refusalOf(event: WishUserEvent, wish: WishParties, reader: Reader): WishRefusal | null {
  const actors = actorsOf(wish, reader);
  if (event === 'confirm' && actors.includes('claimer')) return 'WISH_CONFIRM_OWN_CLAIM';
  return WISH_MACHINE.transitions[event].by.some((a) => actors.includes(a)) ? null : REFUSAL[event](reader);
}

/** Staff over the wish's station (or a center admin) review it; others are refused. */
export const canReview = (wish: WishParties, reader: Reader): WishRefusal | null => refusalOf('approve', wish, reader);
/** Volunteers and units claim, never the wish's owner. */
export const canClaim = (wish: WishParties, reader: Reader): WishRefusal | null => refusalOf('claim', wish, reader);
/** Only the current claimer releases or fulfils. */
export const canActAsClaimer = (wish: WishParties, reader: Reader): WishRefusal | null => refusalOf('fulfil', wish, reader);
/** The resident, the proxy (both: the owner) or staff in scope confirm — never the claimer themself. */
export const canConfirm = (wish: WishParties, reader: Reader): WishRefusal | null => refusalOf('confirm', wish, reader);
/** Only the owner cancels (whether the state allows it is the state machine's call). */
export const canCancel = (wish: WishParties, reader: Reader): WishRefusal | null => refusalOf('cancel', wish, reader);

/** The button an event is on the wish's page (approve and reject are one review). */
const VIEW_ACTION: Record<WishUserEvent, WishViewAction> = {
  approve: 'review',
  reject: 'review',
  claim: 'claim',
  release: 'release',
  fulfil: 'fulfil',
  confirm: 'confirm',
  cancel: 'cancel',
};
const isUserEvent = (e: WishEvent): e is WishUserEvent => Object.prototype.hasOwnProperty.call(VIEW_ACTION, e);

/**
 * What `reader` may do with the wish now (WishView.actions): the events its state allows and the reader
 * may fire, plus `registerToClaim` for someone unrelated to an open wish who could claim it once registered
 * as a volunteer, and `resubmit` for the owner of a wish that ended unfulfilled. Claim checks only what the
 * wish and the reader's roles say; the claimer's cap and a recent release of their own are answered by the
 * claim itself (it says until when), since knowing them here would cost a read.
 */
export function wishActions(wish: WishParties & { status: WishStatus }, reader: Reader | null): WishViewAction[] {
  if (!reader) return [];
  const actors = actorsOf(wish, reader);
  const allowed = new Set<WishViewAction>();
  for (const event of WISH_MACHINE.eventsFor(wish.status, actors)) {
    if (isUserEvent(event) && !refusalOf(event, wish, reader)) allowed.add(VIEW_ACTION[event]);
  }
  if (!actors.length && WISH_MACHINE.next(wish.status, 'claim')) allowed.add('registerToClaim');
  if (actors.includes('owner') && RESUBMITTABLE_STATUSES.includes(wish.status)) allowed.add('resubmit');
  return WISH_VIEW_ACTIONS.filter((a) => allowed.has(a));
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
