/** The user function's input schemas (functions parse with these; pages import ./user instead). */
import * as z from 'zod';
import { actionInputs } from './inputs.schema';
import { IdSchema as id } from './fields.schema';
import { HomeInputSchema } from './home.schema';
import { PHONE_MESSAGE, PHONE_PATTERN, REAL_NAME, REAL_NAME_MESSAGES } from './fields';
import { pageFields } from './paging.schema';
import { ROLES } from './roles';
import type { AllSame, Same } from './same';
import type { UserAction, UserInputs } from './user';

export const PhoneSchema = z.string().trim().regex(PHONE_PATTERN, PHONE_MESSAGE);
export const RealNameSchema = z
  .string()
  .trim()
  .min(REAL_NAME.min, REAL_NAME_MESSAGES.min)
  .max(REAL_NAME.max, REAL_NAME_MESSAGES.max)
  .regex(REAL_NAME.pattern, REAL_NAME_MESSAGES.pattern);

export const UserInput = actionInputs({
  login: () => z.object({}),
  profile: () => z.object({ userId: id.optional() }),
  setHomeStation: () => z.object({ stationId: id }),
  registerVolunteer: () =>
    z.object({
      realName: RealNameSchema,
      phone: PhoneSchema,
      stationId: id,
      skills: z.array(z.string().trim().min(1).max(10, '每项技能最多10个字')).max(10, '技能最多选10项').default([]),
    }),
  grantRole: () =>
    z.object({
      userId: id,
      role: z.enum(ROLES),
      nodeId: id,
      teamId: id.optional(),
      proxy: z.boolean().optional(),
    }),
  revokeRole: () => z.object({ userId: id, role: z.enum(ROLES), nodeId: id }),
  /** Staff of the volunteer's station approve or turn down a registration waiting for review. */
  reviewVolunteer: () =>
    z.object({
      userId: id,
      approve: z.boolean(),
      note: z.string().trim().max(200, '说明最多200个字').optional(),
    }),
  myCode: () => z.object({}),
  resolveCode: () => z.object({ code: z.string().trim().min(1, '请扫描或粘贴个人码').max(200, '个人码无效') }),
  findPeople: () =>
    z.object({
      query: z.string().trim().min(2, '请填写完整的手机号或姓名').max(20, '请填写完整的手机号或姓名'),
      ...pageFields(50, 20),
    }),
  volunteerQueue: () => z.object({ ...pageFields(50, 20) }),
  previewRegistration: () => z.object({ stationId: id }),
  home: () => HomeInputSchema,
}) satisfies Record<UserAction, z.ZodType>;

export const _userInputsMatch: AllSame<{ [A in UserAction]: Same<z.input<(typeof UserInput)[A]>, UserInputs[A]> }> = true;
