/**
 * The orders repository: the only code that speaks to `orders`. An order is written once at placement
 * (state `reserving`) and then moved only by conditional writes whose from-states come from the machine
 * (`transition`). One buyer's order is nobody else's hot document, so the points payment and refund may
 * run it in a transaction with the ledger.
 */
import { COLLECTIONS } from '../../contracts/collections';
import type { OrderLineView, OrderState, PayMethod, VisibleOrderState } from '../../contracts/order';
import { VISIBLE_ORDER_STATES } from '../../contracts/order';
import type { Page } from '../../contracts/paging';
import { OPEN_FOR_PICKUP, ORDER_MACHINE, type OrderEvent } from '../../core/order';
import { db } from '../cloud';
import { countWhere, byId, dueAfter, keysetRead, rows, updateIf, type DueCursor, command as _ } from '../shared/docs';
import type { Order, PageRequest } from '../shared/paging';
import { anyOf, transitionOn, type TransitionOf } from '../shared/transition';

/**
 * A line as stored: the fields its view shows (the producer's name unmasked; `supported` is the 台账's share)
 * and what only the server reads.
 */
export type OrderLineDoc = OrderLineView & {
  /** The platform fee inside amountFen (WeChat orders; 0 for points). */
  feeFen: number;
  producerUserId?: string;
  /** The listing's per-buyer cap when the order was placed: this line holds a share of it. */
  perBuyerLimit?: number;
};

/** One unifiedOrder call: its own outTradeNo. */
export type PayAttempt = { outTradeNo: string; at: number };

export type OrderDoc = {
  _id: string;
  state: OrderState;
  buyerId: string;
  buyerName: string;
  buyerPhone?: string;
  /** Bought by a unit account: 爱心采购. */
  loveBuy: boolean;
  payMethod: PayMethod;
  stationId: string;
  stationName: string;
  stationPath: string[];
  lines: OrderLineDoc[];
  /** Each line's producer (mySales reads by it), and their accounts (the sale notices). */
  producerIds: string[];
  amountFen: number;
  feeFen: number;
  feeRateBp: number;
  pointsTotal?: number;
  createdAt: number;
  payBy: number;
  updatedAt: number;
  /**
   * True from the moment a line may hold stock until every line's hold was released (cancel, refund) or
   * consumed (pickup): the repair job finishes whatever a crashed call left.
   */
  stockHeld: boolean;
  attempts: PayAttempt[];
  /** attempts.length, as a number a conditional write can match. */
  attemptCount: number;
  /** `stationId:code` while paid or ready, `-<id>` otherwise: unique, so a code is one order's at a station. */
  pickupKey: string;
  pickupCode?: string;
  paidAt?: number;
  /** The outTradeNo WeChat's confirmed payment came with, and its transaction id. */
  paidTradeNo?: string;
  transactionId?: string;
  pointsEntryId?: string;
  readyAt?: number;
  completedAt?: number;
  verifiedBy?: string;
  cancelledAt?: number;
  cancelReason?: 'buyer' | 'unpaid';
  refundReason?: string;
  refundBy?: string;
  refundNo?: string;
  refundRequestedAt?: number;
  refundedAt?: number;
  /** Month of payment (yyyy-MM, China time): the 台账's bucket. */
  month?: string;
};

const orders = () => db().collection(COLLECTIONS.orders);

export async function insertOrder(doc: OrderDoc): Promise<void> {
  await orders().add({ data: doc });
}

export function findOrder(id: string): Promise<OrderDoc | null> {
  return byId<OrderDoc>(COLLECTIONS.orders, id);
}

/**
 * Fires `event` in one conditional write: the order must still be in one of the event's from-states and
 * meet `match`. True for the one caller whose write changed it — the guard that makes every effect of a
 * transition (income, stock release, points) happen once however many callers race.
 */
export const transition: TransitionOf<OrderEvent> = transitionOn(COLLECTIONS.orders, 'state', ORDER_MACHINE);

/** An order that could not hold its stock is removed (its holds were given back first): only while it is still where `reserved` would move it from. */
export async function removeReserving(id: string): Promise<boolean> {
  const res = (await orders()
    .where({ _id: id, state: anyOf(ORDER_MACHINE.from('reserved')) })
    .remove()) as { stats?: { removed?: number } };
  return (res.stats?.removed ?? 0) === 1;
}

/** Every line's hold is settled: the repair job has nothing left to do for it. */
export function markStockSettled(id: string, now: number): Promise<boolean> {
  return updateIf(COLLECTIONS.orders, { _id: id, stockHeld: true }, { stockHeld: false, updatedAt: now });
}

/** Records a new payment attempt: only while the order waits for payment and nobody added one meanwhile. */
export function addAttempt(id: string, seen: number, attempt: PayAttempt, now: number): Promise<boolean> {
  return updateIf(
    COLLECTIONS.orders,
    { _id: id, state: anyOf(ORDER_MACHINE.from('payWechat')), attemptCount: seen },
    { attempts: _().push(attempt), attemptCount: seen + 1, updatedAt: now },
  );
}

/** The open order holding `key` (`stationId:code`), or null. */
export async function byPickupKey(key: string): Promise<OrderDoc | null> {
  return (await rows<OrderDoc>(orders().where({ pickupKey: key }).limit(1)))[0] ?? null;
}

/** Orders that hold or held `code` (to say why a code did not match at this station). */
export function byPickupCode(code: string): Promise<OrderDoc[]> {
  return rows<OrderDoc>(
    orders()
      .where({ pickupCode: code, state: _().in(['paid', 'ready', 'completed']) })
      .limit(20),
  );
}

const NEWEST: Order = [
  ['createdAt', 'desc', 'number'],
  ['_id', 'desc', 'string'],
];
const visible = (state?: VisibleOrderState) => (state ? state : _().in([...VISIBLE_ORDER_STATES]));

export function buyerPage(buyerId: string, state: VisibleOrderState | undefined, page: PageRequest): Promise<Page<OrderDoc>> {
  return keysetRead<OrderDoc>(COLLECTIONS.orders, { buyerId, state: visible(state) }, NEWEST, page);
}

export function stationPage(stationId: string, state: VisibleOrderState | undefined, page: PageRequest): Promise<Page<OrderDoc>> {
  return keysetRead<OrderDoc>(COLLECTIONS.orders, { stationId, state: visible(state) }, NEWEST, page);
}

/** A producer's sales: orders with one of their lines that were paid (whatever happened next). */
export function producerPage(producerId: string, page: PageRequest): Promise<Page<OrderDoc>> {
  return keysetRead<OrderDoc>(
    COLLECTIONS.orders,
    { producerIds: producerId, state: _().in(['paid', 'ready', 'completed', 'refunding', 'refunded']) },
    NEWEST,
    page,
  );
}

/** Orders in `state` placed at or before `before`, oldest first, strictly after `cursor`. */
export function dueByState(state: OrderState, before: number, cursor: DueCursor | undefined, limit: number): Promise<OrderDoc[]> {
  return dueAfter<OrderDoc>(COLLECTIONS.orders, { state }, 'createdAt', before, cursor, limit);
}

/** Final orders whose holds a crashed call left unsettled (changed at or before `before`). */
export function unsettled(before: number, cursor: DueCursor | undefined, limit: number): Promise<OrderDoc[]> {
  const due = { stockHeld: true, state: _().in(['cancelled', 'refunded', 'completed']) };
  return dueAfter<OrderDoc>(COLLECTIONS.orders, due, 'updatedAt', before, cursor, limit);
}

/** How many orders wait to be handed over at a station under any of `scopes` (the workbench's to-do count): one count. */
export function countToHandOver(scopes: string[]): Promise<number> {
  return countWhere(COLLECTIONS.orders, { state: _().in([...OPEN_FOR_PICKUP]), stationPath: _().in(scopes) });
}
