/** The event function's input schemas (functions parse every input with these; pages import ./event instead). */
import * as z from 'zod';
import { actionInputs } from './inputs.schema';
import { IdSchema as id, textSchema as text } from './fields.schema';
import { EVENT_CATEGORIES, EVENT_LIMITS as L, EVENT_LIST_SORTS, EVENT_LIST_WHEN, type EventAction, type EventInputs } from './event';
import { GeoPointSchema, nearestNeedsPosition, positionFields } from './geo.schema';
import { pageFields } from './paging.schema';
import { INTENSITIES } from './settings';
import type { AllSame, Same } from './same';

/** Epoch milliseconds (2020 … 2100): what the pages send for a date and time. */
const time = (label: string) =>
  z
    .number(`请选择${label}`)
    .int(`${label}无效`)
    .min(Date.UTC(2020, 0, 1), `${label}无效`)
    .max(Date.UTC(2100, 0, 1), `${label}无效`);
const capacity = z
  .number('请填写名额')
  .int('名额须为整数')
  .min(L.capacityMin, `每个场次至少${L.capacityMin}个名额`)
  .max(L.capacityMax, `每个场次最多${L.capacityMax}个名额`);

export const SlotInputSchema = z
  .object({ start: time('开始时间'), end: time('结束时间'), capacity })
  .refine((s) => s.end > s.start, { message: '结束时间要晚于开始时间', path: ['end'] });

const slots = z.array(SlotInputSchema).min(L.slotsMin, '请至少添加1个场次').max(L.slotsMax, `最多${L.slotsMax}个场次`);
const windowOrder = (v: { signUpOpensAt?: number; signUpClosesAt?: number }) =>
  v.signUpOpensAt === undefined || v.signUpClosesAt === undefined || v.signUpClosesAt > v.signUpOpensAt;
const WINDOW_MESSAGE = { message: '报名截止时间要晚于报名开始时间', path: ['signUpClosesAt'] };

const checkInRadiusM = z
  .number()
  .int('签到范围须为整数米')
  .min(L.checkInRadiusMinM, `签到范围至少${L.checkInRadiusMinM}米`)
  .max(L.checkInRadiusMaxM, `签到范围最多${L.checkInRadiusMaxM}米`);
const pointsPerHour = z
  .number()
  .int('每小时积分须为整数')
  .min(0, '每小时积分不能为负数')
  .max(L.pointsPerHourMax, `每小时积分最多${L.pointsPerHourMax}分`);

const eventFields = {
  title: text('活动名称', L.title),
  category: z.enum(EVENT_CATEGORIES, '请选择活动类别'),
  description: text('活动介绍', L.description),
  address: text('活动地址', L.address),
  location: GeoPointSchema,
  checkInRadiusM: checkInRadiusM.default(L.checkInRadiusDefaultM),
  signUpOpensAt: time('报名开始时间'),
  signUpClosesAt: time('报名截止时间'),
  pointsPerHour: pointsPerHour.default(L.pointsPerHourDefault),
  intensity: z.enum(INTENSITIES, '请选择劳动强度').default('normal'),
  slots,
};

const paging = pageFields(L.pageDefault * 5, L.pageDefault);

export const EventInput = actionInputs({
  publish: () =>
    z
      .object({
        ...eventFields,
        stationId: id,
        /** The organising team; a leader's own team when left out. */
        teamId: id.optional(),
      })
      .refine(windowOrder, WINDOW_MESSAGE),
  /**
   * Before sign-up opens anything may change (`slots` replaces them all); after that only the description,
   * the address, and more seats for a slot (`capacities`).
   */
  edit: () =>
    z
      .object({
        id,
        title: eventFields.title.optional(),
        category: eventFields.category.optional(),
        description: eventFields.description.optional(),
        address: eventFields.address.optional(),
        location: GeoPointSchema.optional(),
        checkInRadiusM: checkInRadiusM.optional(),
        signUpOpensAt: eventFields.signUpOpensAt.optional(),
        signUpClosesAt: eventFields.signUpClosesAt.optional(),
        pointsPerHour: pointsPerHour.optional(),
        intensity: eventFields.intensity.unwrap().optional(),
        slots: slots.optional(),
        capacities: z
          .array(z.object({ slotId: id, capacity }))
          .min(1)
          .max(L.slotsMax)
          .refine((list) => new Set(list.map((c) => c.slotId)).size === list.length, '同一场次只能填写一次')
          .optional(),
      })
      .refine(windowOrder, WINDOW_MESSAGE)
      .refine((v) => !(v.slots && v.capacities), { message: '修改场次时请直接填写名额', path: ['capacities'] }),
  cancel: () => z.object({ id, reason: text('取消原因', L.reason) }),
  cancelSlot: () => z.object({ id, slotId: id, reason: text('取消原因', L.reason) }),
  list: () =>
    z
      .object({
        /** A subtree of the organisation: events at its stations. */
        nodeId: id.optional(),
        category: z.enum(EVENT_CATEGORIES).optional(),
        when: z.enum(EVENT_LIST_WHEN).default('upcoming'),
        /** Events with a slot in [from, to). */
        from: time('开始日期').optional(),
        to: time('结束日期').optional(),
        sort: z.enum(EVENT_LIST_SORTS).default('soonest'),
        ...positionFields,
        ...paging,
      })
      .check(nearestNeedsPosition)
      .refine((v) => v.from === undefined || v.to === undefined || v.to > v.from, { message: '结束日期要晚于开始日期', path: ['to'] }),
  /** The events the caller organises: their teams' (leaders) and those in their scope (staff). */
  managed: () => z.object({ when: z.enum(EVENT_LIST_WHEN).optional(), ...paging }),
  detail: () => z.object({ id }),
  signUp: () => z.object({ eventId: id, slotId: id }),
  cancelSignUp: () => z.object({ signUpId: id }),
  mySignUps: () => z.object({ when: z.enum(['upcoming', 'past']).default('upcoming'), ...paging }),
  roster: () => z.object({ eventId: id, slotId: id, list: z.enum(['confirmed', 'waiting']).default('confirmed'), ...paging }),
  removeSignUp: () => z.object({ signUpId: id, reason: text('移除原因', L.reason) }),
}) satisfies Record<EventAction, z.ZodType>;

export type { EventInputOf } from './event';
/** Each schema parses exactly the plain input type pages send (./event.ts EventInputs). */
export const _eventInputsMatch: AllSame<{ [A in EventAction]: Same<z.input<(typeof EventInput)[A]>, EventInputs[A]> }> = true;
export type EventParsed<A extends EventAction> = z.output<(typeof EventInput)[A]>;
export type SlotInput = z.output<typeof SlotInputSchema>;
