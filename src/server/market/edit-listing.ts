import { MarketInput } from '../../contracts/market.schema';
import { checksFor, isPickupAllowed, reviewedChanges, stockEvent, summarizeChecks, type ListingEvent } from '../../core/market';
import { manageRefusal } from '../../core/market-access';
import { AppError } from '../errors';
import { requireStation } from '../org/stations';
import { audit, targetOf } from '../shared/audit';
import { checkTexts, SCENE } from '../shared/content-check';
import { LISTING_TEXTS } from './create-listing';
import { listingWrite } from './guards';
import { refuseIf } from '../shared/guards';
import { checkPhotos } from './media-apply';
import { findListing, replace, transition, unset, updateAt, type ListingDoc } from './repo';
import { listingViewFor } from './view';

type Plain = Partial<Pick<ListingDoc, 'name' | 'description' | 'category' | 'unit' | 'priceFen' | 'stock' | 'originVillage'>>;

/**
 * The producer (or staff over the pickup station) changes a listing. A change to what the shopkeeper
 * checked — name, description, photos, price, points price, unit, pickup station (core/market
 * REVIEWED_FIELDS) — sends it back to review from any state; stock alone does not, but selling out at 0
 * and coming back above it (the machine's sellOut / restock). New photos go to the image check; a photo
 * found risky must be replaced before the listing can be reviewed again.
 *
 * One conditional write on the revision read, so an edit never overwrites a review (or another edit) it
 * did not see: the loser answers CONFLICT and reads again.
 */
export const editListing = listingWrite(MarketInput.editListing, async (l, me, input, ctx) => {
  refuseIf(manageRefusal(l, me));

  const station = input.stationId !== undefined && input.stationId !== l.stationId ? await requireStation(input.stationId) : null;
  if (station && !isPickupAllowed(l.producerStationPath, station)) {
    throw new AppError('MARKET_PICKUP_STATION_INVALID', undefined, { stationId: '请选择农户所在实践所的站点' });
  }
  const changedTexts = LISTING_TEXTS.filter((t) => input[t.field] !== undefined && input[t.field] !== l[t.field]);
  const { review } = await checkTexts(
    ctx.openid,
    changedTexts.map((t) => ({ ...t, text: input[t.field], scene: SCENE.forum })),
  );

  const reviewed = reviewedChanges(l, input);
  const photos = input.photos && reviewed.includes('photos') ? input.photos : l.photos;
  const photoChecks = photos === l.photos ? l.photoChecks : checksFor(photos, l.photoChecks);
  if (reviewed.length && summarizeChecks(photos, photoChecks).risky)
    throw new AppError('MARKET_PHOTO_RISKY', undefined, { photos: '请更换未通过检测的图片' });

  const plain: Plain = {};
  for (const f of ['name', 'description', 'category', 'unit', 'priceFen', 'stock', 'originVillage'] as const) {
    if (input[f] !== undefined && input[f] !== l[f]) (plain as Record<string, unknown>)[f] = input[f];
  }
  const textFlags = [...l.flaggedFields.filter((f) => f !== 'photos' && !changedTexts.some((t) => t.field === f)), ...review];
  const flagged = textFlags.length > 0 || summarizeChecks(photos, photoChecks).flagged > 0;
  const pointsPriceChanged = input.pointsPrice !== undefined && (input.pointsPrice ?? undefined) !== l.pointsPrice;
  // Not reviewed: a limit is the producer's to set (orders placed before keep their share).
  const limitChanged = input.perBuyerLimit !== undefined && (input.perBuyerLimit ?? undefined) !== l.perBuyerLimit;
  const changed = Object.keys(plain).length > 0 || pointsPriceChanged || limitChanged || photos !== l.photos || !!station;
  if (!changed) return listingViewFor(l, me);

  const event: ListingEvent | null = reviewed.length ? 'resubmit' : plain.stock !== undefined ? stockEvent(l.status, plain.stock) : null;
  const patch: Record<string, unknown> = {
    ...plain,
    ...(pointsPriceChanged ? { pointsPrice: input.pointsPrice === null ? unset() : input.pointsPrice } : {}),
    ...(limitChanged ? { perBuyerLimit: input.perBuyerLimit === null ? unset() : input.perBuyerLimit } : {}),
    ...(photos !== l.photos ? { photos, photoChecks: replace(photoChecks) } : {}),
    ...(station ? { stationId: station._id, stationName: station.name, stationPath: station.path } : {}),
    ...(event === 'resubmit' ? { rejectReason: unset() } : {}),
    flaggedFields: textFlags,
    flagged,
    updatedAt: ctx.now,
  };
  const ok = event ? await transition(l._id, event, { rev: l.rev }, patch) : await updateAt(l._id, l.rev, patch);
  if (!ok) throw new AppError('CONFLICT');

  const added = photos.filter((p) => !l.photos.includes(p));
  const checked = await checkPhotos(ctx.openid, { kind: 'listing', id: l._id }, added, ctx.now);
  ctx.notify(...checked.notices);
  if (!l.producerUserId || l.producerUserId !== me._id) {
    await audit(ctx, {
      action: 'market.editListing',
      ...targetOf('listing', l),
      detail: { fields: Object.keys(patch), event },
    });
  }
  // The write mixed plain values with commands (unset, replace): answer what is stored now.
  return listingViewFor((await findListing(l._id)) ?? l, me);
});
