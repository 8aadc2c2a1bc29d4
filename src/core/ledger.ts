/**
 * The 台账 rules: income (amount − fee, refunds apart), the supported households' share, 爱心采购 and
 * points orders counted apart, the folding of the database's grouped rows into a station's month, the
 * CSV file (./ledger-csv) and the donation zone (./donation) apart. Pure: the
 * server reads grouped rows with one aggregate each (src/server/ledger) and the unit tests prove these.
 */
import type { IncomeMonth, LedgerView, MoneyFigures, PointsAndRefunds, ProducerLedgerRow } from '../contracts/ledger';
import type { OrderState, PayMethod } from '../contracts/order';

/** yyyy-MM in China time: the month an order's payment, a donation or a handover counts under (one rule for all). */
export { chinaMonth } from './china-time';

/** The `count` months before `month` and it, newest first (2026-01 → 2026-01, 2025-12, …). */
export function monthsBack(month: string, count: number): string[] {
  const [y, m] = month.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const t = y * 12 + (m - 1) - i;
    return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
  });
}

/** What a producer earns from lines worth `amountFen` carrying `feeFen` of platform fee (the fee rounds down per line, at placement). */
export function incomeOf(amountFen: number, feeFen: number): number {
  if (feeFen < 0 || feeFen > amountFen) throw new Error(`incomeOf: fee ${feeFen} outside 0…${amountFen}`);
  return amountFen - feeFen;
}

/** The order states a 台账 reads, and where each counts. */
export const SOLD: readonly OrderState[] = ['completed'];
export const REFUNDED: readonly OrderState[] = ['refunding', 'refunded'];
export const AWAITING: readonly OrderState[] = ['paid', 'ready'];
export const LEDGER_STATES: readonly OrderState[] = [...SOLD, ...REFUNDED, ...AWAITING];

/**
 * One grouped row of an order's lines: per producer × supported × state × pay method × 爱心采购, the sums
 * of the lines and how many distinct orders they came from.
 */
export type LineGroup = {
  producerId: string;
  producerName: string;
  supported: boolean;
  state: OrderState;
  payMethod: PayMethod;
  loveBuy: boolean;
  orders: number;
  units: number;
  amountFen: number;
  feeFen: number;
  points: number;
};

/** One grouped row of whole orders: per state × pay method × 爱心采购 (an order with two producers counts once). */
export type OrderGroup = {
  state: OrderState;
  payMethod: PayMethod;
  loveBuy: boolean;
  orders: number;
  amountFen: number;
  feeFen: number;
  points: number;
};

const zero = (): MoneyFigures => ({ orders: 0, units: 0, amountFen: 0, feeFen: 0, incomeFen: 0 });

function addMoney(to: MoneyFigures, g: { amountFen: number; feeFen: number; units?: number }, orders: number): void {
  to.orders += orders;
  to.units += g.units ?? 0;
  to.amountFen += g.amountFen;
  to.feeFen += g.feeFen;
  to.incomeFen += incomeOf(g.amountFen, g.feeFen);
}

const noPointsOrRefunds = (): PointsAndRefunds => ({ pointsOrders: 0, points: 0, refundedOrders: 0, refundFen: 0 });

/** Orders paid in love points: their count and points (no money). */
function addPointsOrders(to: PointsAndRefunds, g: { orders: number; points: number }): void {
  to.pointsOrders += g.orders;
  to.points += g.points;
}

/** Refunded orders: their count, and the fen of WeChat ones (points go back to the buyer's balance). */
function addRefunded(to: PointsAndRefunds, g: { orders: number; payMethod: PayMethod; amountFen: number }): void {
  to.refundedOrders += g.orders;
  to.refundFen += g.payMethod === 'wechat' ? g.amountFen : 0;
}

const soldByWechat = (g: { state: OrderState; payMethod: PayMethod }) => SOLD.includes(g.state) && g.payMethod === 'wechat';
const soldByPoints = (g: { state: OrderState; payMethod: PayMethod }) => SOLD.includes(g.state) && g.payMethod === 'points';

export type LedgerFigures = Omit<LedgerView, 'nodeId' | 'nodeName' | 'month' | 'donations' | 'truncated'>;

/**
 * A month's figures from the grouped rows. Sales are completed WeChat orders (money changed hands and the
 * goods left the station); of them, the supported households' lines and the 爱心采购 orders are shown as
 * parts; points orders, refunds and orders still waiting for pickup are counted apart and never in sales.
 * Order counts come from whole orders (`orders`), line sums from lines (`lines`); both were read from the
 * same orders, so the totals agree with the sum of the producers' rows.
 */
export function foldLedger(lines: readonly LineGroup[], orders: readonly OrderGroup[]): LedgerFigures {
  const sales = zero();
  const supported = { ...zero(), producers: 0 };
  const loveBuy = zero();
  const points = { orders: 0, units: 0, points: 0 };
  const refunds = { orders: 0, amountFen: 0, points: 0 };
  const awaitingPickup = { orders: 0, amountFen: 0 };
  for (const o of orders) {
    if (soldByWechat(o)) {
      sales.orders += o.orders;
      if (o.loveBuy) loveBuy.orders += o.orders;
    } else if (soldByPoints(o)) points.orders += o.orders;
    else if (REFUNDED.includes(o.state)) {
      refunds.orders += o.orders;
      refunds.amountFen += o.payMethod === 'wechat' ? o.amountFen : 0;
      refunds.points += o.payMethod === 'points' ? o.points : 0;
    } else if (AWAITING.includes(o.state)) {
      awaitingPickup.orders += o.orders;
      awaitingPickup.amountFen += o.amountFen;
    }
  }
  const rows = new Map<string, ProducerLedgerRow>();
  const supportedIds = new Set<string>();
  const supportedOrders = new Map<string, number>();
  for (const g of lines) {
    const key = `${g.producerId}:${g.supported ? 1 : 0}`;
    const row =
      rows.get(key) ??
      ({
        producerId: g.producerId,
        producerName: g.producerName,
        supported: g.supported,
        ...zero(),
        ...noPointsOrRefunds(),
      } satisfies ProducerLedgerRow);
    rows.set(key, row);
    if (soldByWechat(g)) {
      addMoney(row, g, g.orders);
      sales.units += g.units;
      sales.amountFen += g.amountFen;
      sales.feeFen += g.feeFen;
      sales.incomeFen += incomeOf(g.amountFen, g.feeFen);
      if (g.loveBuy) addMoney(loveBuy, g, 0);
      if (g.supported) {
        addMoney(supported, g, 0);
        supportedIds.add(g.producerId);
        supportedOrders.set(g.producerId, (supportedOrders.get(g.producerId) ?? 0) + g.orders);
      }
    } else if (soldByPoints(g)) {
      addPointsOrders(row, g);
      points.units += g.units;
      points.points += g.points;
    } else if (REFUNDED.includes(g.state)) {
      addRefunded(row, g);
    }
  }
  supported.producers = supportedIds.size;
  // An order's lines of one supported producer are one order of theirs; lines of two supported producers
  // in one order count for each (the share is about households, not tickets).
  supported.orders = [...supportedOrders.values()].reduce((s, n) => s + n, 0);
  const producers = [...rows.values()]
    .filter((r) => r.orders || r.pointsOrders || r.refundedOrders)
    .sort((a, b) => b.incomeFen - a.incomeFen || b.points - a.points || a.producerName.localeCompare(b.producerName, 'zh'));
  return { sales, supported, loveBuy, points, refunds, awaitingPickup, producers };
}

/** A producer's grouped rows (per month × state × pay method) as their months, newest first. */
export type IncomeGroup = {
  month: string;
  state: OrderState;
  payMethod: PayMethod;
  orders: number;
  amountFen: number;
  feeFen: number;
  points: number;
};

export function foldIncome(groups: readonly IncomeGroup[]): IncomeMonth[] {
  const by = new Map<string, IncomeMonth>();
  for (const g of groups) {
    const m =
      by.get(g.month) ??
      ({
        month: g.month,
        orders: 0,
        amountFen: 0,
        feeFen: 0,
        incomeFen: 0,
        ...noPointsOrRefunds(),
      } satisfies IncomeMonth);
    by.set(g.month, m);
    if (REFUNDED.includes(g.state)) addRefunded(m, g);
    else if (g.payMethod === 'points') addPointsOrders(m, g);
    else {
      m.orders += g.orders;
      m.amountFen += g.amountFen;
      m.feeFen += g.feeFen;
      m.incomeFen += incomeOf(g.amountFen, g.feeFen);
    }
  }
  return [...by.values()].sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : 0));
}
