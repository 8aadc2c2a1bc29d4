/**
 * The market's money side (善星小集, zero profit): a producer's income per month and a station's monthly
 * 台账 — sales, income per producer, the share going to supported households, refunds, the platform fee,
 * 爱心采购, and the donation zone's goods and handovers, counted apart from sales. Actions of the function
 * `market`. Zod-free: the schemas are in ./ledger.schema.ts, the error codes in ./ledger-errors.ts.
 */

export type LedgerAction = keyof LedgerInputs;

/** Our numbers (each says why). */
export const LEDGER_RULES = {
  /** yyyy-MM, China time: the month an order counts under is the month it was paid. */
  monthPattern: /^\d{4}-(0[1-9]|1[0-2])$/,
  /** myIncome without a month: this many latest months with sales (a year on one screen). */
  incomeMonths: 12,
  /**
   * The most rows one 台账 aggregate answers (CloudBase answers 20 unless told; a county's 所 has a few
   * hundred producers at most): past it the answer says `truncated`.
   */
  groupMax: 1000,
  /** The export's temporary download URL lives this long (seconds). */
  exportUrlSeconds: 3600,
} as const;

/** Which 台账: a node's month (yyyy-MM), as asked for and as answered. */
export type LedgerMonth = { nodeId: string; month: string };

export type LedgerInputs = {
  /** Staff over the node (a 站, or a 所 / the center for its whole subtree). */
  stationLedger: LedgerMonth;
  /** The same 台账 as a CSV file in cloud storage: answers a temporary URL. */
  exportLedger: LedgerMonth;
  /** A producer's income per month (staff: a producer of their area); one month, or the latest 12. */
  myIncome: { producerId?: string; month?: string };
};

/** Money in integer fen; `units` are the lines' quantities (in each listing's own unit). */
export type MoneyFigures = { orders: number; units: number; amountFen: number; feeFen: number; incomeFen: number };

/** Counted beside the money: orders paid in love points (their count and points, no money income) and refunded ones. */
export type PointsAndRefunds = { pointsOrders: number; points: number; refundedOrders: number; refundFen: number };

/** One producer's row of the 台账 (completed orders; refunds apart). */
export type ProducerLedgerRow = MoneyFigures &
  PointsAndRefunds & {
    producerId: string;
    producerName: string;
    /** Was a supported household (帮扶产品) when the orders were placed. */
    supported: boolean;
  };

/** Goods donated and handed over, per item and unit (e.g. 大米 · 袋). */
export type DonationItemFigures = { item: string; unit: string; donated: number; handedOver: number };

export type LedgerView = LedgerMonth & {
  nodeName: string;
  /** Completed orders paid by WeChat: what was sold for money. */
  sales: MoneyFigures;
  /** Of `sales`, the lines of supported households' produce. */
  supported: MoneyFigures & { producers: number };
  /** Of `sales`, unit accounts' purchases (爱心采购). */
  loveBuy: MoneyFigures;
  /** Completed orders paid in love points (积分兑换): counted apart, no money. */
  points: { orders: number; units: number; points: number };
  /** Orders paid this month and refunded (or being refunded): not in sales. */
  refunds: { orders: number; amountFen: number; points: number };
  /** Paid this month, not yet picked up: counted once they are. */
  awaitingPickup: { orders: number; amountFen: number };
  producers: ProducerLedgerRow[];
  /** Donations received at the node's stations this month, and handovers made this month. */
  donations: {
    received: number;
    handovers: number;
    /** Distinct households that received goods. */
    households: number;
    items: DonationItemFigures[];
  };
  /** The aggregates answered LEDGER_RULES.groupMax rows: some producers are missing. */
  truncated: boolean;
};

export type ExportView = { url: string; fileId: string; fileName: string; expiresAt: number };

/** A producer's month: `orders` are WeChat orders completed or waiting for pickup (refunds apart). */
export type IncomeMonth = { month: string } & Omit<MoneyFigures, 'units'> & PointsAndRefunds;
export type IncomeView = { producerId: string; months: IncomeMonth[] };

export type LedgerOutput = {
  stationLedger: LedgerView;
  exportLedger: ExportView;
  myIncome: IncomeView;
};
