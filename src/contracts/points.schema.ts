/** The points function's input schemas (functions parse with these; pages import ./points instead). */
import * as z from 'zod';
import { actionInputs } from './inputs.schema';
import { IdSchema as id } from './fields.schema';
import { pageFields } from './paging.schema';
import { ADJUST_MAX, CIVILITY_CATEGORIES, CIVILITY_MAX, type PointsAction, type PointsInputs } from './points';
import type { AllSame, Same } from './same';

/** Entries page newest first (by their per-user sequence number), at most 20 a page. */
const page = pageFields(20);

/** A client-made key so that a retried tap never awards twice; the server makes one when absent. */
const requestId = z
  .string()
  .regex(/^[\w-]{8,64}$/, '请求编号无效')
  .optional();

export const PointsInput = actionInputs({
  balance: () => z.object({}),
  history: () => z.object(page),
  adjust: () =>
    z.object({
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
  awardCivility: () =>
    z.object({
      userId: id,
      amount: z.number().int('积分必须是整数').min(1, '至少奖励1分').max(CIVILITY_MAX, `每次最多奖励${CIVILITY_MAX}分`),
      category: z.enum(CIVILITY_CATEGORIES, '请选择奖励类别'),
      note: z.string().trim().max(200, '说明最多200个字').optional(),
      requestId,
    }),
  userHistory: () => z.object({ userId: id, ...page }),
}) satisfies Record<PointsAction, z.ZodType>;

export const _pointsInputsMatch: AllSame<{ [A in PointsAction]: Same<z.input<(typeof PointsInput)[A]>, PointsInputs[A]> }> = true;
