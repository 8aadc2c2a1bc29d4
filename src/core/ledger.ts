/**
 * The 台账 rules: income (amount − fee, refunds apart), the supported households' share, 爱心采购 and
 * points orders counted apart, the folding of the database's grouped rows into a station's month, the
 * CSV file (UTF-8 BOM, Chinese header, 元 with 2 decimals), and the donation zone's arithmetic. Pure: the
 * server reads grouped rows with one aggregate each (src/server/ledger) and the unit tests prove these.
 */
import type { DonationState, DonationViewAction } from '../contracts/donation';
import type { DonationItemFigures, IncomeMonth, LedgerView, MoneyFigures, ProducerLedgerRow } from '../contracts/ledger';
import type { OrderState, PayMethod } from '../contracts/order';
import { defineMachine } from './machine';

/** yyyy-MM of `at` in China time (UTC+8): the month an order's payment, a donation or a handover counts under. */
export function chinaMonth(at: number): string {
  return new Date(at + 8 * 3_600_000).toISOString().slice(0, 7);
}

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
        pointsOrders: 0,
        points: 0,
        refundedOrders: 0,
        refundFen: 0,
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
      row.pointsOrders += g.orders;
      row.points += g.points;
      points.units += g.units;
      points.points += g.points;
    } else if (REFUNDED.includes(g.state)) {
      row.refundedOrders += g.orders;
      row.refundFen += g.payMethod === 'wechat' ? g.amountFen : 0;
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
        pointsOrders: 0,
        points: 0,
        refundedOrders: 0,
        refundFen: 0,
      } satisfies IncomeMonth);
    by.set(g.month, m);
    if (REFUNDED.includes(g.state)) {
      m.refundedOrders += g.orders;
      m.refundFen += g.payMethod === 'wechat' ? g.amountFen : 0;
    } else if (g.payMethod === 'points') {
      m.pointsOrders += g.orders;
      m.points += g.points;
    } else {
      m.orders += g.orders;
      m.amountFen += g.amountFen;
      m.feeFen += g.feeFen;
      m.incomeFen += incomeOf(g.amountFen, g.feeFen);
    }
  }
  return [...by.values()].sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : 0));
}

// ---- the CSV file ----

/** 1234 fen → "12.34" (元, 2 decimals; a minus sign before negatives). */
export function yuan(fen: number): string {
  const abs = Math.abs(Math.round(fen));
  return `${fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; a leading = + - @ is defused for spreadsheets. */
export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvRow = (cells: readonly (string | number)[]) => cells.map(csvField).join(',');

export const BOM = '\ufeff';

export const LEDGER_CSV_HEADER = [
  '农户',
  '帮扶产品',
  '订单数',
  '件数',
  '销售额（元）',
  '平台服务费（元）',
  '农户收入（元）',
  '积分兑换单数',
  '积分',
  '退款单数',
  '退款金额（元）',
] as const;

export const DONATION_CSV_HEADER = ['物资', '单位', '本月捐赠入库', '本月发放'] as const;

/**
 * The 台账 as one CSV file Excel opens with its Chinese intact: the BOM, a title line, the header, one row
 * per producer, the totals row (合计), then the parts counted apart (帮扶 share, 爱心采购, refunds, awaiting
 * pickup), then the donation section after a blank line with its own header. CRLF line ends, as Excel
 * writes them.
 */
export function ledgerCsv(v: LedgerView): string {
  const t = v.sales;
  const lines = [
    csvRow([`${v.nodeName} ${v.month} 善星小集台账`]),
    csvRow(LEDGER_CSV_HEADER),
    ...v.producers.map((p) =>
      csvRow([
        p.producerName,
        p.supported ? '是' : '否',
        p.orders,
        p.units,
        yuan(p.amountFen),
        yuan(p.feeFen),
        yuan(p.incomeFen),
        p.pointsOrders,
        p.points,
        p.refundedOrders,
        yuan(p.refundFen),
      ]),
    ),
    csvRow([
      '合计',
      '',
      t.orders,
      t.units,
      yuan(t.amountFen),
      yuan(t.feeFen),
      yuan(t.incomeFen),
      v.points.orders,
      v.points.points,
      v.refunds.orders,
      yuan(v.refunds.amountFen),
    ]),
    csvRow([
      '其中帮扶产品',
      `${v.supported.producers}户`,
      v.supported.orders,
      v.supported.units,
      yuan(v.supported.amountFen),
      yuan(v.supported.feeFen),
      yuan(v.supported.incomeFen),
    ]),
    csvRow([
      '其中爱心采购',
      '',
      v.loveBuy.orders,
      v.loveBuy.units,
      yuan(v.loveBuy.amountFen),
      yuan(v.loveBuy.feeFen),
      yuan(v.loveBuy.incomeFen),
    ]),
    csvRow(['待取货（未计入）', '', v.awaitingPickup.orders, '', yuan(v.awaitingPickup.amountFen)]),
    '',
    csvRow([
      '爱心物资捐赠（不计入销售）',
      `入库${v.donations.received}笔`,
      `发放${v.donations.handovers}次`,
      `受助${v.donations.households}户`,
    ]),
    csvRow(DONATION_CSV_HEADER),
    ...v.donations.items.map((d) => csvRow([d.item, d.unit, d.donated, d.handedOver])),
  ];
  return BOM + lines.join('\r\n') + '\r\n';
}

/** The file's name: 台账-<node>-<month>.csv (characters a file system refuses replaced). */
export function ledgerFileName(nodeName: string, month: string): string {
  return `台账-${nodeName.replace(/[\\/:*?"<>|\s]/g, '_')}-${month}.csv`;
}

// ---- donations ----

/** pending → received (staff confirm they have the goods) or declined; staff's own entries start received. */
export const DONATION_MACHINE = defineMachine({
  states: ['pending', 'received', 'declined'] as const satisfies readonly DonationState[],
  transitions: {
    receive: { from: ['pending'], to: 'received', by: ['staff'] },
    decline: { from: ['pending'], to: 'declined', by: ['staff'] },
  },
});
export type DonationEvent = keyof typeof DONATION_MACHINE.transitions;

/** Merge the month's donated and handed-over quantities per item and unit, most donated first. */
export function donationItems(
  donated: readonly { item: string; unit: string; qty: number }[],
  handed: readonly { item: string; unit: string; qty: number }[],
): DonationItemFigures[] {
  const by = new Map<string, DonationItemFigures>();
  const at = (item: string, unit: string) => {
    const key = `${item}\u0000${unit}`;
    const f = by.get(key) ?? { item, unit, donated: 0, handedOver: 0 };
    by.set(key, f);
    return f;
  };
  for (const d of donated) at(d.item, d.unit).donated += d.qty;
  for (const h of handed) at(h.item, h.unit).handedOver += h.qty;
  return [...by.values()].sort((a, b) => b.donated - a.donated || b.handedOver - a.handedOver || a.item.localeCompare(b.item, 'zh'));
}

/** May `qty` more be handed over from a donation with `remaining` left? (The conditional write decides; this refuses early.) */
export function canHandOver(state: DonationState, remaining: number, qty: number): boolean {
  return state === 'received' && Number.isInteger(qty) && qty >= 1 && qty <= remaining;
}

/** What a viewer may do with a donation now: staff over its station confirm a pending one and hand over a received one with some left. */
export function donationActions(d: { state: DonationState; remaining: number }, isStaff: boolean): DonationViewAction[] {
  if (!isStaff) return [];
  if (d.state === 'pending') return ['confirm'];
  if (d.state === 'received' && d.remaining > 0) return ['handover'];
  return [];
}
