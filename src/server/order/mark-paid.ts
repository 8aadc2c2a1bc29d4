/**
 * The one move from pending_payment to paid, for either way of paying. It also draws the order's pickup
 * code: the code's key `stationId:code` is unique among the station's open orders (a unique index), so a
 * code already out at that station makes the write fail and another code is drawn.
 */
import { randomInt } from 'node:crypto';
import { COLLECTIONS } from '../../contracts/collections';
import { ORDER_INTERNALS, ORDER_MACHINE, pickupCodeOf, pickupKeyOf } from '../../core/order';
import { AppError } from '../errors';
import { chinaMonth } from '../../core/china-time';
import { postEntryIn } from '../points/ledger';
import { isDuplicateKey } from '../shared/docs';
import { getOrNull, inTransaction } from '../shared/transaction';
import { transition, type OrderDoc } from './repo';

function codeFields(o: Pick<OrderDoc, 'stationId'>, now: number) {
  const pickupCode = pickupCodeOf(randomInt(0, 1_000_000));
  return { pickupCode, pickupKey: pickupKeyOf(o.stationId, pickupCode), paidAt: now, month: chinaMonth(now), updatedAt: now };
}

/**
 * WeChat's payment (already confirmed by queryOrder): ONE conditional transition. Of twenty deliveries at
 * once exactly one wins; it alone answers the patch it wrote (the caller books income and sends notices
 * only then). Null when the order no longer waits for payment.
 */
export async function markPaidByWechat(
  o: OrderDoc,
  outTradeNo: string,
  transactionId: string | undefined,
  now: number,
): Promise<Partial<OrderDoc> | null> {
  for (let i = 0; i < ORDER_INTERNALS.pickupCodeTries; i++) {
    const patch = { ...codeFields(o, now), paidTradeNo: outTradeNo, ...(transactionId ? { transactionId } : {}) };
    try {
      return (await transition(o._id, 'payWechat', {}, patch)) ? patch : null;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  throw new Error(`order ${o._id}: no free pickup code after ${ORDER_INTERNALS.pickupCodeTries} draws`);
}

/**
 * Points: in ONE transaction on the buyer's own documents, the ledger's spend (source order, the order's
 * id: a second spend for it is impossible) and the order's pending_payment → paid. The balance never goes
 * below 0 (POINTS_NOT_ENOUGH, nothing changes). Answers the paid order.
 */
export async function payWithPoints(orderId: string, buyerId: string, now: number): Promise<OrderDoc> {
  for (let i = 0; ; i++) {
    try {
      return await inTransaction(async (tx) => {
        const ref = tx.collection(COLLECTIONS.orders).doc(orderId);
        const o = await getOrNull<OrderDoc>(ref);
        if (!o || o.buyerId !== buyerId) throw new AppError('ORDER_NOT_FOUND');
        if (!ORDER_MACHINE.next(o.state, 'payPoints') || o.payMethod !== 'points' || o.pointsTotal === undefined)
          throw new AppError('ORDER_NOT_PAYABLE');
        if (now >= o.payBy) throw new AppError('ORDER_EXPIRED');
        const entry = await postEntryIn(tx, {
          userId: buyerId,
          amount: -o.pointsTotal,
          kind: 'spend',
          source: 'order',
          sourceId: orderId,
          actorId: buyerId,
          now,
          note: o.lines[0].name,
          nodePath: o.stationPath,
        }).catch((err: unknown) => {
          throw err instanceof AppError && err.code === 'POINTS_INSUFFICIENT' ? new AppError('POINTS_NOT_ENOUGH') : err;
        });
        const patch = { ...codeFields(o, now), pointsEntryId: entry.entryId, state: ORDER_MACHINE.transitions.payPoints.to };
        await ref.update({ data: patch });
        return { ...o, ...patch };
      });
    } catch (err) {
      if (!isDuplicateKey(err) || i + 1 >= ORDER_INTERNALS.pickupCodeTries) throw err;
    }
  }
}
