/**
 * The charity market 善星小集 (function `market`), part 1: producers, listings, their review and the image
 * checks of their photos. This half is zod-free — types and constants for pages; the schemas functions
 * parse with are in ./market.schema.ts.
 */
import { choices } from './choices';
import type { AtStation } from './org';
import type { Page } from './paging';

export type MarketAction = keyof MarketOutput;

export const LISTING_CATEGORIES = ['粮油', '果蔬', '禽蛋肉', '干货', '手工', '其他'] as const;
export type ListingCategory = (typeof LISTING_CATEGORIES)[number];

export const LISTING_UNITS = ['斤', '公斤', '个', '只', '箱', '袋', '盒', '瓶', '份', '把'] as const;
export type ListingUnit = (typeof LISTING_UNITS)[number];

/** Households the network supports. Staff in scope see which one; everybody else sees only the badge. */
export const SUPPORT_CATEGORIES = ['脱贫户', '低保户', '五保户', '残疾人', '特困'] as const;
export type SupportCategory = (typeof SUPPORT_CATEGORIES)[number];
/** What buyers see on a supported producer's listings. */
export const SUPPORT_BADGE = '帮扶产品';

export const [LISTING_STATUSES, LISTING_STATUS_LABELS] = choices({
  pending_review: '待审核',
  on_sale: '在售',
  off_shelf: '已下架',
  sold_out: '已售罄',
  rejected: '未通过',
});
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const [PRODUCER_STATUSES, PRODUCER_STATUS_LABELS] = choices({ pending: '待审核', approved: '已登记', rejected: '未通过' });
export type ProducerStatus = (typeof PRODUCER_STATUSES)[number];

/**
 * One photo's image check: WeChat's verdict (`pass` / `review` / `risky`), `pending` until it arrives, and
 * `timeout` when none came within MARKET_LIMITS.imageCheckTimeoutMs (staff look, as for `review`).
 */
export const PHOTO_CHECKS = ['pending', 'pass', 'review', 'risky', 'timeout'] as const;
export type PhotoCheck = (typeof PHOTO_CHECKS)[number];

export const LISTING_SORTS = ['newest', 'priceAsc', 'priceDesc'] as const;
export type ListingSort = (typeof LISTING_SORTS)[number];

/** The market's numbers (those that are our own choice say why). */
export const MARKET_LIMITS = {
  name: 30,
  description: 1_000,
  photosMin: 1,
  photosMax: 9,
  /** Our choice: 10,000 元 a unit, in fen — far above any produce, low enough that a typo stands out. */
  priceFenMax: 1_000_000,
  /** Our choice: love points are earned 10 a wish; 100,000 is beyond any balance. */
  pointsPriceMax: 100_000,
  /** Our choice: a village's harvest, not a warehouse. */
  stockMax: 99_999,
  /** Our choice: a village name. */
  originVillage: 20,
  village: 20,
  reason: 200,
  /** Our choice: a search box takes a few characters of a name. */
  query: 20,
  /** WeChat's image check delivers its verdict within 30 minutes; after that staff look at the photo. */
  imageCheckTimeoutMs: 30 * 60 * 1000,
} as const;

/** What a viewer may do to a listing now (the server decides; pages render buttons from it). */
export type ListingViewAction = 'edit' | 'takeOff' | 'putOn' | 'delete' | 'approve' | 'reject';

export type ProducerViewAction = 'approve' | 'reject' | 'markSupported' | 'createListing';

/** Who an answer is written for: it decides what shows. */
export type ListingViewer = 'buyer' | 'producer' | 'staff';

/** A listing in the 集市 list: what a buyer reads on a card. */
export type ListingCard = AtStation & {
  id: string;
  name: string;
  category: ListingCategory;
  /** The first photo (a cloud file id). */
  photo: string;
  priceFen: number;
  pointsPrice?: number;
  unit: ListingUnit;
  originVillage: string;
  /** The producer is a household the network supports: show the 帮扶产品 badge. */
  supported: boolean;
  soldCount: number;
  onSaleAt?: number;
};

/** One photo's check as the producer and staff see it. */
export type PhotoCheckView = { fileId: string; check: PhotoCheck };

/** A listing opened: all photos, the producer's masked name, and what this viewer may do. */
export type ListingView = ListingCard & {
  status: ListingStatus;
  description: string;
  photos: string[];
  stock: number;
  /** Masked (赵**) for buyers; in full for the producer and staff. */
  producerName: string;
  viewer: ListingViewer;
  actions: ListingViewAction[];
  /**
   * The most one buyer may order of it now (on sale: the stock, the producer's per-buyer limit and the order
   * cap); absent when it cannot be bought. Pages show 加入购物车 / 立即购买 by it; placeOrder decides.
   */
  buyMax?: number;
  createdAt: number;
  updatedAt: number;
  /** The producer and staff only. */
  rejectReason?: string;
  photoChecks?: PhotoCheckView[];
  /** Staff only: texts or photos the checks want a person to look at. */
  flagged?: boolean;
  flaggedFields?: string[];
  /** Recorded by staff on the producer's behalf. */
  proxy?: boolean;
  producerId?: string;
};

export type ProducerView = AtStation & {
  id: string;
  name: string;
  /** Staff in scope only; the producer reads their own. */
  phone?: string;
  village: string;
  status: ProducerStatus;
  /** Shown as the badge; the household category itself is staff-only (`supportCategory`). */
  supported: boolean;
  /** Staff over the producer's station only. */
  supportCategory?: SupportCategory;
  /** Registered by staff for a villager without a phone (no account of their own). */
  proxy: boolean;
  reviewNote?: string;
  registeredAt: number;
  actions: ProducerViewAction[];
};

export type MarketOutput = {
  registerProducer: ProducerView;
  myProducer: ProducerView | null;
  producers: Page<ProducerView>;
  reviewProducer: ProducerView;
  markSupported: ProducerView;
  createListing: ListingView;
  editListing: ListingView;
  takeOff: ListingView;
  putOn: ListingView;
  deleteListing: { id: string; deleted: true };
  reviewListing: ListingView;
  reviewQueue: Page<ListingView>;
  browse: Page<ListingCard>;
  detail: ListingView;
  myListings: Page<ListingView>;
};

/** 1250 → "12.50" (元, 2 decimals, a minus sign before negatives): the one fen → 元 text, for pages, notices and the 台账 file. */
export function yuan(fen: number): string {
  const abs = Math.abs(Math.round(fen));
  return `${fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
