/** The order actions' input schemas (functions parse every input with these; pages import ./order instead). */
import * as z from 'zod';
import { actionInputs } from './inputs.schema';
import { IdSchema as id, personCodeSchema } from './fields.schema';
import { ORDER_RULES as R, PAY_METHODS, PAYMENT_ISSUE_STATUSES, VISIBLE_ORDER_STATES, type OrderAction, type OrderInputs } from './order';
import { pageFields } from './paging.schema';
import type { AllSame, Same } from './same';

const paging = pageFields();
const userCode = personCodeSchema('买家');

const line = z.object({
  listingId: id,
  qty: z.number('请填写数量').int('数量须为整数').min(1, '数量至少为1').max(R.qtyMax, `每种商品最多买${R.qtyMax}份`),
});

export const OrderInput = actionInputs({
  placeOrder: () =>
    z.object({
      stationId: id,
      lines: z
        .array(line)
        .min(R.linesMin, '请至少选择1件商品')
        .max(R.linesMax, `一个订单最多${R.linesMax}种商品`)
        .refine((list) => new Set(list.map((l) => l.listingId)).size === list.length, '同一商品请合并为一行'),
      pay: z.enum(PAY_METHODS, '请选择支付方式'),
    }),
  pay: () => z.object({ orderId: id }),
  cancelOrder: () => z.object({ orderId: id }),
  myOrders: () => z.object({ state: z.enum(VISIBLE_ORDER_STATES).optional(), ...paging }),
  orderDetail: () => z.object({ orderId: id }),
  stationOrders: () => z.object({ stationId: id, state: z.enum(VISIBLE_ORDER_STATES).optional(), ...paging }),
  markReady: () => z.object({ orderId: id }),
  verifyPickup: () =>
    z.object({
      stationId: id,
      code: z
        .string('请输入取货码')
        .trim()
        .regex(new RegExp(`^\\d{${R.pickupCodeDigits}}$`), `取货码是${R.pickupCodeDigits}位数字`),
    }),
  buyerPickups: () => z.object({ stationId: id, code: userCode, ...paging }),
  handOverByCode: () => z.object({ stationId: id, code: userCode, orderId: id }),
  refundOrder: () =>
    z.object({
      orderId: id,
      reason: z.string().trim().min(1, '请填写退款原因').max(R.reason, `退款原因最多${R.reason}个字`),
    }),
  mySales: () => z.object({ producerId: id.optional(), ...paging }),
  paymentIssues: () => z.object({ nodeId: id.optional(), status: z.enum(PAYMENT_ISSUE_STATUSES).default('open'), ...paging }),
  resolvePaymentIssue: () =>
    z.object({
      id: z.string().trim().min(1, '缺少编号').max(100, '编号太长'),
      note: z.string().trim().min(1, '请填写处理情况').max(R.reason, `处理情况最多${R.reason}个字`),
    }),
}) satisfies Record<OrderAction, z.ZodType>;

/** Each schema parses exactly the plain input type pages send (./order.ts OrderInputs). */
export const _orderInputsMatch: AllSame<{ [A in OrderAction]: Same<z.input<(typeof OrderInput)[A]>, OrderInputs[A]> }> = true;
export type OrderParsed<A extends OrderAction> = z.output<(typeof OrderInput)[A]>;

/**
 * WeChat's pay notification as wx-server-sdk hands it to the callback function (camelCase). Fields are
 * checked by the callback against the order and queryOrder; unknown fields are dropped.
 */
export const PayNotificationSchema = z.object({
  returnCode: z.string(),
  resultCode: z.string().optional(),
  appid: z.string().optional(),
  subMchId: z.string().optional(),
  openid: z.string().optional(),
  totalFee: z.number().int().optional(),
  cashFee: z.number().int().optional(),
  transactionId: z.string().max(64).optional(),
  outTradeNo: z.string().max(32),
  timeEnd: z.string().max(14).optional(),
  attach: z.string().optional(),
});
export type PayNotification = z.output<typeof PayNotificationSchema>;

/** WeChat's refund notification (delivered to the same payCallback function: it carries `outRefundNo`). */
export const RefundNotificationSchema = z.object({
  returnCode: z.string().optional(),
  outTradeNo: z.string().max(32),
  outRefundNo: z.string().max(64),
  refundFee: z.number().int().optional(),
  totalFee: z.number().int().optional(),
  refundStatus: z.string(),
  successTime: z.string().optional(),
  refundId: z.string().optional(),
});
export type RefundNotification = z.output<typeof RefundNotificationSchema>;
