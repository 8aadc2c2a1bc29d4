/** The attendance actions' input schemas (functions parse every input with these; pages import ./attendance instead). */
import * as z from 'zod';
import { actionInputs } from './inputs.schema';
import { IdSchema as id, textSchema as text, personCodeSchema } from './fields.schema';
import { ATTENDANCE_MARKS, ATTENDANCE_RULES, type AttendanceAction, type AttendanceInputs } from './attendance';
import { EVENT_CATEGORIES } from './event';
import { FILE_ID_MESSAGE, FILE_ID_PATTERN, PHONE_MESSAGE } from './fields';
import { GeoPointSchema } from './geo.schema';
import { pageFields } from './paging.schema';
import type { AllSame, Same } from './same';

const time = (label: string) =>
  z
    .number(`请选择${label}`)
    .int(`${label}无效`)
    .min(Date.UTC(2020, 0, 1), `${label}无效`)
    .max(Date.UTC(2100, 0, 1), `${label}无效`);
/** A month `YYYY-MM`, 2020 … 2099. */
const month = z.string().regex(/^20[2-9]\d-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');
/** A scanned code is at most a few hundred characters (ours are about 90). */
const code = z.string().trim().min(1, '请扫描签到码').max(300, '签到码无效');
const userCode = personCodeSchema('志愿者');

const presence = z
  .object({ slotId: id, code: code.optional(), location: GeoPointSchema.optional() })
  .refine((v) => (v.code === undefined) !== (v.location === undefined), { message: '请扫描签到码或提供位置（二选一）', path: ['code'] });

export const AttendanceInput = actionInputs({
  liveCode: () => z.object({ slotId: id }),
  checkIn: () => presence,
  checkOut: () => presence,
  checkInPerson: () => z.object({ slotId: id, code: userCode }),
  checkOutPerson: () => z.object({ slotId: id, code: userCode }),
  myAttendance: () => z.object({ slotId: id }),
  attendance: () => z.object({ slotId: id, ...pageFields(100, 50) }),
  mark: () =>
    z
      .object({
        signUpId: id,
        mark: z.enum(ATTENDANCE_MARKS, '请选择考勤结果'),
        checkInAt: time('签到时间').optional(),
        checkOutAt: time('签退时间').optional(),
      })
      .refine((v) => v.checkInAt === undefined || v.checkOutAt === undefined || v.checkOutAt > v.checkInAt, {
        message: '签退时间要晚于签到时间',
        path: ['checkOutAt'],
      }),
  confirm: () => z.object({ slotId: id }),
  myRecords: () => z.object({ ...pageFields(50, 20) }),
  recordSheet: () => z.object({ stationId: id.optional() }),
  verify: () =>
    z.object({
      number: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^WM\d{12}$/, '验证编号应为 WM 加12位数字'),
    }),
  seal: () => z.object({ stationId: id }),
  setSeal: () =>
    z.object({
      stationId: id,
      fileId: z.string().trim().regex(FILE_ID_PATTERN, FILE_ID_MESSAGE),
      head: text('负责人', 20),
      handler: text('经办人', 20),
      phone: z
        .string()
        .trim()
        .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, PHONE_MESSAGE),
    }),
  starRanking: () => z.object({ month, category: z.enum(EVENT_CATEGORIES).optional(), stationId: id.optional() }),
  pickStars: () =>
    z.object({
      month,
      userIds: z
        .array(id)
        .min(1, '请至少选择1名志愿者')
        .max(ATTENDANCE_RULES.starsPerMonthMax, `每月最多评选${ATTENDANCE_RULES.starsPerMonthMax}名志愿之星`)
        .refine((ids) => new Set(ids).size === ids.length, '同一名志愿者只能选一次'),
      category: z.enum(EVENT_CATEGORIES).optional(),
      stationId: id.optional(),
    }),
  stars: () => z.object({ month: month.optional(), ...pageFields(50, 20) }),
}) satisfies Record<AttendanceAction, z.ZodType>;

/** Each schema parses exactly the plain input type pages send (./attendance.ts AttendanceInputs). */
export const _attendanceInputsMatch: AllSame<{
  [A in AttendanceAction]: Same<z.input<(typeof AttendanceInput)[A]>, AttendanceInputs[A]>;
}> = true;
export type AttendanceParsed<A extends AttendanceAction> = z.output<(typeof AttendanceInput)[A]>;
