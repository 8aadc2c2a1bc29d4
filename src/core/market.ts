/**
 * The market's rules: the listing and producer-registration state machines, what sends an edited listing
 * back to review, where a listing may be picked up, stock and photo-check rules. Pure: the server applies
 * them with conditional writes (src/server/market), and the unit tests prove them.
 */
import type { ListingStatus, PhotoCheck, ProducerStatus } from '../contracts/market';
import { defineMachine } from './machine';

/** Who acts on a listing: its producer (the account behind it), staff over its pickup station, or the system. */
export type ListingActor = 'producer' | 'staff' | 'system';

/**
 * pending_review → on_sale ⇄ off_shelf; on_sale → sold_out when stock reaches 0 (and back when it is
 * restocked); rejected with a reason. An edit of what staff checked (REVIEWED_FIELDS) sends any listing
 * back to review; a photo WeChat finds risky rejects it wherever it stands.
 */
export const LISTING_MACHINE = defineMachine({
  states: ['pending_review', 'on_sale', 'off_shelf', 'sold_out', 'rejected'] as const satisfies readonly ListingStatus[],
  transitions: {
    approve: { from: ['pending_review'], to: 'on_sale', by: ['staff'] },
    reject: { from: ['pending_review'], to: 'rejected', by: ['staff'] },
    takeOff: { from: ['on_sale', 'sold_out'], to: 'off_shelf', by: ['producer', 'staff'] },
    putOn: { from: ['off_shelf'], to: 'on_sale', by: ['producer', 'staff'] },
    /** Stock edited to 0 (later: the last unit ordered). */
    sellOut: { from: ['on_sale'], to: 'sold_out', by: ['producer', 'staff', 'system'] },
    /** Stock edited above 0 (later: an order cancelled or refunded). */
    restock: { from: ['sold_out'], to: 'on_sale', by: ['producer', 'staff', 'system'] },
    /** An edit of a reviewed field. */
    resubmit: { from: ['pending_review', 'on_sale', 'off_shelf', 'sold_out', 'rejected'], to: 'pending_review', by: ['producer', 'staff'] },
    /** WeChat's image check answered `risky` for one of its photos. */
    photoRisky: { from: ['pending_review', 'on_sale', 'off_shelf', 'sold_out'], to: 'rejected', by: ['system'] },
  },
});
export type ListingEvent = keyof typeof LISTING_MACHINE.transitions;

/** Who acts on a producer registration: the villager themself, or staff over its station. */
export type ProducerActor = 'self' | 'staff';

/** pending → approved | rejected; a rejected villager may apply again (→ pending). */
export const PRODUCER_MACHINE = defineMachine({
  states: ['pending', 'approved', 'rejected'] as const satisfies readonly ProducerStatus[],
  transitions: {
    approve: { from: ['pending'], to: 'approved', by: ['staff'] },
    reject: { from: ['pending'], to: 'rejected', by: ['staff'] },
    reapply: { from: ['rejected'], to: 'pending', by: ['self'] },
  },
});
export type ProducerEvent = keyof typeof PRODUCER_MACHINE.transitions;

/**
 * What the shopkeeper checked: a change to any of these sends the listing back to review. Name, description,
 * photos and price (with the points price) are what a buyer decides on; the unit changes what the price
 * means (10 元 a 斤 or a 箱), and another pickup station has another shopkeeper, who has not seen it. Stock,
 * category and origin village are the producer's to keep up to date.
 */
export const REVIEWED_FIELDS = ['name', 'description', 'photos', 'priceFen', 'pointsPrice', 'unit', 'stationId'] as const;
export type ReviewedField = (typeof REVIEWED_FIELDS)[number];

type Comparable = string | number | null | undefined | readonly string[];
const same = (a: Comparable, b: Comparable): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v, i) => v === b[i]) : (a ?? null) === (b ?? null);

/** The reviewed fields an edit really changes (a field sent with its current value changes nothing). */
export function reviewedChanges(
  before: Partial<Record<ReviewedField, Comparable>>,
  edit: Partial<Record<ReviewedField, Comparable>>,
): ReviewedField[] {
  return REVIEWED_FIELDS.filter((f) => edit[f] !== undefined && !same(before[f], edit[f]));
}

/**
 * A pickup station is the producer's own station or another station of the same 所 (a node path is
 * center → 所 → 站, so the same 所 is the same parent).
 */
export function isPickupAllowed(producerStationPath: readonly string[], pickup: { kind: string; path: readonly string[] }): boolean {
  if (pickup.kind !== 'station' || producerStationPath.length < 2 || pickup.path.length !== producerStationPath.length) return false;
  return pickup.path[pickup.path.length - 2] === producerStationPath[producerStationPath.length - 2];
}

/** The stock event an edit of `stock` fires from `status`: selling out at 0, back on sale above it. */
export function stockEvent(status: ListingStatus, stock: number): ListingEvent | null {
  if (stock === 0 && LISTING_MACHINE.next(status, 'sellOut')) return 'sellOut';
  if (stock > 0 && LISTING_MACHINE.next(status, 'restock')) return 'restock';
  return null;
}

/** The photo checks a listing's photos carry, by photo key (photoKey). */
export type PhotoChecks = Readonly<Record<string, PhotoCheck>>;

/**
 * A short key for a photo's file id, usable as a database field name (file ids hold dots and slashes):
 * FNV-1a, 64 bits, hex. Two photos of one listing colliding is a 1 in 10^18 event.
 */
export function photoKey(fileId: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(fileId)) h = BigInt.asUintN(64, (h ^ BigInt(byte)) * 0x100000001b3n);
  return 'p' + h.toString(16).padStart(16, '0');
}

/** The checks of `photos` after an edit: a kept photo keeps its verdict, a new one waits for its own. */
export function checksFor(photos: readonly string[], before: PhotoChecks = {}): Record<string, PhotoCheck> {
  return Object.fromEntries(photos.map((p) => [photoKey(p), before[photoKey(p)] ?? 'pending']));
}

export type PhotoSummary = { pending: number; risky: number; flagged: number };

/** How many of `photos` still wait for a verdict, were found risky, or want a person to look (review/timeout). */
export function summarizeChecks(photos: readonly string[], checks: PhotoChecks): PhotoSummary {
  const verdicts = photos.map((p) => checks[photoKey(p)] ?? 'pending');
  return {
    pending: verdicts.filter((v) => v === 'pending').length,
    risky: verdicts.filter((v) => v === 'risky').length,
    flagged: verdicts.filter((v) => v === 'review' || v === 'timeout').length,
  };
}

/** The verdicts an incoming one may replace: a pending check, or one that timed out waiting. */
export const OPEN_CHECKS: readonly PhotoCheck[] = ['pending', 'timeout'];

/** Why a listing cannot go on sale now (approve, put on shelf), or null. */
export function onSaleRefusal(l: {
  stock: number;
  photos: readonly string[];
  photoChecks: PhotoChecks;
}): 'MARKET_STOCK_EMPTY' | 'MARKET_PHOTO_RISKY' | 'MARKET_PHOTO_CHECK_PENDING' | null {
  const s = summarizeChecks(l.photos, l.photoChecks);
  if (s.risky) return 'MARKET_PHOTO_RISKY';
  if (s.pending) return 'MARKET_PHOTO_CHECK_PENDING';
  if (l.stock <= 0) return 'MARKET_STOCK_EMPTY';
  return null;
}
