/** The wish function's input schemas (functions parse with these; pages import ./wish instead). */
import * as z from 'zod';
import { actionInputs } from './inputs.schema';
import { IdSchema as id, textSchema as text } from './fields.schema';
import { FILE_ID_MESSAGE, FILE_ID_PATTERN } from './fields';
import { nearestNeedsPosition, positionFields } from './geo.schema';
import { pageFields } from './paging.schema';
import type { AllSame, Same } from './same';
import { PhoneSchema, RealNameSchema } from './user.schema';
import { WISH_CATEGORIES, WISH_LIMITS, WISH_STATUSES, type WishAction, type WishInputs } from './wish';

/** A cloud storage file id (from an upload), never a URL. */
export const FileIdSchema = z.string().trim().max(256).regex(FILE_ID_PATTERN, FILE_ID_MESSAGE);
const photos = z.array(FileIdSchema).max(WISH_LIMITS.photos, `图片最多${WISH_LIMITS.photos}张`).default([]);
/** Every wish list pages by the one cursor contract (contracts/paging), at most 20 a page. */
const page = pageFields(WISH_LIMITS.pageSize);

export const BeneficiarySchema = z.object({
  name: RealNameSchema,
  /** Required for a resident's own wish; a proxy may record a resident without a phone. */
  phone: PhoneSchema.optional(),
  address: text('地址', WISH_LIMITS.address),
});

export const WishInput = actionInputs({
  submit: () =>
    z.object({
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
      /** Proxy of a resident without a phone: the grid worker's work phone (a mobile or a landline). */
      workPhone: z
        .string()
        .trim()
        .regex(/^(\d{3,4}-?\d{7,8}|1[3-9]\d{9})$/, '请填写手机号，或带区号的座机号')
        .optional(),
    }),
  review: () =>
    z
      .object({ id, approve: z.boolean(), reason: text('不通过的原因', WISH_LIMITS.reason).optional() })
      .refine((v) => v.approve || !!v.reason, { message: '请填写不通过的原因', path: ['reason'] }),
  pool: () =>
    z
      .object({
        nodeId: id.optional(),
        category: z.enum(WISH_CATEGORIES).optional(),
        sort: z.enum(['newest', 'nearest']).default('newest'),
        ...positionFields,
        ...page,
      })
      .check(nearestNeedsPosition),
  detail: () => z.object({ id }),
  claim: () => z.object({ id }),
  release: () => z.object({ id }),
  fulfil: () => z.object({ id, note: text('完成说明', WISH_LIMITS.note), photos }),
  confirm: () =>
    z.object({
      id,
      rating: z.number().int('请选择1到5星').min(1, '请选择1到5星').max(5, '请选择1到5星'),
      comment: text('评价', WISH_LIMITS.comment).optional(),
    }),
  cancel: () => z.object({ id }),
  mine: () => z.object({ status: z.enum(WISH_STATUSES).optional(), ...page }),
  myClaims: () => z.object({ active: z.boolean().default(false), ...page }),
  reviewQueue: () => z.object({ nodeId: id.optional(), ...page }),
  allowance: () => z.object({}),
}) satisfies Record<WishAction, z.ZodType>;

export const _wishInputsMatch: AllSame<{ [A in WishAction]: Same<z.input<(typeof WishInput)[A]>, WishInputs[A]> }> = true;
