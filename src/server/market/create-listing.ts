import { MarketInput } from '../../contracts/market.schema';
import { checksFor, isPickupAllowed, photoKey } from '../../core/market';
import { isStaffOver, notStaffRefusal } from '../../core/access';
import { AppError } from '../errors';
import { requireStation } from '../org/stations';
import { defineAction } from '../router';
import { audit, targetOf } from '../shared/audit';
import { checkTexts, SCENE } from '../shared/content-check';
import { newId } from '../shared/ids';
import { requireProducer } from './guards';
import { refuseIf } from '../shared/guards';
import { checkPhotos } from './media-apply';
import { findProducer, ownProducerId, type ProducerDoc } from './producer-repo';
import { findListing, insertListing, type ListingDoc } from './repo';
import { listingViewFor } from './view';

/** The texts of a listing the content check reads (a buyer reads them all). */
export const LISTING_TEXTS = [
  { field: 'name', label: '商品名称' },
  { field: 'description', label: '商品介绍' },
  { field: 'originVillage', label: '产地' },
] as const;

/**
 * A registered producer lists their produce, or staff list it on a producer's behalf (a villager without a
 * smartphone: `producerId`). Every listing waits for the pickup station's review; each photo goes to
 * WeChat's image check, and nothing goes on sale before every photo has its verdict.
 */
export const createListing = defineAction({
  input: MarketInput.createListing,
  write: true,
  async handle(input, ctx) {
    const me = await ctx.me();
    let producer: ProducerDoc | null;
    if (input.producerId) {
      producer = await requireProducer(input.producerId);
      if (!isStaffOver(me, producer.stationPath)) refuseIf(notStaffRefusal(me));
    } else {
      producer = await findProducer(ownProducerId(me._id));
      if (!producer) throw new AppError('MARKET_PRODUCER_REQUIRED');
    }
    if (producer.status !== 'approved') throw new AppError('MARKET_PRODUCER_NOT_APPROVED');
    const station = await requireStation(input.stationId);
    if (!isPickupAllowed(producer.stationPath, station)) {
      throw new AppError('MARKET_PICKUP_STATION_INVALID', undefined, { stationId: '请选择农户所在实践所的站点' });
    }
    const { review } = await checkTexts(
      ctx.openid,
      LISTING_TEXTS.map((t) => ({ ...t, text: input[t.field], scene: SCENE.forum })),
    );

    const proxy = !!input.producerId;
    const doc: ListingDoc = {
      _id: newId('l', ctx.now),
      status: 'pending_review',
      name: input.name,
      description: input.description,
      photos: input.photos,
      category: input.category,
      unit: input.unit,
      priceFen: input.priceFen,
      ...(input.pointsPrice !== undefined ? { pointsPrice: input.pointsPrice } : {}),
      ...(input.perBuyerLimit !== undefined ? { perBuyerLimit: input.perBuyerLimit } : {}),
      stock: input.stock,
      soldCount: 0,
      originVillage: input.originVillage,
      producerId: producer._id,
      ...(producer.userId ? { producerUserId: producer.userId } : {}),
      producerName: producer.name,
      producerStationPath: producer.stationPath,
      supported: producer.supported,
      stationId: station._id,
      stationName: station.name,
      stationPath: station.path,
      photoChecks: checksFor(input.photos),
      flagged: review.length > 0,
      flaggedFields: review,
      proxy,
      createdBy: me._id,
      rev: 0,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    await insertListing(doc);
    const checked = await checkPhotos(ctx.openid, { kind: 'listing', id: doc._id }, input.photos, ctx.now);
    ctx.notify(...checked.notices);
    if (proxy) {
      await audit(ctx, {
        action: 'market.proxyCreateListing',
        ...targetOf('listing', doc),
        detail: { producerId: producer._id },
      });
    }
    // Photos whose check could not be asked for were just marked 'review' (as written by applyVerdict); a
    // verdict that came before its request may have changed more: then read what is stored.
    const marked = checked.failed.length
      ? {
          ...doc,
          flagged: true,
          photoChecks: { ...doc.photoChecks, ...Object.fromEntries(checked.failed.map((f) => [photoKey(f), 'review' as const])) },
        }
      : doc;
    return listingViewFor(checked.early ? ((await findListing(doc._id)) ?? marked) : marked, me);
  },
});
