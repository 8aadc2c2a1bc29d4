import type { Page, PageRequest } from './paging';
import { POINTS_ROUTES } from './routes';

/**
 * Love points (爱心积分). The unit is one whole point: every entry's amount is a signed integer.
 * Awards computed from hours and factors are rounded by `roundPoints` in src/core/points.ts.
 */
export type PointsAction = keyof PointsInputs;

export const POINTS_KINDS = ['earn', 'spend', 'refund', 'adjust'] as const;
export type PointsKind = (typeof POINTS_KINDS)[number];

export const POINTS_SOURCES = ['service', 'wish', 'star', 'civility', 'order', 'admin'] as const;
export type PointsSource = (typeof POINTS_SOURCES)[number];

export const POINTS_KIND_LABELS: Record<PointsKind, string> = { earn: '获得', spend: '使用', refund: '退还', adjust: '调整' };
export const POINTS_SOURCE_LABELS: Record<PointsSource, string> = {
  service: '志愿服务',
  wish: '微心愿',
  star: '志愿之星',
  civility: '文明行为奖励',
  order: '积分兑换',
  admin: '管理员调整',
};

/** What stations reward good conduct (文明行为奖励, paid in 爱心积分) for. */
export const CIVILITY_CATEGORIES = ['垃圾分类', '邻里互助', '移风易俗', '志愿服务', '其他'] as const;
export type CivilityCategory = (typeof CIVILITY_CATEGORIES)[number];

/** The app page that shows one's points (messages about points link to it). */
export const POINTS_PAGE = POINTS_ROUTES.mine;

/** Largest civility award at once; largest staff adjustment either way. */
export const CIVILITY_MAX = 50;
export const ADJUST_MAX = 10_000;

/** What each action takes, as pages send it (./points.schema.ts parses exactly this). */
export type PointsInputs = {
  balance: Record<string, never>;
  history: PageRequest;
  adjust: { userId: string; amount: number; reason: string; requestId?: string };
  awardCivility: { userId: string; amount: number; category: CivilityCategory; note?: string; requestId?: string };
  userHistory: { userId: string } & PageRequest;
};
export type PointsInputOf<A extends PointsAction> = PointsInputs[A];

export type PointsTotals = {
  /** The spendable balance; never negative. */
  balance: number;
  /** Everything earned, net of downward adjustments. balance = earned − spent. */
  earned: number;
  /** Everything spent, net of refunds. */
  spent: number;
};

/** What one ledger entry says, as stored (server/points/repo EntryDoc adds its owner and scope) and as shown. */
export type PointsEntryFields = {
  /** Signed whole points. */
  amount: number;
  kind: PointsKind;
  source: PointsSource;
  sourceId: string;
  balanceAfter: number;
  /** 1, 2, 3 … per user, in the order the entries changed the balance (the user's pointsSeq is the last). */
  seq: number;
  at: number;
  note?: string;
};

export type PointsEntryView = PointsEntryFields & {
  id: string;
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
