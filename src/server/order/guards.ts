import type { OrderState } from '../../contracts/order';
import { ORDER_MACHINE, type OrderEvent } from '../../core/order';
import { AppError } from '../errors';
import { writeOn } from '../shared/write-on';
import { findOrder, type OrderDoc } from './repo';

/** The order, or ORDER_NOT_FOUND (also for an order still being placed: it is nobody's yet). */
export async function requireOrder(id: string): Promise<OrderDoc> {
  const o = await findOrder(id);
  if (!o || o.state === 'reserving') throw new AppError('ORDER_NOT_FOUND');
  return o;
}

/** A write about the order `input.orderId`: the caller and the order, read at once (shared/write-on.ts). */
export const orderWrite = writeOn((input: { orderId: string }) => requireOrder(input.orderId));

/** What an event answers when the order is not in one of its from-states: the check before and a lost race alike. */
const WRONG_STATE = {
  reserved: 'CONFLICT',
  payWechat: 'ORDER_NOT_PAYABLE',
  payPoints: 'ORDER_NOT_PAYABLE',
  cancel: 'ORDER_NOT_CANCELLABLE',
  expire: 'ORDER_NOT_CANCELLABLE',
  markReady: 'ORDER_NOT_PAID',
  pickup: 'ORDER_NOT_PAID',
  refund: 'ORDER_NOT_REFUNDABLE',
  resendRefund: 'ORDER_NOT_REFUNDABLE',
  refundPoints: 'ORDER_NOT_REFUNDABLE',
  refunded: 'ORDER_NOT_REFUNDABLE',
} as const satisfies Record<OrderEvent, string>;

export function wrongState(event: OrderEvent): AppError {
  return new AppError(WRONG_STATE[event]);
}

/** The state `event` leads to, or the event's wrong-state code. */
export function requireNext(state: OrderState, event: OrderEvent): OrderState {
  const next = ORDER_MACHINE.next(state, event);
  if (!next) throw wrongState(event);
  return next;
}
