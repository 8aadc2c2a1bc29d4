/**
 * What each reader may see of an order. The buyer: everything of their own order, with the pickup code
 * and its QR payload while it waits for pickup. Staff over the pickup station: the buyer's name and masked
 * phone, never the code (the buyer shows it). A producer: only their own lines, no buyer at all.
 */
import type { OrderLineView, OrderView, OrderViewer, SaleView, VisibleOrderState } from '../../contracts/order';
import { pickupQrPayload } from '../../contracts/order';
import { isStaffOver, type Grants } from '../../core/access';
import { maskName, maskPhone } from '../../core/mask';
import { OPEN_FOR_PICKUP, orderActions } from '../../core/order';
import { opt, present } from '../shared/view-fields';
import type { OrderDoc, OrderLineDoc } from './repo';

export type OrderReaderDoc = Grants & { _id: string };

/** The reader's relation to the order, or null when they may not see it. */
export function viewerOf(o: OrderDoc, me: OrderReaderDoc, producerIds: readonly string[] = []): OrderViewer | null {
  if (o.buyerId === me._id) return 'buyer';
  if (isStaffOver(me, o.stationPath)) return 'staff';
  if (o.lines.some((l) => l.producerUserId === me._id || producerIds.includes(l.producerId))) return 'producer';
  return null;
}

function lineView(l: OrderLineDoc, viewer: OrderViewer): OrderLineView {
  return {
    listingId: l.listingId,
    name: l.name,
    photo: l.photo,
    unit: l.unit,
    qty: l.qty,
    priceFen: l.priceFen,
    amountFen: l.amountFen,
    ...present(l, ['pointsPrice', 'points']),
    producerId: l.producerId,
    producerName: viewer === 'buyer' ? maskName(l.producerName) : l.producerName,
    supported: l.supported,
  };
}

/** The order as `viewer` sees it, with what the reader may do now. */
export function toOrderView(o: OrderDoc, viewer: OrderViewer, me: OrderReaderDoc, now: number): OrderView {
  const buyer = viewer === 'buyer';
  const staff = viewer === 'staff';
  const lines = viewer === 'producer' ? o.lines.filter((l) => l.producerUserId === me._id) : o.lines;
  const code = buyer && OPEN_FOR_PICKUP.includes(o.state) ? o.pickupCode : undefined;
  return {
    id: o._id,
    state: o.state as VisibleOrderState,
    payMethod: o.payMethod,
    stationId: o.stationId,
    stationName: o.stationName,
    lines: lines.map((l) => lineView(l, viewer)),
    amountFen: o.amountFen,
    ...opt('pointsTotal', o.pointsTotal),
    feeFen: o.feeFen,
    loveBuy: o.loveBuy,
    createdAt: o.createdAt,
    payBy: o.payBy,
    ...present(o, ['paidAt', 'readyAt', 'completedAt', 'cancelledAt', 'cancelReason', 'refundReason', 'refundedAt']),
    ...opt('pickupCode', code),
    ...opt('pickupQr', code ? pickupQrPayload(code) : undefined),
    ...(staff ? { buyerName: o.buyerName, ...opt('buyerPhone', o.buyerPhone ? maskPhone(o.buyerPhone) : undefined) } : {}),
    viewer,
    actions: orderActions(o, { isBuyer: buyer, isStaff: staff || (buyer && isStaffOver(me, o.stationPath)) }, now),
  };
}

/** One producer's part of an order (mySales). */
export function toSaleView(o: OrderDoc, producerId: string): SaleView {
  const lines = o.lines.filter((l) => l.producerId === producerId);
  const amountFen = lines.reduce((s, l) => s + l.amountFen, 0);
  const feeFen = lines.reduce((s, l) => s + l.feeFen, 0);
  const points = lines.reduce((s, l) => s + (l.points ?? 0), 0);
  return {
    orderId: o._id,
    state: o.state as VisibleOrderState,
    payMethod: o.payMethod,
    stationName: o.stationName,
    lines: lines.map((l) => lineView(l, 'producer')),
    amountFen,
    feeFen,
    // A refund gives the money back to the buyer: a refunding or refunded order earns the producer nothing.
    incomeFen: o.payMethod === 'wechat' && o.state !== 'refunding' && o.state !== 'refunded' ? amountFen - feeFen : 0,
    ...(o.payMethod === 'points' ? { points } : {}),
    loveBuy: o.loveBuy,
    ...present(o, ['paidAt', 'completedAt']),
  };
}
