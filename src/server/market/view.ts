/**
 * What each reader may see of a listing or a producer. A buyer gets the card fields, all photos, the
 * producer's masked name and the badge — never a phone, an address or the household's support category
 * (those live on the producer, which buyers never read). The producer and staff see the review's outcome
 * and each photo's check; staff also what the checks flagged.
 */
import type { ListingCard, ListingView, ListingViewer, ProducerView } from '../../contracts/market';
import { ORDER_RULES } from '../../contracts/order';
import { maskName } from '../../core/mask';
import { photoKey, summarizeChecks } from '../../core/market';
import { listingActions, listingActors, listingViewerOf, producerActions, type Reader } from '../../core/market-access';
import { isStaffOver } from '../../core/access';
import type { ListingDoc } from './repo';
import type { ProducerDoc } from './producer-repo';
import { opt, pick } from '../shared/view-fields';

/** The document fields each view shows unchanged, each list checked against its view: nothing else can slip in. */
type Keys<V> = readonly (keyof V)[];
const AT_STATION = ['stationId', 'stationName'] as const;
const CARD = ['name', 'category', 'priceFen', 'unit', 'originVillage', ...AT_STATION, 'supported', 'soldCount'] satisfies Keys<ListingCard>;
const LISTING = ['status', 'description', 'photos', 'stock', 'createdAt', 'updatedAt'] satisfies Keys<ListingView>;
const PRODUCER = ['name', 'village', ...AT_STATION, 'status', 'supported', 'proxy', 'registeredAt'] satisfies Keys<ProducerView>;

export function toCard(l: ListingDoc): ListingCard {
  return {
    id: l._id,
    ...pick(l, CARD),
    photo: l.photos[0] ?? '',
    ...opt('pointsPrice', l.pointsPrice),
    ...opt('onSaleAt', l.onSaleAt),
  };
}

/** The fields the content and image checks want staff to look at ('photos' when a photo came back review or timed out). */
function flaggedFieldsOf(l: ListingDoc): string[] {
  const photos = summarizeChecks(l.photos, l.photoChecks).flagged > 0;
  const texts = l.flaggedFields.filter((f) => f !== 'photos');
  return photos ? [...texts, 'photos'] : texts;
}

/** What one order may take of the listing now (placeOrder checks the same and the per-buyer counter). */
function buyMaxOf(l: ListingDoc & { perBuyerLimit?: number }): number | undefined {
  if (l.status !== 'on_sale' || l.stock < 1) return undefined;
  return Math.min(l.stock, l.perBuyerLimit ?? ORDER_RULES.qtyMax, ORDER_RULES.qtyMax);
}

/** The listing as `viewer` sees it, with what the reader (`actors`) may do now. */
export function toListingView(l: ListingDoc, viewer: ListingViewer, actors: Parameters<typeof listingActions>[1] = []): ListingView {
  const party = viewer !== 'buyer';
  const flaggedFields = viewer === 'staff' ? flaggedFieldsOf(l) : [];
  return {
    ...toCard(l),
    ...pick(l, LISTING),
    producerName: party ? l.producerName : maskName(l.producerName),
    viewer,
    actions: listingActions(l, actors),
    ...opt('buyMax', buyMaxOf(l)),
    ...(party
      ? {
          ...opt('rejectReason', l.status === 'rejected' ? l.rejectReason : undefined),
          photoChecks: l.photos.map((fileId) => ({ fileId, check: l.photoChecks[photoKey(fileId)] ?? 'pending' })),
          proxy: l.proxy,
          producerId: l.producerId,
        }
      : {}),
    ...(viewer === 'staff' ? { flagged: flaggedFields.length > 0, flaggedFields } : {}),
  };
}

/** The view for whoever `reader` is to the listing. */
export function listingViewFor(l: ListingDoc, reader: Reader | null): ListingView {
  const actors = listingActors(l, reader);
  return toListingView(l, listingViewerOf(actors), actors);
}

/**
 * A producer as `reader` sees them: staff over the producer's station get the phone and the support
 * category; the villager their own phone but not the category (nobody but staff reads it).
 */
export function toProducerView(p: ProducerDoc, reader: Reader | null): ProducerView {
  const staff = !!reader && isStaffOver(reader, p.stationPath);
  const self = !!reader && !!p.userId && p.userId === reader._id;
  return {
    id: p._id,
    ...pick(p, PRODUCER),
    ...(staff || self ? { phone: p.phone } : {}),
    ...(staff ? opt('supportCategory', p.supportCategory) : {}),
    ...(staff || self ? opt('reviewNote', p.reviewNote || undefined) : {}),
    actions: producerActions(p, reader),
  };
}
