/**
 * The listings repository: the only code that speaks to `listings`. Every change is one conditional write
 * on the document — its state from the machine (`transition`) and, where a person decided on what they
 * saw, its revision `rev` (every write bumps it), so an approval never passes an edit it did not see.
 */
import { COLLECTIONS } from '../../contracts/collections';
import type { ListingCategory, ListingStatus, ListingUnit, PhotoCheck } from '../../contracts/market';
import type { Page } from '../../contracts/paging';
import { LISTING_MACHINE, OPEN_CHECKS, type ListingEvent } from '../../core/market';
import { db } from '../cloud';
import { countWhere, byId, keysetRead, rows, updateIf, updateWhere, command as _ } from '../shared/docs';
import { FLAGGED_THEN_OLDEST, orderBy, type Order, type PageRequest } from '../shared/paging';
import { transitionOn, type TransitionOf } from '../shared/transition';

export type ListingDoc = {
  _id: string;
  status: ListingStatus;
  name: string;
  description: string;
  photos: string[];
  category: ListingCategory;
  unit: ListingUnit;
  priceFen: number;
  pointsPrice?: number;
  /** The producer's cap on what one buyer may order of it in all (orders keep each buyer's count). */
  perBuyerLimit?: number;
  stock: number;
  soldCount: number;
  originVillage: string;
  producerId: string;
  /** The producer's account; absent for a villager staff registered without a phone. */
  producerUserId?: string;
  producerName: string;
  producerStationPath: string[];
  /** The producer is a household the network supports (the badge); the category stays on the producer. */
  supported: boolean;
  /** The pickup station. */
  stationId: string;
  stationName: string;
  stationPath: string[];
  /** Each photo's image check, by photoKey(fileId). */
  photoChecks: Record<string, PhotoCheck>;
  /** Texts the content check (or photos the image check) want a person to look at. */
  flagged: boolean;
  flaggedFields: string[];
  /** Listed by staff on the producer's behalf. */
  proxy: boolean;
  createdBy: string;
  rejectReason?: string;
  reviewedBy?: string;
  reviewedAt?: number;
  /** When it last went on sale after a review (the 集市's newest-first order). */
  onSaleAt?: number;
  rev: number;
  createdAt: number;
  updatedAt: number;
};

const listings = () => db().collection(COLLECTIONS.listings);

export const inc = (n: number) => _().inc(n);
export const unset = () => _().remove();
/** Replaces a whole object field (a plain object in an update would merge into the old one). */
export const replace = (value: object) => _().set(value);

export async function insertListing(doc: ListingDoc): Promise<ListingDoc> {
  await listings().add({ data: doc });
  return doc;
}

export function findListing(id: string): Promise<ListingDoc | null> {
  return byId<ListingDoc>(COLLECTIONS.listings, id);
}

/**
 * Fires `event` on the listing in one conditional write: it must still be in one of the event's `from`
 * states (the machine's table) and meet `match`; `patch` is written with the event's target state and a
 * new revision. True for the one caller whose write changed it.
 */
const fire = transitionOn(COLLECTIONS.listings, 'status', LISTING_MACHINE);
export const transition: TransitionOf<ListingEvent> = (id, event, match, patch) => fire(id, event, match, { ...patch, rev: inc(1) });

/** A change that keeps the state: one conditional write on the revision the caller read. */
export function updateAt(id: string, rev: number, patch: Record<string, unknown>): Promise<boolean> {
  return updateIf(COLLECTIONS.listings, { _id: id, rev }, { ...patch, rev: inc(1) });
}

/** Removes a listing nobody ever bought (the condition is checked by the database, with the removal). */
export async function removeNeverSold(id: string): Promise<boolean> {
  const res = (await listings().where({ _id: id, soldCount: 0 }).remove()) as { stats?: { removed?: number } };
  return (res.stats?.removed ?? 0) === 1;
}

/** The badge follows the producer: one write over all their listings. */
export function setSupported(producerId: string, supported: boolean, now: number): Promise<number> {
  return updateWhere(COLLECTIONS.listings, { producerId, supported: !supported }, { supported, updatedAt: now, rev: inc(1) });
}

/**
 * Records one photo's verdict, if that photo is still on the listing and still waits for it (pending, or
 * timed out): true when it did. `event` also fires a state change in the same write (a risky photo
 * rejects the listing); `patch` adds fields.
 */
export function recordPhotoCheck(
  id: string,
  key: string,
  verdict: PhotoCheck,
  patch: Record<string, unknown>,
  event?: ListingEvent,
): Promise<boolean> {
  const c = _();
  const match = { [`photoChecks.${key}`]: c.in([...OPEN_CHECKS]) };
  const data = { ...patch, [`photoChecks.${key}`]: verdict };
  return event ? transition(id, event, match, data) : updateIf(COLLECTIONS.listings, { ...match, _id: id }, { ...data, rev: inc(1) });
}

export type BrowseFilter = { nodeId?: string; category?: ListingCategory; supported?: boolean; q?: string };

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** On-sale listings under a node (a station, a 所 or the county), newest or by price: one read. */
export function browsePage(f: BrowseFilter, order: Order, page: PageRequest): Promise<Page<ListingDoc>> {
  const where = {
    status: 'on_sale',
    ...(f.nodeId ? { stationPath: f.nodeId } : {}),
    ...(f.category ? { category: f.category } : {}),
    ...(f.supported ? { supported: true } : {}),
    ...(f.q ? { name: db().RegExp({ regexp: escapeRegex(f.q), options: 'i' }) } : {}),
  };
  return keysetRead<ListingDoc>(COLLECTIONS.listings, where, order, page);
}

export const NEWEST = orderBy('onSaleAt', 'desc');
export const PRICE_ASC = orderBy('priceFen', 'asc');
export const PRICE_DESC = orderBy('priceFen', 'desc');
const QUEUE = FLAGGED_THEN_OLDEST;
const BY_PRODUCER = orderBy('createdAt', 'desc');

/** Listings waiting for review under any of `scopes` (and under `nodeId`): flagged first, then oldest first. */
export function pendingReview(scopes: string[], nodeId: string | undefined, page: PageRequest): Promise<Page<ListingDoc>> {
  const c = _();
  const inScope = { status: 'pending_review', stationPath: c.in(scopes) };
  return keysetRead<ListingDoc>(COLLECTIONS.listings, nodeId ? c.and([inScope, { stationPath: nodeId }]) : inScope, QUEUE, page);
}

/** A producer's listings, newest first. */
export function byProducer(producerId: string, page: PageRequest): Promise<Page<ListingDoc>> {
  return keysetRead<ListingDoc>(COLLECTIONS.listings, { producerId }, BY_PRODUCER, page);
}

/** Listings of any state whose ids are given (at most 100). */
export function listingsById(ids: string[]): Promise<ListingDoc[]> {
  return rows<ListingDoc>(
    listings()
      .where({ _id: _().in(ids) })
      .limit(100),
  );
}

/** How many listings wait for review under any of `scopes` (the workbench's to-do count): one count. */
export function countPendingReview(scopes: string[]): Promise<number> {
  return countWhere(COLLECTIONS.listings, { status: 'pending_review', stationPath: _().in(scopes) });
}
