/**
 * The order rules: the state machine, amounts in integer fen, the platform fee and its rounding, per-buyer
 * limits, pickup codes, and what a viewer may do with an order. Pure: the server applies them with
 * conditional writes (src/server/order), and the unit tests prove them.
 */
import type { OrderState, OrderViewAction, PayMethod } from '../contracts/order';
import { ORDER_RULES } from '../contracts/order';
import { defineMachine } from './machine';

/**
 * Who acts on an order: its buyer, staff over its pickup station (the shopkeeper 店长 among them), or the
 * system (the pay callback, the release job, placeOrder's own steps).
 */
export type OrderActor = 'buyer' | 'staff' | 'system';

/**
 * reserving → pending_payment once every line's stock is held (an order that cannot hold them all is
 * removed); pending_payment → paid (WeChat's confirmed payment, or points in one transaction with the
 * ledger) → ready (optional) → completed at pickup; cancelled before payment by the buyer or by the release
 * job after 15 minutes; refunded by staff from paid or ready — WeChat orders through `refunding` until the
 * refund notification says SUCCESS, points orders at once.
 */
export const ORDER_MACHINE = defineMachine({
  states: [
    'reserving',
    'pending_payment',
    'paid',
    'ready',
    'completed',
    'cancelled',
    'refunding',
    'refunded',
  ] as const satisfies readonly OrderState[],
  transitions: {
    /** placeOrder held every line's stock. */
    reserved: { from: ['reserving'], to: 'pending_payment', by: ['system'] },
    /** The pay callback (or the release job) found WeChat's payment confirmed by queryOrder. */
    payWechat: { from: ['pending_payment'], to: 'paid', by: ['system'] },
    /** The buyer spent points: the ledger entry commits in the same transaction. */
    payPoints: { from: ['pending_payment'], to: 'paid', by: ['buyer'] },
    cancel: { from: ['pending_payment'], to: 'cancelled', by: ['buyer'] },
    /** Unpaid for ORDER_RULES.unpaidMs. */
    expire: { from: ['pending_payment'], to: 'cancelled', by: ['system'] },
    markReady: { from: ['paid'], to: 'ready', by: ['staff'] },
    /** The buyer's code, verified by staff of the pickup station. */
    pickup: { from: ['paid', 'ready'], to: 'completed', by: ['staff'] },
    /** A WeChat order: the refund is asked for; it is done when WeChat's notification says so. */
    refund: { from: ['paid', 'ready'], to: 'refunding', by: ['staff'] },
    /** A WeChat refund asked for again (same out_refund_no): the state stays. */
    resendRefund: { from: ['refunding'], to: 'refunding', by: ['staff'] },
    /** A points order: points return in the same transaction. */
    refundPoints: { from: ['paid', 'ready'], to: 'refunded', by: ['staff'] },
    /** WeChat's refund notification said SUCCESS. */
    refunded: { from: ['refunding'], to: 'refunded', by: ['system'] },
  },
});
export type OrderEvent = keyof typeof ORDER_MACHINE.transitions;

/** States in which an order holds a pickup code (its `stationId:code` key is taken): those it is picked up from. */
export const OPEN_FOR_PICKUP: readonly OrderState[] = ORDER_MACHINE.from('pickup');

/** Our numbers beyond the contract's (each says why). */
export const ORDER_INTERNALS = {
  /**
   * An order still `reserving` this long after it was placed belongs to a call that died (a cloud function
   * runs at most 60 s): the repair job undoes it.
   */
  reservingStaleMs: 60_000,
  /** Our choice: pay() may be asked this many times for one order (each a fresh outTradeNo). */
  payAttemptsMax: 9,
  /** Our choice: a new pickup code is drawn this often when the one drawn is taken at the station. */
  pickupCodeTries: 5,
} as const;

/** Whole fen: qty × unit price. */
export function lineAmount(priceFen: number, qty: number): number {
  return priceFen * qty;
}

/**
 * The platform fee of one line: amount × rate (basis points), rounded DOWN to the fen — any fraction stays
 * with the producer (zero profit is the default; a fee never rounds up against a villager). The order's
 * fee is the sum of its lines' fees, so a producer's income is the sum of (amount − fee) over their lines.
 */
export function lineFee(amountFen: number, rateBp: number): number {
  if (!Number.isInteger(amountFen) || amountFen < 0) throw new Error(`lineFee: amount ${amountFen} is not whole fen`);
  if (!Number.isInteger(rateBp) || rateBp < 0 || rateBp > 10_000) throw new Error(`lineFee: rate ${rateBp} bp`);
  return Math.floor((amountFen * rateBp) / 10_000);
}

export type PricedLine = { priceFen: number; pointsPrice?: number; qty: number };

/** What an order costs: fen, fee, and points when every line has a points price. */
export function orderTotals(lines: readonly PricedLine[], rateBp: number, pay: PayMethod) {
  const amounts = lines.map((l) => lineAmount(l.priceFen, l.qty));
  const fees = pay === 'wechat' ? amounts.map((a) => lineFee(a, rateBp)) : amounts.map(() => 0);
  const allPoints = lines.every((l) => l.pointsPrice !== undefined);
  return {
    amounts,
    fees,
    amountFen: amounts.reduce((s, a) => s + a, 0),
    feeFen: fees.reduce((s, f) => s + f, 0),
    pointsTotal: allPoints ? lines.reduce((s, l) => s + (l.pointsPrice ?? 0) * l.qty, 0) : undefined,
  };
}

/** May one buyer take `qty` more of a listing capped at `limit` per buyer, holding `already`? */
export function withinBuyerLimit(limit: number | undefined, already: number, qty: number): boolean {
  return limit === undefined || already + qty <= limit;
}

/** A pickup code from a random integer: 6 digits, leading zeros kept. */
export function pickupCodeOf(random: number): string {
  const n = Math.abs(Math.floor(random)) % 10 ** ORDER_RULES.pickupCodeDigits;
  return String(n).padStart(ORDER_RULES.pickupCodeDigits, '0');
}

/** The unique key a code holds while its order waits for pickup: one code per station at a time. */
export const pickupKeyOf = (stationId: string, code: string) => `${stationId}:${code}`;
/** The key of an order without an open code (unique per order, since a missing field would count as a value). */
export const noPickupKey = (orderId: string) => `-${orderId}`;

/** The outTradeNo of attempt `n` (1…) of an order: ≤ 32 of [0-9A-Za-z_-]. */
export function outTradeNoOf(orderId: string, attempt: number): string {
  return `${orderId}_${attempt}`;
}
/** The order an outTradeNo belongs to, or null for one we never made. */
export function orderIdOfTradeNo(outTradeNo: string): string | null {
  const m = /^(o[0-9a-z]{8,24})_(\d{1,2})$/.exec(outTradeNo);
  return m ? m[1] : null;
}
/** The refund staff ask for: one per order, the same on every retry. */
export const refundNoOf = (orderId: string) => `${orderId}_R`;
/** The refund of a payment that arrived for an order no longer waiting for it: one per outTradeNo. */
export const lateRefundNoOf = (outTradeNo: string) => `${outTradeNo}_L`;

/** WeChat's timeExpire: yyyyMMddHHmmss in China time (UTC+8). */
export function wxTime(epochMs: number): string {
  const d = new Date(epochMs + 8 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

/** The facts about a reader that decide their relation to an order. */
export type OrderReader = { isBuyer: boolean; isStaff: boolean };

export function actorsOf(reader: OrderReader): OrderActor[] {
  return [...(reader.isBuyer ? (['buyer'] as const) : []), ...(reader.isStaff ? (['staff'] as const) : [])];
}

const VIEW_ACTION: Partial<Record<OrderEvent, OrderViewAction>> = {
  payPoints: 'pay',
  cancel: 'cancel',
  markReady: 'markReady',
  refund: 'refund',
  resendRefund: 'refund',
  refundPoints: 'refund',
};

/**
 * What the reader may do with the order now: the machine's events for their actors, mapped to the view's
 * actions. The buyer may pay an unexpired pending order by either method (`pay`; WeChat's payWechat is
 * the system's event, started by the same button); refunds follow the order's pay method.
 */
export function orderActions(
  o: { state: OrderState; payMethod: PayMethod; payBy: number },
  reader: OrderReader,
  now: number,
): OrderViewAction[] {
  const events = ORDER_MACHINE.eventsFor(o.state, actorsOf(reader)).filter((e) => {
    if (e === 'payPoints') return now < o.payBy;
    if (e === 'refund' || e === 'resendRefund') return o.payMethod === 'wechat';
    if (e === 'refundPoints') return o.payMethod === 'points';
    return true;
  });
  const actions = events.map((e) => VIEW_ACTION[e]).filter((a): a is OrderViewAction => !!a);
  return [...new Set(actions)];
}
