/**
 * Who a reader is to a listing or a producer, and what they may do now — the `actions` the views carry,
 * from the state machines plus the market's rules. Pure.
 */
import type { ListingStatus, ListingViewAction, ListingViewer, ProducerStatus, ProducerViewAction } from '../contracts/market';
import { isStaffAnywhere, isStaffOver, notStaffRefusal, type Grants } from './access';
import { LISTING_MACHINE, onSaleRefusal, PRODUCER_MACHINE, type ListingActor, type PhotoChecks } from './market';

export type Reader = Grants & { _id: string };

/** What a listing's access rules need to know about it. */
export type ListingParties = {
  status: ListingStatus;
  /** The account of the producer (absent for a villager staff registered without a phone). */
  producerUserId?: string;
  /** The pickup station's path: its staff and those above review and manage the listing. */
  stationPath: readonly string[];
  stock: number;
  soldCount: number;
  photos: readonly string[];
  photoChecks: PhotoChecks;
};

/** The machine's actors the reader is for this listing (a producer who is also staff over it is both). */
export function listingActors(l: Pick<ListingParties, 'producerUserId' | 'stationPath'>, reader: Reader | null): ListingActor[] {
  if (!reader) return [];
  const actors: ListingActor[] = [];
  if (l.producerUserId && l.producerUserId === reader._id) actors.push('producer');
  if (isStaffOver(reader, l.stationPath)) actors.push('staff');
  return actors;
}

/** Which view the reader gets: staff over the pickup station, the producer, or a buyer's. */
export function listingViewerOf(actors: readonly ListingActor[]): ListingViewer {
  if (actors.includes('staff')) return 'staff';
  if (actors.includes('producer')) return 'producer';
  return 'buyer';
}

/**
 * Why the reader may not manage (edit, shelve, delete) the listing: the producer and staff over its pickup
 * station may; another producer is told it is not theirs; staff elsewhere are out of scope.
 */
export function manageRefusal(
  l: Pick<ListingParties, 'producerUserId' | 'stationPath'>,
  reader: Reader,
): 'MARKET_NOT_YOUR_LISTING' | 'OUT_OF_SCOPE' | null {
  if (listingActors(l, reader).length) return null;
  return isStaffAnywhere(reader) ? 'OUT_OF_SCOPE' : 'MARKET_NOT_YOUR_LISTING';
}

/** Staff over the pickup station review it; others are refused. */
export function reviewRefusal(l: Pick<ListingParties, 'stationPath'>, reader: Reader): 'OUT_OF_SCOPE' | 'FORBIDDEN' | null {
  return isStaffOver(reader, l.stationPath) ? null : notStaffRefusal(reader);
}

/**
 * What the reader may do to the listing now, in the order pages show the buttons. Machine events the
 * reader's actors may fire from its state, kept only where the market's rules let them through (nothing
 * goes on sale with a pending or risky photo or without stock), plus edit and delete (never sold).
 */
export function listingActions(l: ListingParties, actors: readonly ListingActor[]): ListingViewAction[] {
  const manages = actors.includes('producer') || actors.includes('staff');
  if (!manages) return [];
  const events = LISTING_MACHINE.eventsFor(l.status, actors);
  const goesOnSale = onSaleRefusal(l) === null;
  const out: ListingViewAction[] = ['edit'];
  if (events.includes('approve') && goesOnSale) out.push('approve');
  if (events.includes('reject')) out.push('reject');
  if (events.includes('takeOff')) out.push('takeOff');
  if (events.includes('putOn') && goesOnSale) out.push('putOn');
  if (l.soldCount === 0) out.push('delete');
  return out;
}

/** What staff (or the villager) may do about a producer registration now. */
export function producerActions(
  p: { status: ProducerStatus; stationPath: readonly string[] },
  reader: Reader | null,
): ProducerViewAction[] {
  if (!reader || !isStaffOver(reader, p.stationPath)) return [];
  const out: ProducerViewAction[] = [];
  if (PRODUCER_MACHINE.next(p.status, 'approve')) out.push('approve');
  if (PRODUCER_MACHINE.next(p.status, 'reject')) out.push('reject');
  if (p.status === 'approved') out.push('markSupported', 'createListing');
  return out;
}
