/**
 * The local cloud-pay sandbox (`wx.wxPayApi`): unifiedOrder, queryOrder, closeOrder and refund as
 * wx-server-sdk 4.0.2 sends them (wire.ts), over durable payment records of its own (records.ts), with the
 * payer's decision and the notifications to the callback functions (sandbox.ts, notify.ts). docs/payments.md.
 */
export {
  PaySandbox,
  type PaySandboxOptions,
  type Decision,
  type DecisionAnswer,
  type DecisionRequest,
  type PaymentInfo,
  MAX_DELIVERIES,
} from './sandbox';
export { type Attempt, type Deliver, type Notification, DEFAULT_RETRY_DELAYS_MS } from './notify';
export { CLOSE_AFTER_MS, DEFAULT_EXPIRY_MS, MIN_EXPIRY_MS } from './orders';
export { ORDERS as PAY_ORDERS_COLLECTION, type PayOrder, type PayRefund } from './records';
export { formatTime as payTime, parseTime as parsePayTime } from './wire';
