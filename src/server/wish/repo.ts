import { COLLECTIONS } from '../../contracts/collections';
import type { GeoPoint } from '../../contracts/geo';
import type { Page } from '../../contracts/paging';
import type { WishCategory, WishContacts, WishContent, WishStatus } from '../../contracts/wish';
import { WISH_MACHINE, type ClaimerKind, type WishEvent } from '../../core/wish';
import { db } from '../cloud';
import { countWhere, byId, dueAfter, keysetRead, rows, type DueCursor, command as _ } from '../shared/docs';
import { FLAGGED_THEN_OLDEST, orderBy, type Order, type PageRequest } from '../shared/paging';
import { anyOf, transitionOn, type TransitionOf } from '../shared/transition';

export type WishDoc = WishContent & {
  _id: string;
  beneficiary: { name: string; phone?: string; address: string };
  /** A proxy wish without the resident's phone: the contacts the claimer calls instead (WishView.contacts). */
  contacts?: WishContacts;
  /** Who submitted it: the resident, or the staff member recording it on the resident's behalf. */
  ownerId: string;
  proxy: boolean;
  /** True when it counts toward the owner's unfinished-wish cap (a resident's own wish). */
  countsTowardLimit: boolean;
  /**
   * Unique in the collection (cloudfunctions/database.json): `<ownerId>#<k>` while the wish holds one of its
   * owner's unfinished-wish slots, `<claimerId>#<k>` while it holds one of its claimer's active-claim slots,
   * else the wish's own id. See core/wish slotNames.
   */
  ownerSlot: string;
  claimSlot: string;
  /** Love points its claimer earns on confirmation: the station's setting when the wish was posted. */
  points: number;
  stationId: string;
  stationName: string;
  stationPath: string[];
  /** The station's GCJ-02 location, for nearest-first listing. */
  location: GeoPoint;
  /** The content check asked for a human look at `flaggedFields`. */
  flagged: boolean;
  flaggedFields: string[];
  createdAt: number;
  updatedAt: number;
  reviewedBy?: string;
  reviewedAt?: number;
  rejectReason?: string;
  openedAt?: number;
  claimerId?: string;
  claimerName?: string;
  claimerKind?: ClaimerKind;
  claimedAt?: number;
  lapseCount?: number;
  /** When each user last gave the wish back (release), by user id: keeps a releaser from claiming it again soon. */
  releasedBy?: Record<string, number>;
  fulfilledAt?: number;
  fulfilNote?: string;
  fulfilPhotos?: string[];
  confirmedAt?: number;
  confirmedBy?: string;
  rating?: number;
  comment?: string;
  autoConfirmed?: boolean;
  pointsAwarded?: number;
  cancelledAt?: number;
  expiredAt?: number;
};

const wishes = () => db().collection(COLLECTIONS.wishes);

/** Removes a field in an update. */
export const unset = () => _().remove();
/** Adds to a number in an update. */
export const inc = (n: number) => _().inc(n);
/** Gives back the claimer's active-claim slot (in the same write that ends the claim). */
export const claimSlotFreed = (id: string) => ({ claimSlot: id });
/** Gives back the owner's unfinished-wish slot (in the same write that finishes the wish). */
export const ownerSlotFreed = (id: string) => ({ ownerSlot: id });
/** The fields a claim adds to a wish, removed when it goes back to the pool, and its slot given back. */
export const claimCleared = (id: string) => ({
  claimerId: unset(),
  claimerName: unset(),
  claimerKind: unset(),
  claimedAt: unset(),
  ...claimSlotFreed(id),
});

/** Records, in the release's write, that `userId` gave the wish back at `now`. */
export const releasedByNow = (userId: string, now: number) => ({ [`releasedBy.${userId}`]: now });

/**
 * A claim's one conditional write: the wish is still open and `claimerId` has not given it back since
 * `releasedSince` (a missing entry matches), so a claim that read the wish before its own claimer's release
 * cannot win it after. True for the one caller whose write changed the wish.
 */
export function claimOpen(id: string, claimerId: string, releasedSince: number, patch: Record<string, unknown>): Promise<boolean> {
  return transition(id, 'claim', { [`releasedBy.${claimerId}`]: _().not(_().gt(releasedSince)) }, patch);
}

export async function insertWish(doc: WishDoc): Promise<WishDoc> {
  await wishes().add({ data: doc });
  return doc;
}

export async function findWish(id: string): Promise<WishDoc | null> {
  return byId<WishDoc>(COLLECTIONS.wishes, id);
}

/**
 * In one read: the wish `id` (or null) and which of `slots` (`field` values) other wishes hold now —
 * what a claim or a submission needs to choose a free slot.
 */
export async function withSlotsHeld(
  id: string | undefined,
  field: 'ownerSlot' | 'claimSlot',
  slots: string[],
): Promise<{ wish: WishDoc | null; held: Set<string> }> {
  const c = _();
  const holders = { [field]: c.in(slots) };
  const where = id ? c.or([{ _id: id }, holders]) : holders;
  const found = await rows<WishDoc>(
    wishes()
      .where(where)
      .limit(slots.length + 1),
  );
  return {
    wish: found.find((w) => w._id === id) ?? null,
    held: new Set(found.map((w) => w[field]).filter((v) => slots.includes(v))),
  };
}

/**
 * Fires `event` on a wish in one conditional write: the wish must be in one of the event's `from` states
 * (WISH_MACHINE) and match `match` (the claimer, the owner, the times a timer read); it moves to the
 * event's `to` state with `patch`. Answers true for the one caller whose write changed the document;
 * everyone racing it gets false.
 */
export const transition: TransitionOf<WishEvent> = transitionOn(COLLECTIONS.wishes, 'status', WISH_MACHINE);

/** A page of wishes in `order` after the request's cursor: one read of limit + 1 (shared/paging.ts). */
const page = (where: object, order: Order, req: PageRequest): Promise<Page<WishDoc>> =>
  keysetRead<WishDoc>(COLLECTIONS.wishes, where, order, req);

/** The lists' orders; each ends with `_id`, so wishes made in the same millisecond still page exactly once. */
const NEWEST_OPENED = orderBy('openedAt', 'desc');
const NEWEST_CREATED = orderBy('createdAt', 'desc');
const LATEST_CLAIMED = orderBy('claimedAt', 'desc');

export type PoolFilter = { nodeId?: string; category?: WishCategory };

const poolWhere = (f: PoolFilter) => ({
  status: 'open',
  ...(f.nodeId ? { stationPath: f.nodeId } : {}),
  ...(f.category ? { category: f.category } : {}),
});

/** The open pool, newest first. */
export function poolNewest(f: PoolFilter, req: PageRequest): Promise<Page<WishDoc>> {
  return page(poolWhere(f), NEWEST_OPENED, req);
}

/** Open wishes whose station lies in a lat/lng box, newest first, at most `max`: one read. */
export function poolInBox(f: PoolFilter, box: { minLat: number; maxLat: number; minLng: number; maxLng: number }, max: number) {
  const c = _();
  const where = {
    ...poolWhere(f),
    'location.lat': c.gte(box.minLat).and(c.lte(box.maxLat)),
    'location.lng': c.gte(box.minLng).and(c.lte(box.maxLng)),
  };
  return rows<WishDoc>(wishes().where(where).orderBy('openedAt', 'desc').limit(max));
}

export function byOwner(ownerId: string, status: WishStatus | undefined, req: PageRequest) {
  return page({ ownerId, ...(status ? { status } : {}) }, NEWEST_CREATED, req);
}

/** A wish keeps `claimedAt` exactly as long as it keeps `claimerId` (claimCleared removes both). */
export function byClaimer(claimerId: string, activeOnly: boolean, req: PageRequest) {
  return page({ claimerId, ...(activeOnly ? { status: 'claimed' } : {}) }, LATEST_CLAIMED, req);
}

/** Wishes waiting for review under any of `scopes` (and under `nodeId` when given): flagged first, then oldest first. */
export function pendingReview(scopes: string[], nodeId: string | undefined, req: PageRequest) {
  const c = _();
  const inScope = { status: 'pending_review', stationPath: c.in(scopes) };
  const where = nodeId ? c.and([inScope, { stationPath: nodeId }]) : inScope;
  return page(where, FLAGGED_THEN_OLDEST, req);
}

/**
 * Up to `limit` wishes `event` may move (in its `from` states) whose `field` is at or before `before`,
 * strictly after `after`, in (`field`, `_id`) order — a stable order even where many share a time (the
 * timer's batches).
 */
export function dueWishes(
  event: WishEvent,
  field: 'claimedAt' | 'fulfilledAt' | 'openedAt',
  before: number,
  after: DueCursor | undefined,
  limit: number,
) {
  return dueAfter<WishDoc>(COLLECTIONS.wishes, { status: anyOf(WISH_MACHINE.from(event)) }, field, before, after, limit);
}

/** How many wishes wait for review under any of `scopes` (the workbench's to-do count): one count. */
export function countPendingReview(scopes: string[]): Promise<number> {
  return countWhere(COLLECTIONS.wishes, { status: 'pending_review', stationPath: _().in(scopes) });
}
