/**
 * The center's settings (the `settings` document `center`): numbers the county decides, read by the
 * functions that apply them and edited by center admins. Zod-free; functions parse with ./settings.schema.
 * A missing document, or a missing field, means the default below.
 */
export const CENTER_SETTINGS_ID = 'center';

/** 劳动强度 of an event, set when publishing: a factor on the points its hours earn. */
export const INTENSITIES = ['light', 'normal', 'heavy'] as const;
export type Intensity = (typeof INTENSITIES)[number];
export const INTENSITY_LABELS: Record<Intensity, string> = { light: '轻松', normal: '一般', heavy: '繁重' };

export type CenterSettings = {
  /** Points factor per intensity (轻松 / 一般 / 繁重). */
  intensityFactors: Record<Intensity, number>;
  /** Confirmed hours for ★1 … ★5, ascending. */
  starThresholdsHours: number[];
  /** 爱心积分 a 志愿之星 of the month receives, once per star per month. */
  starBonusPoints: number;
  /** The market's platform fee in basis points (1 bp = 0.01 %): 0 … 500, i.e. 0 – 5 %; zero profit by default. */
  marketFeeRateBp: number;
};

export const DEFAULT_CENTER_SETTINGS: CenterSettings = {
  intensityFactors: { light: 1.0, normal: 1.2, heavy: 1.5 },
  starThresholdsHours: [100, 300, 600, 1000, 1500],
  starBonusPoints: 50,
  marketFeeRateBp: 0,
};

export const MARKET_FEE_RATE_MAX_BP = 500;
