/** Wishes 微心愿 (function `wish`), zod-free for pages; the schemas functions parse with are in ./wish.schema.ts. */
import type { AtStation } from './org';
import type { Page, PageRequest } from './paging';

export type WishAction = keyof WishInputs;

export const WISH_CATEGORIES = ['生活用品', '学习用品', '医疗健康', '陪伴关爱', '家居维修', '其他'] as const;
export type WishCategory = (typeof WISH_CATEGORIES)[number];

export const WISH_STATUSES = ['pending_review', 'open', 'claimed', 'fulfilled', 'confirmed', 'rejected', 'cancelled', 'expired'] as const;
export type WishStatus = (typeof WISH_STATUSES)[number];

/** The wish limits of docs/product.md (the few that are our own choice are noted). */
export const WISH_LIMITS = {
  title: 30,
  story: 500,
  /** 500 元, in fen. */
  valueFen: 50_000,
  photos: 3,
  /** Our choice: lengths of the free texts around a wish. */
  address: 100,
  note: 200,
  comment: 200,
  reason: 200,
  pageSize: 20,
} as const;

/** Preset reasons staff tap to turn a wish down (they may write their own); the resident reads them. */
export const WISH_REJECT_REASONS = [
  '心愿内容不够具体，请写清需要的物品或帮助',
  '价值超过了心愿的范围，请调整后重新提交',
  '联系方式或住址不完整，请补充后重新提交',
  '不属于微心愿的范围，请联系站点了解其他帮扶渠道',
] as const;

/** What each action takes, as pages send it (./wish.schema.ts parses exactly this). */
export type WishInputs = {
  submit: {
    title: string;
    story: string;
    category: WishCategory;
    valueFen: number;
    photos?: string[];
    beneficiary: { name: string; phone?: string; address: string };
    stationId?: string;
    proxy?: boolean;
    /** Proxy of a resident without a phone: the grid worker's work phone, for the claimer to call. */
    workPhone?: string;
  };
  review: { id: string; approve: boolean; reason?: string };
  pool: { nodeId?: string; category?: WishCategory; sort?: 'newest' | 'nearest'; lat?: number; lng?: number } & PageRequest;
  detail: { id: string };
  claim: { id: string };
  release: { id: string };
  fulfil: { id: string; note: string; photos?: string[] };
  confirm: { id: string; rating: number; comment?: string };
  cancel: { id: string };
  mine: { status?: WishStatus } & PageRequest;
  myClaims: { active?: boolean } & PageRequest;
  reviewQueue: { nodeId?: string } & PageRequest;
  /** How many more wishes the caller may post now (said before the form is filled). */
  allowance: Record<string, never>;
};
export type WishInputOf<A extends WishAction> = WishInputs[A];

/** Who an answer is written for: it decides what of the beneficiary shows. */
export type WishViewer = 'owner' | 'claimer' | 'staff' | 'public';

/**
 * What a viewer may do with a wish now, in the order its page shows them. The server computes them
 * (core/wish-access wishActions: the state machine and the access rules); pages draw buttons from them.
 * `review` is approve or reject; `registerToClaim`: could claim after registering as a volunteer;
 * `resubmit`: post a wish that ended unfulfilled again, as a new one.
 */
export const WISH_VIEW_ACTIONS = ['claim', 'registerToClaim', 'fulfil', 'release', 'confirm', 'cancel', 'resubmit', 'review'] as const;
export type WishViewAction = (typeof WISH_VIEW_ACTIONS)[number];

/** Where a wish stands and what the resident wrote, as stored (server/wish/repo WishDoc) and as shown. */
export type WishContent = {
  status: WishStatus;
  title: string;
  story: string;
  category: WishCategory;
  valueFen: number;
  photos: string[];
};

/**
 * A proxy wish for a resident without a phone: whom the claimer calls instead — the station's public
 * contact and the grid worker who recorded it (their work phone when they gave one).
 */
export type WishContacts = { station?: { name: string; phone: string }; proxy: { name: string; phone?: string } };

export type WishView = WishContent &
  AtStation & {
    id: string;
    /** Recorded by a grid worker or staff on a resident's behalf. */
    proxy: boolean;
    /**
     * The name is masked (张**) for the public; phone and address are absent (not blank) unless the reader is
     * the resident, the proxy, the claimer or staff over the wish's station.
     */
    beneficiary: { name: string; phone?: string; address?: string };
    viewer: WishViewer;
    /**
     * What this viewer may do now (WISH_VIEW_ACTIONS order). Present on the answers about one wish (detail
     * and every action on it); lists leave it out, since working it out needs the caller's roles (a read).
     */
    actions?: WishViewAction[];
    /** Love points the claimer earns when the wish is confirmed. */
    points: number;
    createdAt: number;
    openedAt?: number;
    expiresAt?: number;
    claimerName?: string;
    claimedAt?: number;
    /** When an unfulfilled claim lapses. */
    claimDeadline?: number;
    fulfilledAt?: number;
    /** When a fulfilled wish confirms itself. */
    autoConfirmAt?: number;
    confirmedAt?: number;
    /** Parties and staff only. */
    fulfilNote?: string;
    fulfilPhotos?: string[];
    rating?: number;
    comment?: string;
    autoConfirmed?: boolean;
    pointsAwarded?: number;
    rejectReason?: string;
    /** Staff only: a text the content check sent for a human look. */
    flagged?: boolean;
    flaggedFields?: string[];
    /** Nearest-first pool only. */
    distanceM?: number;
    /**
     * Detail only: the caller could claim this wish but already holds this many unfinished claims, their cap,
     * so `claim` is not among the actions (say so instead of 您可以认领).
     */
    claimLimitReached?: number;
    /** Parties and staff only. */
    contacts?: WishContacts;
  };

/** Wishes a resident may have unfinished at once, and how many they have. */
export type WishAllowance = { cap: number; unfinished: number; remaining: number };

export type WishPage = Page<WishView>;

export type WishOutput = {
  submit: WishView;
  review: WishView;
  pool: WishPage;
  detail: WishView;
  claim: WishView;
  release: WishView;
  fulfil: WishView;
  confirm: WishView;
  cancel: WishView;
  mine: WishPage;
  myClaims: WishPage;
  reviewQueue: WishPage;
  allowance: WishAllowance;
};
