import * as z from 'zod';
import type { Page } from './paging';
import { pageFields } from './paging-schema';
import { PhoneSchema, RealNameSchema } from './user';

export const WISH_ACTIONS = [
  'submit', 'review', 'pool', 'detail', 'claim', 'release', 'fulfil', 'confirm', 'cancel', 'mine', 'myClaims', 'reviewQueue',
] as const;
export type WishAction = (typeof WISH_ACTIONS)[number];

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

const id = z.string().trim().min(1, '缺少编号').max(64, '编号太长');
const text = (label: string, max: number) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}最多${max}个字`);
/** A cloud storage file id (from an upload), never a URL. */
export const FileIdSchema = z.string().trim().max(256).regex(/^cloud:\/\/[\w.-]+\/[\w./-]+$/, '图片无效，请重新上传');
const photos = z.array(FileIdSchema).max(WISH_LIMITS.photos, `图片最多${WISH_LIMITS.photos}张`).default([]);
/** Every wish list pages by the one cursor contract (contracts/paging), at most 20 a page. */
const page = pageFields(WISH_LIMITS.pageSize);

export const BeneficiarySchema = z.object({
  name: RealNameSchema,
  /** Required for a resident's own wish; a proxy may record a resident without a phone. */
  phone: PhoneSchema.optional(),
  address: text('地址', WISH_LIMITS.address),
});

export const WishInput = {
  submit: z.object({
    title: text('心愿标题', WISH_LIMITS.title),
    story: text('心愿故事', WISH_LIMITS.story),
    category: z.enum(WISH_CATEGORIES, '请选择心愿类别'),
    valueFen: z.number().int('金额以分为单位').min(0).max(WISH_LIMITS.valueFen, '心愿价值不能超过500元'),
    photos,
    beneficiary: BeneficiarySchema,
    /** The wish's station; a resident's defaults to their home station. */
    stationId: id.optional(),
    /** Staff recording the wish on behalf of a resident (敲门行动). */
    proxy: z.boolean().default(false),
  }),
  review: z
    .object({ id, approve: z.boolean(), reason: text('不通过的原因', WISH_LIMITS.reason).optional() })
    .refine((v) => v.approve || !!v.reason, { message: '请填写不通过的原因', path: ['reason'] }),
  pool: z
    .object({
      nodeId: id.optional(),
      category: z.enum(WISH_CATEGORIES).optional(),
      sort: z.enum(['newest', 'nearest']).default('newest'),
      lat: z.number().min(-90).max(90).optional(),
      lng: z.number().min(-180).max(180).optional(),
      ...page,
    })
    .refine((v) => v.sort !== 'nearest' || (v.lat !== undefined && v.lng !== undefined), {
      message: '按距离排序需要您的位置',
      path: ['lat'],
    }),
  detail: z.object({ id }),
  claim: z.object({ id }),
  release: z.object({ id }),
  fulfil: z.object({ id, note: text('完成说明', WISH_LIMITS.note), photos }),
  confirm: z.object({
    id,
    rating: z.number().int('请选择1到5星').min(1, '请选择1到5星').max(5, '请选择1到5星'),
    comment: text('评价', WISH_LIMITS.comment).optional(),
  }),
  cancel: z.object({ id }),
  mine: z.object({ status: z.enum(WISH_STATUSES).optional(), ...page }),
  myClaims: z.object({ active: z.boolean().default(false), ...page }),
  reviewQueue: z.object({ nodeId: id.optional(), ...page }),
} satisfies Record<WishAction, z.ZodType>;

export type WishInputOf<A extends WishAction> = z.input<(typeof WishInput)[A]>;

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

export type WishView = {
  id: string;
  status: WishStatus;
  title: string;
  story: string;
  category: WishCategory;
  valueFen: number;
  photos: string[];
  stationId: string;
  stationName: string;
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
};

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
};
