/** The center settings' schema (functions parse the `settings` document `center` and admin edits with it). */
import * as z from 'zod';
import { DEFAULT_CENTER_SETTINGS as D, MARKET_FEE_RATE_MAX_BP, type CenterSettings } from './settings';
import type { Same } from './same';

const factor = z.number().min(0).max(10);

export const CenterSettingsSchema = z.object({
  intensityFactors: z.object({ light: factor, normal: factor, heavy: factor }).default(D.intensityFactors),
  starThresholdsHours: z
    .array(z.number().int().min(1).max(100_000))
    .length(5)
    .refine((a) => a.every((h, i) => i === 0 || h > a[i - 1]), { message: '星级时长须逐级增加' })
    .default(D.starThresholdsHours),
  starBonusPoints: z.number().int().min(0).max(10_000).default(D.starBonusPoints),
  marketFeeRateBp: z.number().int().min(0).max(MARKET_FEE_RATE_MAX_BP).default(D.marketFeeRateBp),
});
export const _centerSettingsMatch: Same<z.output<typeof CenterSettingsSchema>, CenterSettings> = true;
