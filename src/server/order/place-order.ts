import { OrderInput } from '../../contracts/order.schema';
import { ORDER_RULES } from '../../contracts/order';
import { holdsRole } from '../../core/access';
import { noPickupKey, orderTotals } from '../../core/order';
import type { Ctx } from '../ctx';
import { AppError } from '../errors';
import { listingsById, type ListingDoc } from '../market/repo';
import { loadCenterSettings } from '../shared/center-settings';
import { newId } from '../shared/ids';
import { defineAction } from '../router';
import type { UserDoc } from '../user/repo';
import { holdAll, holdError, releaseAll } from './reservation';
import { insertOrder, removeReserving, transition, type OrderDoc } from './repo';
import { toOrderView } from './view';

/** A producer may cap what one buyer takes of a listing in all (`perBuyerLimit` on the listing). */
type Listing = ListingDoc;
type Line = { listingId: string; qty: number };

/** Refuses what the listings as read already rule out, before anything is written. */
function check(lines: Line[], found: Map<string, Listing>, stationId: string, pay: 'wechat' | 'points'): Listing[] {
  return lines.map(({ listingId, qty }) => {
    const l = found.get(listingId);
    if (!l) throw new AppError('MARKET_LISTING_NOT_FOUND');
    if (l.status === 'sold_out') throw new AppError('OUT_OF_STOCK');
    if (l.status !== 'on_sale') throw new AppError('ORDER_LISTING_NOT_ON_SALE');
    if (l.stationId !== stationId) throw new AppError('ORDER_MIXED_STATIONS');
    if (pay === 'points' && l.pointsPrice === undefined) throw new AppError('ORDER_POINTS_UNAVAILABLE');
    if (l.perBuyerLimit !== undefined && qty > l.perBuyerLimit) throw new AppError('LIMIT_PER_BUYER');
    // The stock as read is only a hint (the take decides), but a listing already short is refused unwritten.
    if (l.stock < qty) throw new AppError('OUT_OF_STOCK');
    return l;
  });
}

function orderDoc(
  ctx: Ctx,
  me: UserDoc,
  input: { stationId: string; lines: Line[]; pay: 'wechat' | 'points' },
  listings: Listing[],
  rateBp: number,
): OrderDoc {
  const id = newId('o', ctx.now);
  const priced = input.lines.map((line, i) => ({ ...line, priceFen: listings[i].priceFen, pointsPrice: listings[i].pointsPrice }));
  const totals = orderTotals(priced, rateBp, input.pay);
  const first = listings[0];
  return {
    _id: id,
    state: 'reserving',
    buyerId: me._id,
    buyerName: me.volunteer?.realName ?? me.nickname,
    ...(me.volunteer?.phone ? { buyerPhone: me.volunteer.phone } : {}),
    loveBuy: holdsRole(me, 'unit'),
    payMethod: input.pay,
    stationId: input.stationId,
    stationName: first.stationName,
    stationPath: first.stationPath,
    lines: input.lines.map((line, i) => {
      const l = listings[i];
      return {
        listingId: l._id,
        name: l.name,
        photo: l.photos[0] ?? '',
        unit: l.unit,
        qty: line.qty,
        priceFen: l.priceFen,
        amountFen: totals.amounts[i],
        feeFen: totals.fees[i],
        ...(l.pointsPrice !== undefined ? { pointsPrice: l.pointsPrice, points: l.pointsPrice * line.qty } : {}),
        producerId: l.producerId,
        ...(l.producerUserId ? { producerUserId: l.producerUserId } : {}),
        producerName: l.producerName,
        supported: l.supported,
        ...(l.perBuyerLimit !== undefined ? { perBuyerLimit: l.perBuyerLimit } : {}),
      };
    }),
    producerIds: [...new Set(listings.map((l) => l.producerId))],
    amountFen: totals.amountFen,
    feeFen: totals.feeFen,
    feeRateBp: input.pay === 'wechat' ? rateBp : 0,
    ...(input.pay === 'points' && totals.pointsTotal !== undefined ? { pointsTotal: totals.pointsTotal } : {}),
    createdAt: ctx.now,
    payBy: ctx.now + ORDER_RULES.unpaidMs,
    updatedAt: ctx.now,
    stockHeld: true,
    attempts: [],
    attemptCount: 0,
    pickupKey: noPickupKey(id),
  };
}

/**
 * An order of 1–20 lines from one pickup station: stock for all of them or none (src/server/order/
 * reservation.ts). The order is written first (`reserving`), then each line takes its units with one
 * conditional write on its listing; a line that cannot be had gives the others back and the buyer reads
 * OUT_OF_STOCK (库存不足) or LIMIT_PER_BUYER — never a transaction conflict, since no listing is ever in a
 * transaction. Then the order waits 15 minutes for payment.
 * Database calls (one line, the buyer known): user, listings (1 read); order insert, the take, the
 * transition (3 writes) and the router's write budget.
 */
export const placeOrder = defineAction({
  input: OrderInput.placeOrder,
  write: true,
  async handle(input, ctx) {
    const me = await ctx.me();
    const found = new Map((await listingsById(input.lines.map((l) => l.listingId))).map((l) => [l._id, l as Listing]));
    const listings = check(input.lines, found, input.stationId, input.pay);
    const settings = await loadCenterSettings(ctx.now);
    const order = orderDoc(ctx, me, input, listings, settings.marketFeeRateBp);
    await insertOrder(order);
    const failure = await holdAll(order, ctx.now);
    if (failure) {
      await removeReserving(order._id);
      throw holdError(failure);
    }
    if (!(await transition(order._id, 'reserved', {}, { updatedAt: ctx.now }))) {
      // The repair job took it for a dead call's order (it waited past ORDER_INTERNALS.reservingStaleMs).
      await releaseAll(order, ctx.now);
      await removeReserving(order._id);
      throw new AppError('CONFLICT');
    }
    return toOrderView({ ...order, state: 'pending_payment' }, 'buyer', me, ctx.now);
  },
});
