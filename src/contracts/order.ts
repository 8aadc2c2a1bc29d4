/**
 * Orders in the charity market 善星小集, part 2 (actions of the function `market`; the pay notifications go to
 * the function `payCallback`): buying listings, paying by WeChat cloud pay or by love points, pickup codes,
 * refunds. Zod-free — names, numbers, plain inputs and views for pages; the schemas functions parse with are
 * in ./order.schema.ts, the error codes in ./order-errors.ts.
 */
import { choices } from './choices';
import type { ListingUnit } from './market';
import type { AtStation } from './org';
import type { Page, PageRequest } from './paging';

/** The order actions, served by the `market` function next to the listing actions. */
export type OrderAction = keyof OrderInputs;

/**
 * `reserving` while placeOrder takes the stock line by line (never shown to anyone; an order stuck there is
 * undone by the repair job); `pending_payment` until paid, or cancelled by the buyer or after 15 minutes;
 * `paid` → `ready` (the shopkeeper's optional step) → `completed` at pickup; staff refund a paid or ready
 * order: WeChat orders wait in `refunding` until WeChat's refund notification says SUCCESS.
 */
export const [ORDER_STATES, ORDER_STATE_LABELS] = choices({
  reserving: '下单中',
  pending_payment: '待支付',
  paid: '待自提',
  ready: '可自提',
  completed: '已完成',
  cancelled: '已取消',
  refunding: '退款中',
  refunded: '已退款',
});
export type OrderState = (typeof ORDER_STATES)[number];

/** The states people see (an order still `reserving` is nobody's yet). */
export const VISIBLE_ORDER_STATES = ['pending_payment', 'paid', 'ready', 'completed', 'cancelled', 'refunding', 'refunded'] as const;
export type VisibleOrderState = (typeof VISIBLE_ORDER_STATES)[number];

export const [PAY_METHODS, PAY_METHOD_LABELS] = choices({ wechat: '微信支付', points: '爱心积分' });
export type PayMethod = (typeof PAY_METHODS)[number];

const MINUTE = 60_000;

/** The order numbers; those that are our own choice say why. */
export const ORDER_RULES = {
  /** An unpaid order is cancelled (and its stock released) this long after it was placed. */
  unpaidMs: 15 * MINUTE,
  linesMin: 1,
  linesMax: 20,
  /** Our choice: a household's purchase, not a wholesaler's; stock itself caps it too. */
  qtyMax: 999,
  /** The pickup code: 6 digits, unique among the station's open orders. */
  pickupCodeDigits: 6,
  /** Wrong pickup codes one staff member may enter within pickupWrongWindowMs before PICKUP_CODE_LOCKED. */
  pickupWrongLimit: 10,
  pickupWrongWindowMs: MINUTE,
  /** Our choice, as for other staff reasons. */
  reason: 200,
  /** Our choice: a producer's cap per buyer per listing, when they set one. */
  perBuyerLimitMax: 999,
} as const;

/** The order pages: ./routes.ts ORDER_ROUTES (kept under this name for the notices' links). */
export { ORDER_ROUTES as ORDER_PAGES } from './routes';

/** The QR code the buyer shows holds this prefix and the pickup code (staff scan it or type the 6 digits). */
export const PICKUP_QR_PREFIX = 'civic-pickup:';
export function pickupQrPayload(code: string): string {
  return `${PICKUP_QR_PREFIX}${code}`;
}
/** The 6-digit code in a scanned QR text or a typed entry, or null when it is neither. */
export function pickupCodeFrom(text: string): string | null {
  const t = text.trim();
  const code = t.startsWith(PICKUP_QR_PREFIX) ? t.slice(PICKUP_QR_PREFIX.length) : t;
  return /^\d{6}$/.test(code) ? code : null;
}

/** What a viewer may do with an order now (the server decides; pages render buttons from it). */
export type OrderViewAction = 'pay' | 'cancel' | 'markReady' | 'refund';

/** Who an order view is written for: it decides what shows (the pickup code: the buyer only). */
export type OrderViewer = 'buyer' | 'staff' | 'producer';

export type OrderLineInput = { listingId: string; qty: number };

/** What each action takes, as pages send it (./order.schema.ts parses exactly this). */
export type OrderInputs = {
  /** 1–20 lines of listings with one pickup station (`stationId`), each listing once. */
  placeOrder: { stationId: string; lines: OrderLineInput[]; pay: PayMethod };
  /** WeChat: answers `payment` for requestPayment; points: pays at once. */
  pay: { orderId: string };
  cancelOrder: { orderId: string };
  myOrders: { state?: VisibleOrderState } & PageRequest;
  orderDetail: { orderId: string };
  /** Staff over the station; `state` filters (absent: every visible state), newest first. */
  stationOrders: { stationId: string; state?: VisibleOrderState } & PageRequest;
  markReady: { orderId: string };
  /** Staff of the order's pickup station type or scan the buyer's code there. */
  verifyPickup: { stationId: string; code: string };
  /** Staff of the station read the buyer's 个人码 there: that person's orders waiting for pickup at this station. */
  buyerPickups: { stationId: string; code: string } & PageRequest;
  /** Staff hand one of them over, the 个人码 read again (it must still be fresh and the buyer's). */
  handOverByCode: { stationId: string; code: string; orderId: string };
  refundOrder: { orderId: string; reason: string };
  /** A producer's sales (their lines of each paid order); staff name a producer of their area. */
  mySales: { producerId?: string } & PageRequest;
  /** Staff: the payment issues of orders in their area (or under `nodeId`), newest first; open ones unless asked. */
  paymentIssues: { nodeId?: string; status?: PaymentIssueStatus } & PageRequest;
  /** Staff mark an issue dealt with, saying how. */
  resolvePaymentIssue: { id: string; note: string };
};

/** One line as stored on the order when it was placed (price and names copied then). */
export type OrderLineView = {
  listingId: string;
  name: string;
  photo: string;
  unit: ListingUnit;
  qty: number;
  priceFen: number;
  /** qty × priceFen. */
  amountFen: number;
  pointsPrice?: number;
  /** qty × pointsPrice, when the listing has a points price. */
  points?: number;
  producerId: string;
  /** Masked for buyers (赵**). */
  producerName: string;
  /** The 帮扶产品 badge when the order was placed. */
  supported: boolean;
};

export type OrderView = AtStation & {
  id: string;
  state: VisibleOrderState;
  payMethod: PayMethod;
  lines: OrderLineView[];
  /** The sum of the lines, in fen: what WeChat charges. */
  amountFen: number;
  /** The sum of the lines' points, when every line has a points price. */
  pointsTotal?: number;
  /** The platform fee inside amountFen (0 at the default rate). */
  feeFen: number;
  /** Bought by a unit account: counted as 爱心采购. */
  loveBuy: boolean;
  createdAt: number;
  /** Unpaid orders are cancelled at this time. */
  payBy: number;
  paidAt?: number;
  readyAt?: number;
  completedAt?: number;
  cancelledAt?: number;
  /** 'buyer' or 'unpaid' (the 15 minutes ran out). */
  cancelReason?: 'buyer' | 'unpaid';
  refundReason?: string;
  refundedAt?: number;
  /** The buyer only, while the order waits for pickup. */
  pickupCode?: string;
  pickupQr?: string;
  /** Staff: the buyer's name and masked phone (138****1234). */
  buyerName?: string;
  buyerPhone?: string;
  viewer: OrderViewer;
  actions: OrderViewAction[];
};

/** What WeChat's unifiedOrder answered for requestPayment (passed to it unchanged). */
export type WxPayment = { timeStamp: string; nonceStr: string; package: string; signType: string; paySign: string };

export type PayResult = { order: OrderView; payment?: WxPayment };

/** One producer's part of one order: their lines, what they earn from it. */
export type SaleView = {
  orderId: string;
  state: VisibleOrderState;
  payMethod: PayMethod;
  stationName: string;
  lines: OrderLineView[];
  amountFen: number;
  feeFen: number;
  /** amountFen − feeFen for WeChat orders; 0 for points orders (paid in points) and for refunding or refunded ones. */
  incomeFen: number;
  points?: number;
  loveBuy: boolean;
  paidAt?: number;
  completedAt?: number;
};

/** What verifyPickup and handOverByCode answer: the completed order as staff see it. */
export type PickupResult = OrderView;

/** What staff may do with an order found by the buyer's 个人码 (the server decides). */
export type BuyerPickupAction = 'handOver';
export type BuyerPickupItem = { order: OrderView; actions: BuyerPickupAction[] };

/**
 * The person whose 个人码 was read at a pickup station, and their orders waiting for pickup there (newest
 * first): their name and masked phone, never the pickup codes.
 */
export type BuyerPickupsView = Page<BuyerPickupItem> &
  AtStation & {
    buyerId: string;
    buyerName: string;
    /** Masked: 138****1234 (absent when the person gave none). */
    buyerPhone?: string;
  };

export type OrderOutput = {
  placeOrder: OrderView;
  pay: PayResult;
  cancelOrder: OrderView;
  myOrders: Page<OrderView>;
  orderDetail: OrderView;
  stationOrders: Page<OrderView>;
  markReady: OrderView;
  verifyPickup: PickupResult;
  buyerPickups: BuyerPickupsView;
  handOverByCode: PickupResult;
  refundOrder: OrderView;
  mySales: Page<SaleView>;
  paymentIssues: Page<PaymentIssueView>;
  resolvePaymentIssue: PaymentIssueView;
};

/**
 * What the pay callback flagged for staff: a notification that did not match its order (`not_success`,
 * `amount`, `merchant`, `not_confirmed` — WeChat's own record does not show it), a payment for an order no
 * longer waiting for it (`late_payment`, refunded automatically), a refund WeChat closed or failed.
 */
export const [PAYMENT_ISSUE_KINDS, PAYMENT_ISSUE_LABELS] = choices({
  not_success: '支付通知未成功',
  amount: '金额不符',
  merchant: '商户号不符',
  not_confirmed: '微信支付查无此款',
  late_payment: '订单取消后到账，已自动退款',
  refund_failed: '自动退款未成功',
  refund_closed: '退款被关闭',
});
export type PaymentIssueKind = (typeof PAYMENT_ISSUE_KINDS)[number];
export const PAYMENT_ISSUE_STATUSES = ['open', 'resolved'] as const;
export type PaymentIssueStatus = (typeof PAYMENT_ISSUE_STATUSES)[number];

export type PaymentIssueView = {
  id: string;
  kind: PaymentIssueKind;
  status: PaymentIssueStatus;
  outTradeNo: string;
  orderId?: string;
  at: number;
  /** What did not match (the notification's and the order's figures). */
  detail: Record<string, string | number | null>;
  note?: string;
  resolvedAt?: number;
};

/** What the payCallback function answers WeChat once a notification is recorded (else WeChat retries). */
export const PAY_CALLBACK_OK = { errcode: 0, errmsg: 'OK' } as const;
