import * as z from 'zod';
import type { Page } from './paging';
import { pageFields } from './paging-schema';

/**
 * Love points (爱心积分). The unit is one whole point: every entry's amount is a signed integer.
 * Awards computed from hours and factors are rounded by `roundPoints` in src/core/points.ts.
 */
export const POINTS_ACTIONS = ['balance', 'history', 'adjust', 'awardCivility', 'userHistory'] as const;
export type PointsAction = (typeof POINTS_ACTIONS)[number];

export const POINTS_KINDS = ['earn', 'spend', 'refund', 'adjust'] as const;
export type PointsKind = (typeof POINTS_KINDS)[number];

export const POINTS_SOURCES = ['service', 'wish', 'star', 'civility', 'order', 'admin'] as const;
export type PointsSource = (typeof POINTS_SOURCES)[number];

export const POINTS_KIND_LABELS: Record<PointsKind, string> = { earn: '获得', spend: '使用', refund: '退还', adjust: '调整' };
export const POINTS_SOURCE_LABELS: Record<PointsSource, string> = {
  service: '志愿服务',
  wish: '微心愿',
  star: '志愿之星',
  civility: '文明积分',
  order: '积分兑换',
  admin: '管理员调整',
};

/** What stations award civility points (文明积分) for. */
export const CIVILITY_CATEGORIES = ['垃圾分类', '邻里互助', '移风易俗', '志愿服务', '其他'] as const;
export type CivilityCategory = (typeof CIVILITY_CATEGORIES)[number];

/** The app page that shows one's points (messages about points link to it). */
export const POINTS_PAGE = '/packages/me/points/index';

/** Largest civility award at once; largest staff adjustment either way. */
export const CIVILITY_MAX = 50;
export const ADJUST_MAX = 10_000;

const id = z.string().trim().min(1, '缺少编号').max(64, '编号太长');

/** Entries page newest first (by their per-user sequence number), at most 20 a page. */
const page = pageFields(20);

/** A client-made key so that a retried tap never awards twice; the server makes one when absent. */
const requestId = z.string().regex(/^[\w-]{8,64}$/, '请求编号无效').optional();

export const PointsInput = {
  balance: z.object({}),
  history: z.object(page),
  adjust: z.object({
    userId: id,
    amount: z
      .number()
      .int('积分必须是整数')
      .min(-ADJUST_MAX, `每次最多调整${ADJUST_MAX}分`)
      .max(ADJUST_MAX, `每次最多调整${ADJUST_MAX}分`)
      .refine((n) => n !== 0, '调整的积分不能为0'),
    reason: z.string().trim().min(2, '调整原因至少2个字').max(200, '调整原因最多200个字'),
    requestId,
  }),
  awardCivility: z.object({
    userId: id,
    amount: z.number().int('积分必须是整数').min(1, '至少奖励1分').max(CIVILITY_MAX, `每次最多奖励${CIVILITY_MAX}分`),
    category: z.enum(CIVILITY_CATEGORIES, '请选择奖励类别'),
    note: z.string().trim().max(200, '说明最多200个字').optional(),
    requestId,
  }),
  userHistory: z.object({ userId: id, ...page }),
} satisfies Record<PointsAction, z.ZodType>;

export type PointsInputOf<A extends PointsAction> = z.input<(typeof PointsInput)[A]>;

export type PointsTotals = {
  /** The spendable balance; never negative. */
  balance: number;
  /** Everything earned, net of downward adjustments. balance = earned − spent. */
  earned: number;
  /** Everything spent, net of refunds. */
  spent: number;
};

export type PointsEntryView = {
  id: string;
  amount: number;
  kind: PointsKind;
  source: PointsSource;
  sourceId: string;
  balanceAfter: number;
  /** 1, 2, 3 … per user, in the order the entries changed the balance. */
  seq: number;
  at: number;
  note?: string;
  /** Who made the entry; shown to staff only. */
  actorId?: string;
};

export type PointsPage = Page<PointsEntryView>;

export type PostEntryView = { entryId: string; balanceAfter: number; duplicate: boolean };

export type PointsOutput = {
  balance: PointsTotals;
  history: PointsPage;
  adjust: PostEntryView;
  awardCivility: PostEntryView;
  userHistory: PointsPage & { user: PointsTotals & { id: string; nickname: string } };
};
