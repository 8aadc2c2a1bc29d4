/** The market's input schemas (functions parse every input with these; pages import ./market instead). */
import * as z from 'zod';
import { actionInputs } from './inputs.schema';
import { IdSchema as id, textSchema as text } from './fields.schema';
import {
  LISTING_CATEGORIES,
  LISTING_SORTS,
  LISTING_UNITS,
  MARKET_LIMITS as L,
  PRODUCER_STATUSES,
  SUPPORT_CATEGORIES,
  type MarketAction,
} from './market';
import { ORDER_RULES } from './order';
import { pageFields } from './paging.schema';
import { PhoneSchema, RealNameSchema } from './user.schema';

/** A cloud storage file id (from an upload), never a URL. */
export const PhotoIdSchema = z
  .string()
  .trim()
  .max(256)
  .regex(/^cloud:\/\/[\w.-]+\/[\w./-]+$/, '图片无效，请重新上传');
const photos = z
  .array(PhotoIdSchema)
  .min(L.photosMin, '请至少上传1张商品图片')
  .max(L.photosMax, `商品图片最多${L.photosMax}张`)
  .refine((list) => new Set(list).size === list.length, '同一张图片不要重复上传');

const priceFen = z
  .number('请填写价格')
  .int('价格以分为单位')
  .min(1, '价格至少0.01元')
  .max(L.priceFenMax, `价格不能超过${L.priceFenMax / 100}元`);
const pointsPrice = z
  .number()
  .int('积分价格须为整数')
  .min(1, '积分价格至少1分')
  .max(L.pointsPriceMax, `积分价格不能超过${L.pointsPriceMax}分`);
/** The producer's cap on what one buyer may order of a listing in all (orders: src/server/order). */
const perBuyerLimit = z
  .number()
  .int('每人限购须为整数')
  .min(1, '每人限购至少1份')
  .max(ORDER_RULES.perBuyerLimitMax, `每人限购最多${ORDER_RULES.perBuyerLimitMax}份`);
const stock = z.number('请填写库存').int('库存须为整数').min(0, '库存不能为负数').max(L.stockMax, `库存不能超过${L.stockMax}`);

/** `{ cursor?, limit? }` of the shared paging contract (20 a page unless asked, at most 100). */
const paging = pageFields();

const listingFields = {
  name: text('商品名称', L.name),
  description: text('商品介绍', L.description),
  photos,
  category: z.enum(LISTING_CATEGORIES, '请选择商品类别'),
  unit: z.enum(LISTING_UNITS, '请选择计量单位'),
  priceFen,
  pointsPrice: pointsPrice.optional(),
  stock,
  originVillage: text('产地', L.originVillage),
  /** The pickup station: the producer's own or another station of the same 所. */
  stationId: id,
};

export const MarketInput = actionInputs({
  /**
   * A villager registers themself at a station; staff (`proxy`) register a villager without a phone of
   * their own, who then needs no review.
   */
  registerProducer: () =>
    z.object({
      name: RealNameSchema,
      phone: PhoneSchema,
      village: text('所在村（社区）', L.village),
      stationId: id,
      proxy: z.boolean().default(false),
    }),
  myProducer: () => z.object({}),
  producers: () => z.object({ status: z.enum(PRODUCER_STATUSES).optional(), nodeId: id.optional(), ...paging }),
  reviewProducer: () =>
    z
      .object({ id, approve: z.boolean(), note: text('不通过的原因', L.reason).optional() })
      .refine((v) => v.approve || !!v.note, { message: '请填写不通过的原因', path: ['note'] }),
  /** `category: null` takes the mark away. */
  markSupported: () => z.object({ id, category: z.enum(SUPPORT_CATEGORIES, '请选择帮扶类别').nullable() }),
  createListing: () =>
    z.object({
      ...listingFields,
      stock: stock.min(1, '库存至少为1'),
      perBuyerLimit: perBuyerLimit.optional(),
      /** Staff listing on a producer's behalf name the producer; a producer lists as themself. */
      producerId: id.optional(),
    }),
  /** Only the fields given change; `pointsPrice: null` removes the points price, `perBuyerLimit: null` the limit. */
  editListing: () =>
    z
      .object({
        id,
        name: listingFields.name.optional(),
        description: listingFields.description.optional(),
        photos: photos.optional(),
        category: listingFields.category.optional(),
        unit: listingFields.unit.optional(),
        priceFen: priceFen.optional(),
        pointsPrice: pointsPrice.nullable().optional(),
        stock: stock.optional(),
        perBuyerLimit: perBuyerLimit.nullable().optional(),
        originVillage: listingFields.originVillage.optional(),
        stationId: id.optional(),
      })
      .refine((v) => Object.entries(v).some(([k, value]) => k !== 'id' && value !== undefined), {
        message: '没有要修改的内容',
        path: ['id'],
      }),
  takeOff: () => z.object({ id }),
  putOn: () => z.object({ id }),
  deleteListing: () => z.object({ id }),
  reviewListing: () =>
    z
      .object({ id, approve: z.boolean(), reason: text('不通过的原因', L.reason).optional() })
      .refine((v) => v.approve || !!v.reason, { message: '请填写不通过的原因', path: ['reason'] }),
  reviewQueue: () => z.object({ nodeId: id.optional(), ...paging }),
  browse: () =>
    z.object({
      /** A station, a 所 or the center (the county); absent: the county. */
      nodeId: id.optional(),
      category: z.enum(LISTING_CATEGORIES).optional(),
      /** Only listings with the 帮扶产品 badge. */
      supported: z.boolean().optional(),
      q: z.string().trim().max(L.query, `搜索词最多${L.query}个字`).optional(),
      sort: z.enum(LISTING_SORTS).default('newest'),
      ...paging,
    }),
  detail: () => z.object({ id }),
  /** The caller's own listings; staff name a producer of their area to see theirs. */
  myListings: () => z.object({ producerId: id.optional(), ...paging }),
}) satisfies Record<MarketAction, z.ZodType>;

export type MarketInputOf<A extends MarketAction> = z.input<(typeof MarketInput)[A]>;
export type MarketParsed<A extends MarketAction> = z.output<(typeof MarketInput)[A]>;

/**
 * The `wxa_media_check` event WeChat pushes to the function configured for message push (never a user's
 * call: it carries no `action` and arrives with no openid). Unknown fields are dropped.
 */
export const MediaCheckEventSchema = z.object({
  MsgType: z.literal('event'),
  Event: z.literal('wxa_media_check'),
  trace_id: z.string().min(1).max(128),
  version: z.literal(2).optional(),
  result: z.object({ suggest: z.enum(['pass', 'review', 'risky']), label: z.number().int().optional() }),
});
export type MediaCheckEvent = z.output<typeof MediaCheckEventSchema>;
