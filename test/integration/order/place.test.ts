/**
 * Placing and cancelling orders through the real SDK: the stock held for every line or none, the amounts
 * and fee stored for the ledgers, the 15-minute mark, per-buyer limits, and every refusal placeOrder and
 * cancelOrder answer — which change nothing.
 */
import { COLLECTIONS } from '@/contracts/collections';
import { DEFAULT_CENTER_SETTINGS } from '@/contracts/settings';
import { db } from '@/server/cloud';
import { userIdOf } from '@/server/shared/ids';
import { onSale } from '../market/fixtures';
import { line, MIN, place, PRODUCER_ID, rowsOf, saleListing, seedUsers, grant, storedListing, storedOrder, useOrderTest } from './fixtures';

jest.setTimeout(120_000);
const { cloud, buyer, otherBuyer, staffMember } = useOrderTest('op-buyer');

describe('placeOrder', () => {
  it('holds the stock of every line, stores amounts, fee, producers and the 15-minute mark, and answers pending_payment', async () => {
    const rice = await saleListing({ stock: 10 });
    const oil = await saleListing({ name: '自榨菜籽油', priceFen: 1_800, pointsPrice: undefined, stock: 5, supported: false });
    const before = Date.now();
    const res = await place(buyer, [line(rice._id, 2), line(oil._id, 1)]);
    expect(res.ok).toBe(true);
    const o = res.ok ? res.data : (undefined as never);
    expect(o).toMatchObject({
      state: 'pending_payment',
      payMethod: 'wechat',
      stationId: 'n-nantang',
      amountFen: 2 * 350 + 1_800,
      feeFen: 0,
      loveBuy: false,
      viewer: 'buyer',
      actions: ['pay', 'cancel'],
    });
    expect(o.pickupCode).toBeUndefined();
    expect(o.lines.map((l) => [l.name, l.qty, l.amountFen, l.producerName])).toEqual([
      ['南塘高山大米', 2, 700, '赵**'],
      ['自榨菜籽油', 1, 1_800, '赵**'],
    ]);
    expect(o.payBy - o.createdAt).toBe(15 * MIN);
    expect(o.createdAt).toBeGreaterThanOrEqual(before);
    expect(await storedListing(rice._id)).toMatchObject({ stock: 8, soldCount: 2, status: 'on_sale', holds: { [o.id]: 2 } });
    expect(await storedListing(oil._id)).toMatchObject({ stock: 4, soldCount: 1, holds: { [o.id]: 1 } });
    const stored = await storedOrder(o.id);
    expect(stored).toMatchObject({
      buyerId: userIdOf(buyer.openid),
      producerIds: [PRODUCER_ID],
      stockHeld: true,
      feeRateBp: 0,
      lines: [
        { listingId: rice._id, producerId: PRODUCER_ID, supported: true, amountFen: 700, feeFen: 0 },
        { listingId: oil._id, supported: false, amountFen: 1_800, feeFen: 0 },
      ],
    });
  });

  it('sells a listing out with its last units, in the same write', async () => {
    const l = await saleListing({ stock: 3 });
    await buyer.ok('market', 'placeOrder', { stationId: 'n-nantang', lines: [line(l._id, 3)], pay: 'wechat' });
    expect(await storedListing(l._id)).toMatchObject({ stock: 0, status: 'sold_out', soldCount: 3 });
  });

  it('takes the fee from the center setting, rounded down to the fen per line', async () => {
    await db()
      .collection(COLLECTIONS.settings)
      .add({ data: { _id: 'center', ...DEFAULT_CENTER_SETTINGS, marketFeeRateBp: 300 } });
    try {
      const l = await saleListing({ priceFen: 333 });
      // Two minutes on, past the instance's one-minute cache of the settings.
      const later = { now: Date.now() + 2 * MIN };
      const o = await buyer.ok('market', 'placeOrder', { stationId: 'n-nantang', lines: [line(l._id, 1)], pay: 'wechat' }, later);
      // 333 × 3 % = 9.99 fen → 9.
      expect(o).toMatchObject({ amountFen: 333, feeFen: 9 });
      expect(await storedOrder(o.id)).toMatchObject({ feeRateBp: 300, lines: [{ feeFen: 9 }] });
    } finally {
      await db().collection(COLLECTIONS.settings).where({ _id: 'center' }).remove();
    }
  });

  it('marks a unit account’s order 爱心采购', async () => {
    await seedUsers([{ openid: `${buyer.openid}-unit`, roles: [grant('unit', 'n-center')], realName: '县供电公司' }]);
    const unit = await cloud.as(`${buyer.openid}-unit`);
    const l = await saleListing();
    expect(await unit.ok('market', 'placeOrder', { stationId: 'n-nantang', lines: [line(l._id)], pay: 'wechat' })).toMatchObject({
      loveBuy: true,
    });
  });

  it('refuses, changing nothing: 库存不足, not on sale, another station, no points price, unknown listing, bad input', async () => {
    const l = await saleListing({ stock: 2 });
    const off = await saleListing({ status: 'off_shelf' });
    const sold = await saleListing({ status: 'sold_out', stock: 0 });
    const far = await saleListing({ stationId: 'n-dongmen', stationName: '东门社区站', stationPath: DONGMEN_PATH });
    const cash = await saleListing({ pointsPrice: undefined });
    const cases: [unknown, string][] = [
      [[line(l._id, 3)], 'OUT_OF_STOCK'],
      [[line(sold._id)], 'OUT_OF_STOCK'],
      [[line(off._id)], 'ORDER_LISTING_NOT_ON_SALE'],
      [[line(l._id), line(far._id)], 'ORDER_MIXED_STATIONS'],
      [[line('l-nope')], 'MARKET_LISTING_NOT_FOUND'],
      [[], 'VALIDATION_FAILED'],
      [Array.from({ length: 21 }, (_, i) => line(`l${i}`)), 'VALIDATION_FAILED'],
      [[line(l._id), line(l._id)], 'VALIDATION_FAILED'],
      [[line(l._id, 0)], 'VALIDATION_FAILED'],
    ];
    for (const [lines, code] of cases) {
      const res = await buyer.call('market', 'placeOrder', { stationId: 'n-nantang', lines, pay: 'wechat' });
      expect({ lines, code: res.ok ? 'ok' : res.code }).toEqual({ lines, code });
    }
    const points = await buyer.call('market', 'placeOrder', {
      stationId: 'n-nantang',
      lines: [line(l._id), line(cash._id)],
      pay: 'points',
    });
    expect(points).toMatchObject({ ok: false, code: 'ORDER_POINTS_UNAVAILABLE' });
    expect(await storedListing(l._id)).toMatchObject({ stock: 2, soldCount: 0 });
    expect(await rowsOf(COLLECTIONS.orders, { buyerId: userIdOf(buyer.openid) })).toEqual([]);
    expect(
      await cloud.anonymous('market', { action: 'placeOrder', data: { stationId: 'n-nantang', lines: [line(l._id)], pay: 'wechat' } }),
    ).toMatchObject({
      ok: false,
    });
  });

  it('gives back the lines it took when a later line cannot be had (all or none)', async () => {
    const a = await saleListing({ stock: 5 });
    const b = await saleListing({ stock: 5, perBuyerLimit: 1 });
    await buyer.ok('market', 'placeOrder', { stationId: 'n-nantang', lines: [line(b._id, 1)], pay: 'wechat' });
    // The reads pass (1 ≤ the limit of 1); a's units are taken, then b's limit refuses: a's come back.
    const res = await place(buyer, [line(a._id, 2), line(b._id, 1)]);
    expect(res).toMatchObject({ ok: false, code: 'LIMIT_PER_BUYER' });
    expect(await storedListing(a._id)).toMatchObject({ stock: 5, soldCount: 0, holds: {} });
    expect(await storedListing(b._id)).toMatchObject({ stock: 4 });
    expect(await rowsOf(COLLECTIONS.orders, { buyerId: userIdOf(buyer.openid) })).toHaveLength(1);
  });

  it('keeps a buyer within the producer’s per-buyer limit across orders; a cancel gives the share back', async () => {
    const l = await saleListing({ stock: 50, perBuyerLimit: 3 });
    const first = await buyer.ok('market', 'placeOrder', { stationId: 'n-nantang', lines: [line(l._id, 2)], pay: 'wechat' });
    expect(await place(buyer, [line(l._id, 2)])).toMatchObject({ ok: false, code: 'LIMIT_PER_BUYER' });
    expect(await place(buyer, [line(l._id, 4)])).toMatchObject({ ok: false, code: 'LIMIT_PER_BUYER' });
    await buyer.ok('market', 'placeOrder', { stationId: 'n-nantang', lines: [line(l._id, 1)], pay: 'wechat' });
    expect(await storedListing(l._id)).toMatchObject({ stock: 47 });
    await buyer.ok('market', 'cancelOrder', { orderId: first.id });
    await buyer.ok('market', 'placeOrder', { stationId: 'n-nantang', lines: [line(l._id, 2)], pay: 'wechat' });
    expect(await storedListing(l._id)).toMatchObject({ stock: 47 });
  });

  it('the producer sets the per-buyer limit on the listing (createListing, editListing; null removes it)', async () => {
    const staff = await staffMember('staff', 'n-chengguan');
    const farmer = await cloud.as('demo-producer');
    const created = await onSale(cloud, farmer, staff, { perBuyerLimit: 2, stock: 20 });
    expect(await storedListing(created.id)).toMatchObject({ perBuyerLimit: 2 });
    expect(await place(buyer, [line(created.id, 3)])).toMatchObject({ ok: false, code: 'LIMIT_PER_BUYER' });
    expect(await farmer.call('market', 'editListing', { id: created.id, perBuyerLimit: 0 })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
    await farmer.ok('market', 'editListing', { id: created.id, perBuyerLimit: null });
    expect(await storedListing(created.id)).toMatchObject({ status: 'on_sale' });
    expect((await storedListing(created.id)).perBuyerLimit).toBeUndefined();
    expect(await place(buyer, [line(created.id, 3)])).toMatchObject({ ok: true });
  });

  it('ten orders at once from one buyer never pass the per-buyer limit together', async () => {
    const l = await saleListing({ stock: 50, perBuyerLimit: 3 });
    const answers = await Promise.all(Array.from({ length: 10 }, () => place(buyer, [line(l._id, 1)])));
    expect(answers.filter((a) => a.ok)).toHaveLength(3);
    expect(answers.filter((a) => !a.ok).map((a) => (a.ok ? '' : a.code))).toEqual(Array(7).fill('LIMIT_PER_BUYER'));
    expect(await storedListing(l._id)).toMatchObject({ stock: 47 });
  });
});

const DONGMEN_PATH = ['n-center', 'n-chengguan', 'n-dongmen'];

describe('cancelOrder', () => {
  it('the buyer cancels before paying: cancelled, the stock back once (also back on sale), a second cancel refused', async () => {
    const l = await saleListing({ stock: 2 });
    const o = await buyer.ok('market', 'placeOrder', { stationId: 'n-nantang', lines: [line(l._id, 2)], pay: 'wechat' });
    expect(await storedListing(l._id)).toMatchObject({ status: 'sold_out', stock: 0 });
    const done = await buyer.ok('market', 'cancelOrder', { orderId: o.id });
    expect(done).toMatchObject({ state: 'cancelled', cancelReason: 'buyer', actions: [] });
    expect(await storedListing(l._id)).toMatchObject({ status: 'on_sale', stock: 2, soldCount: 0, holds: {} });
    expect(await storedOrder(o.id)).toMatchObject({ stockHeld: false });
    expect(await buyer.call('market', 'cancelOrder', { orderId: o.id })).toMatchObject({ ok: false, code: 'ORDER_NOT_CANCELLABLE' });
    expect(await storedListing(l._id)).toMatchObject({ stock: 2 });
  });

  it('refuses someone else’s order and an unknown one', async () => {
    const l = await saleListing();
    const o = await buyer.ok('market', 'placeOrder', { stationId: 'n-nantang', lines: [line(l._id)], pay: 'wechat' });
    const stranger = await otherBuyer('stranger');
    expect(await stranger.call('market', 'cancelOrder', { orderId: o.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await stranger.call('market', 'cancelOrder', { orderId: 'o-nope' })).toMatchObject({ ok: false, code: 'ORDER_NOT_FOUND' });
    expect(await storedOrder(o.id)).toMatchObject({ state: 'pending_payment' });
  });
});
