import { WISH_STATUSES, type WishStatus } from '../contracts/wish';
import { defineMachine } from './machine';

/** The micro-wish life cycle: pending_review → open → claimed → fulfilled → confirmed, and its side exits. */
export type WishEvent = 'approve' | 'reject' | 'claim' | 'release' | 'lapse' | 'fulfil' | 'confirm' | 'autoConfirm' | 'cancel' | 'expire';

/**
 * Who fires an event, as the wish sees them (core/wish-access actorsOf): its owner (the resident, or the
 * staff member who recorded it for them), its current claimer, staff over its station (or a center admin),
 * a claimant (a volunteer or unit account that is not the owner) and the timer.
 */
export type WishActor = 'owner' | 'claimer' | 'staff' | 'claimant' | 'system';

/**
 * The one table the code obeys: the repository's transition() takes each event's `from` states from it
 * for its conditional write, use cases check `WISH_MACHINE.next(status, event)` before writing, the timer's
 * jobs select and move wishes by event, and views list the events the viewer may fire
 * (test/unit/core/machine-tables.ts draws every row; machines.test.ts pins the machine to it).
 */
export const WISH_MACHINE = defineMachine<WishStatus, WishEvent, WishActor>({
  states: WISH_STATUSES,
  transitions: {
    approve: { from: ['pending_review'], to: 'open', by: ['staff'] },
    reject: { from: ['pending_review'], to: 'rejected', by: ['staff'] },
    claim: { from: ['open'], to: 'claimed', by: ['claimant'] },
    release: { from: ['claimed'], to: 'open', by: ['claimer'] },
    lapse: { from: ['claimed'], to: 'open', by: ['system'] },
    fulfil: { from: ['claimed'], to: 'fulfilled', by: ['claimer'] },
    confirm: { from: ['fulfilled'], to: 'confirmed', by: ['owner', 'staff'] },
    autoConfirm: { from: ['fulfilled'], to: 'confirmed', by: ['system'] },
    cancel: { from: ['pending_review', 'open'], to: 'cancelled', by: ['owner'] },
    expire: { from: ['open'], to: 'expired', by: ['system'] },
  },
});

/** Where every wish starts: it waits for review (the machine's first state). */
export const NEW_WISH_STATUS: WishStatus = WISH_MACHINE.states[0];
/** States a wish leaves no more. */
export const FINAL_STATUSES: readonly WishStatus[] = WISH_MACHINE.finalStates();
/** A resident's wish counts against their cap while it is in one of these. */
export const UNFINISHED_STATUSES: readonly WishStatus[] = WISH_STATUSES.filter((s) => !FINAL_STATUSES.includes(s));
/** Statuses anyone may look at (the pool and what follows a claim); the rest stay with the parties and staff. */
export const PUBLIC_STATUSES: readonly WishStatus[] = ['open', 'claimed', 'fulfilled', 'confirmed'];
/** A claim has reached these: a claim that comes later is told the wish is taken, not that it is not open. */
export const CLAIMED_STATUSES: readonly WishStatus[] = ['claimed', 'fulfilled', 'confirmed'];
/** Ended without being fulfilled (rejected, cancelled, expired): the owner may post it again as a new wish. */
export const RESUBMITTABLE_STATUSES: readonly WishStatus[] = FINAL_STATUSES.filter((s) => s !== WISH_MACHINE.transitions.confirm.to);

export const isFinal = (s: WishStatus): boolean => FINAL_STATUSES.includes(s);
export const isUnfinished = (s: WishStatus): boolean => UNFINISHED_STATUSES.includes(s);

const DAY_MS = 24 * 60 * 60 * 1000;

export const WISH_RULES = {
  /** A claim not fulfilled within this lapses back to the pool. */
  claimLapseMs: 7 * DAY_MS,
  /** A fulfilled wish nobody confirms confirms itself after this. */
  autoConfirmMs: 7 * DAY_MS,
  /** An open wish this old (counted from approval) expires. */
  openExpiryMs: 60 * DAY_MS,
  /** Unfinished wishes a resident may hold (their own, not those a proxy records). */
  maxUnfinishedPerResident: 3,
  /** Active claims a volunteer may hold. */
  maxActiveClaimsVolunteer: 3,
  /** Our choice: a unit (爱心单位) claims for an organisation, so it may hold more, but not the whole pool. */
  maxActiveClaimsUnit: 20,
  /** Love points a confirmed wish earns its claimer when the station sets none. */
  defaultWishPoints: 10,
  /** Our choice: the most a station may set, so a typo cannot mint a fortune. */
  maxWishPoints: 1_000,
} as const;

export const claimDeadline = (claimedAt: number): number => claimedAt + WISH_RULES.claimLapseMs;
export const autoConfirmAt = (fulfilledAt: number): number => fulfilledAt + WISH_RULES.autoConfirmMs;
export const expiresAt = (openedAt: number): number => openedAt + WISH_RULES.openExpiryMs;

/** Cut-off times for the timer: anything at or before them is due. */
export function dueBefore(now: number): { lapse: number; autoConfirm: number; expire: number } {
  return {
    lapse: now - WISH_RULES.claimLapseMs,
    autoConfirm: now - WISH_RULES.autoConfirmMs,
    expire: now - WISH_RULES.openExpiryMs,
  };
}

export type ClaimerKind = 'volunteer' | 'unit';

export function claimCap(kind: ClaimerKind): number {
  return kind === 'unit' ? WISH_RULES.maxActiveClaimsUnit : WISH_RULES.maxActiveClaimsVolunteer;
}

/**
 * Caps hold by slots: a user's k-th unfinished wish or active claim carries the value `<userId>#<k>` in a
 * field the database keeps unique (wishes.ownerSlot, wishes.claimSlot), so the one write that creates or
 * claims a wish cannot take a slot another wish already holds. A wish that holds no slot carries its own id.
 */
export function slotNames(userId: string, cap: number): string[] {
  return Array.from({ length: cap }, (_, k) => `${userId}#${k}`);
}

/** The first of `slots` not in `held`, or undefined when all are taken. */
export function freeSlot(slots: readonly string[], held: ReadonlySet<string>): string | undefined {
  return slots.find((s) => !held.has(s));
}

/** The points a station awards for a confirmed wish: its setting when sane, else the default. */
export function wishPoints(setting: unknown): number {
  if (typeof setting === 'number' && Number.isInteger(setting) && setting >= 0 && setting <= WISH_RULES.maxWishPoints) return setting;
  return WISH_RULES.defaultWishPoints;
}
