/**
 * Star levels and the monthly 志愿之星 (actions of the function `event`, see ./attendance.ts): the levels and
 * their names, the ranking staff pick stars from, and the stars picked. Zod-free, for pages; the rules are in
 * core/stars.
 */
import type { EventCategory } from './event';

/** A month as `YYYY-MM` (China time). */
export type Month = string;

/** Star levels ★1 … ★5 (0 = none yet); thresholds in hours are a center setting (starThresholdsHours). */
export const STAR_LEVELS = [0, 1, 2, 3, 4, 5] as const;
export type StarLevel = (typeof STAR_LEVELS)[number];
export const STAR_LABELS: Record<StarLevel, string> = {
  0: '未评星',
  1: '一星志愿者',
  2: '二星志愿者',
  3: '三星志愿者',
  4: '四星志愿者',
  5: '五星志愿者',
};

export type RankingLine = {
  userId: string;
  maskedName: string;
  name: string;
  stationName: string;
  hours: number;
  records: number;
  /** Already picked as a star this month in this scope. */
  picked: boolean;
};
export type StarRankingView = {
  month: Month;
  scopeNodeId: string;
  category?: EventCategory;
  lines: RankingLine[];
  picked: number;
  pickMax: number;
};

export type StarView = {
  id: string;
  month: Month;
  userId: string;
  maskedName: string;
  stationName: string;
  scopeNodeId: string;
  scopeName: string;
  category?: EventCategory;
  hours: number;
  bonusPoints: number;
  pickedAt: number;
};

export type PickStarsResult = { month: Month; picked: StarView[]; alreadyPicked: number; bonusPoints: number };
