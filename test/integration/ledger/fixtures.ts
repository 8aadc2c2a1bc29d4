/** Shared set-up for the 台账 tests: the center's fee rate, orders written straight into the store for volume. */
import { COLLECTIONS } from '@/contracts/collections';
import { DEFAULT_CENTER_SETTINGS } from '@/contracts/settings';
import { db } from '@/server/cloud';
import { newId } from '@/server/shared/ids';

export async function setFeeRate(bp: number): Promise<void> {
  await db().collection(COLLECTIONS.settings).where({ _id: 'center' }).remove();
  await db()
    .collection(COLLECTIONS.settings)
    .add({ data: { _id: 'center', ...DEFAULT_CENTER_SETTINGS, marketFeeRateBp: bp } });
}

/** A completed one-line WeChat order as the order functions leave it, for `month` at a station. */
export function completedOrder(over: {
  month: string;
  stationId: string;
  stationPath: string[];
  producerId: string;
  producerName: string;
  amountFen: number;
  feeFen: number;
  qty?: number;
  supported?: boolean;
}) {
  const at = Date.now();
  const id = newId('o', at);
  return {
    _id: id,
    state: 'completed',
    buyerId: 'u-bulk',
    buyerName: '买家',
    loveBuy: false,
    payMethod: 'wechat',
    stationId: over.stationId,
    stationName: over.stationId,
    stationPath: over.stationPath,
    lines: [
      {
        listingId: 'l-bulk',
        name: '大米',
        photo: '',
        unit: '斤',
        qty: over.qty ?? 1,
        priceFen: over.amountFen,
        amountFen: over.amountFen,
        feeFen: over.feeFen,
        producerId: over.producerId,
        producerName: over.producerName,
        supported: over.supported ?? false,
      },
    ],
    producerIds: [over.producerId],
    amountFen: over.amountFen,
    feeFen: over.feeFen,
    feeRateBp: 300,
    createdAt: at,
    payBy: at,
    updatedAt: at,
    stockHeld: false,
    attempts: [],
    attemptCount: 0,
    pickupKey: `-${id}`,
    paidAt: at,
    completedAt: at,
    month: over.month,
  };
}

export async function insertOrders(docs: object[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 500)
    await db()
      .collection(COLLECTIONS.orders)
      .add({ data: docs.slice(i, i + 500) });
}
