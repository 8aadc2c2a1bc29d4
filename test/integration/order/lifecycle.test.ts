/**
 * After placement, through the real SDK: paying with points (the ledger and the order in one transaction),
 * the shopkeeper's ready step, pickup by code at the station (once, only there, wrong codes locked out),
 * refunds by staff (WeChat through the refund notification, points through the ledger; stock back once),
 * and the reads: my orders, an order for each viewer, a station's orders, a producer's sales.
 */
import { COLLECTIONS } from '@/contracts/collections';
import type { OrderView, PayResult, SaleView } from '@/contracts/order';
import type { Page } from '@/contracts/paging';
import { userIdOf } from '@/server/shared/ids';
import type { Caller } from '../../helpers/local-cloud';
import {
  eventually,
  grant,
  inboxOf,
  line,
  paidOrder,
  pointsOf,
  PRODUCER_ID,
  rowsOf,
  saleListing,
  seedUsers,
  staffAt,
  storedListing,
  storedOrder,
  useOrderTest,
} from './fixtures';

jest.setTimeout(120_000);
const { cloud, buyer, otherBuyer, staffMember } = useOrderTest('lc-buyer', 100);
let staff: Caller; // staff of 城关镇所, over 南塘村站
let far: Caller; // staff of 龙溪镇所
let producer: Caller;
beforeAll(async () => {
  await staffAt('lc-far', 'n-longxi');
  far = await cloud.as('lc-far');
  producer = await cloud.as('demo-producer');
});
beforeEach(async () => {
  staff = await staffMember('staff', 'n-chengguan');
});

const placePoints = (lines: { listingId: string; qty: number }[]) =>
  buyer.ok<OrderView>('market', 'placeOrder', { stationId: 'n-nantang', lines, pay: 'points' });
const entriesOf = (openid: string) => rowsOf(COLLECTIONS.pointsEntries, { userId: userIdOf(openid), source: 'order' });

describe('points', () => {
  it('pays with points: the spend (source order) and the move to paid together, the code drawn', async () => {
    const l = await saleListing({ pointsPrice: 30 });
    const o = await placePoints([line(l._id, 2)]);
    expect(o).toMatchObject({ pointsTotal: 60, payMethod: 'points' });
    const paid = await buyer.ok<PayResult>('market', 'pay', { orderId: o.id });
    expect(paid.payment).toBeUndefined();
    expect(paid.order).toMatchObject({ state: 'paid', pickupCode: expect.stringMatching(/^\d{6}$/) });
    expect(await pointsOf(buyer.openid)).toBe(40);
    expect(await entriesOf(buyer.openid)).toEqual([
      expect.objectContaining({ kind: 'spend', amount: -60, sourceId: o.id, balanceAfter: 40 }),
    ]);
    expect(await buyer.call('market', 'pay', { orderId: o.id })).toMatchObject({ ok: false, code: 'ORDER_NOT_PAYABLE' });
    expect(await pointsOf(buyer.openid)).toBe(40);
  });

  it('POINTS_NOT_ENOUGH changes nothing; ten payments at once spend once', async () => {
    const dear = await saleListing({ pointsPrice: 101 });
    const o = await placePoints([line(dear._id)]);
    expect(await buyer.call('market', 'pay', { orderId: o.id })).toMatchObject({
      ok: false,
      code: 'POINTS_NOT_ENOUGH',
      message: '爱心积分不足',
    });
    expect(await storedOrder(o.id)).toMatchObject({ state: 'pending_payment' });
    expect(await pointsOf(buyer.openid)).toBe(100);
    const l = await saleListing({ pointsPrice: 10 });
    const o2 = await placePoints([line(l._id, 3)]);
    const answers = await Promise.all(Array.from({ length: 10 }, () => buyer.call('market', 'pay', { orderId: o2.id })));
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok).map((a) => (a.ok ? '' : a.code))).toEqual(Array(9).fill('ORDER_NOT_PAYABLE'));
    expect(await pointsOf(buyer.openid)).toBe(70);
    expect(await entriesOf(buyer.openid)).toHaveLength(1);
  }, 120_000);

  it('staff refund a points order: points back through the ledger with the state change, stock back once', async () => {
    const l = await saleListing({ pointsPrice: 20, stock: 4 });
    const o = await placePoints([line(l._id, 2)]);
    await buyer.ok('market', 'pay', { orderId: o.id });
    const refunded = await staff.ok<OrderView>('market', 'refundOrder', { orderId: o.id, reason: '商品受潮' });
    expect(refunded).toMatchObject({ state: 'refunded', refundReason: '商品受潮', viewer: 'staff', actions: [] });
    expect(await pointsOf(buyer.openid)).toBe(100);
    expect((await entriesOf(buyer.openid)).map((e) => [e.kind, e.amount])).toEqual(
      expect.arrayContaining([
        ['spend', -40],
        ['refund', 40],
      ]),
    );
    expect(await storedListing(l._id)).toMatchObject({ stock: 4, soldCount: 0, holds: {} });
    expect(await staff.call('market', 'refundOrder', { orderId: o.id, reason: '再退一次' })).toMatchObject({
      ok: false,
      code: 'ORDER_NOT_REFUNDABLE',
    });
    expect(await pointsOf(buyer.openid)).toBe(100);
    expect(await storedListing(l._id)).toMatchObject({ stock: 4 });
    expect((await inboxOf(buyer.openid, 'order.refunded')).map((m) => m.body)).toEqual([expect.stringContaining('商品受潮')]);
  });
});

describe('pickup', () => {
  it('markReady (optional), then the code at its station completes the order once; the buyer and the producer see it', async () => {
    const l = await saleListing({ stock: 5 });
    const { order } = await paidOrder(cloud, buyer, [line(l._id, 2)]);
    const code = order.pickupCode!;
    expect(await staff.ok('market', 'orderDetail', { orderId: order.id })).toMatchObject({
      actions: ['markReady', 'refund'],
      buyerName: '买家1',
    });
    expect((await staff.ok<OrderView>('market', 'orderDetail', { orderId: order.id })).pickupCode).toBeUndefined();
    expect(await staff.ok('market', 'markReady', { orderId: order.id })).toMatchObject({ state: 'ready', actions: ['refund'] });
    expect(await staff.call('market', 'markReady', { orderId: order.id })).toMatchObject({ ok: false, code: 'ORDER_NOT_PAID' });
    expect(await inboxOf(buyer.openid, 'order.ready')).toHaveLength(1);

    const done = await staff.ok<OrderView>('market', 'verifyPickup', { stationId: 'n-nantang', code });
    expect(done).toMatchObject({ id: order.id, state: 'completed', viewer: 'staff', completedAt: expect.any(Number) });
    expect(await storedOrder(order.id)).toMatchObject({ stockHeld: false, pickupKey: `-${order.id}` });
    expect(await storedListing(l._id)).toMatchObject({ stock: 3, soldCount: 2, holds: {} });
    expect(await staff.call('market', 'verifyPickup', { stationId: 'n-nantang', code })).toMatchObject({
      ok: false,
      code: 'PICKUP_CODE_USED',
    });
    expect(await buyer.ok('market', 'orderDetail', { orderId: order.id })).toMatchObject({ state: 'completed', actions: [] });
    expect((await buyer.ok<OrderView>('market', 'orderDetail', { orderId: order.id })).pickupCode).toBeUndefined();
    expect(await inboxOf(buyer.openid, 'order.completed')).toHaveLength(1);
    expect(await staff.call('market', 'refundOrder', { orderId: order.id, reason: '晚了' })).toMatchObject({
      ok: false,
      code: 'ORDER_NOT_REFUNDABLE',
    });
  });

  it('a code works only at its station and only for staff of it; wrong codes lock the staff member after 10 a minute', async () => {
    const l = await saleListing({ stock: 5 });
    const { order } = await paidOrder(cloud, buyer, [line(l._id, 1)]);
    const code = order.pickupCode!;
    expect(await staff.call('market', 'verifyPickup', { stationId: 'n-dongmen', code })).toMatchObject({
      ok: false,
      code: 'PICKUP_WRONG_STATION',
    });
    expect(await far.call('market', 'verifyPickup', { stationId: 'n-nantang', code })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await buyer.call('market', 'verifyPickup', { stationId: 'n-nantang', code })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await staff.call('market', 'verifyPickup', { stationId: 'n-nope', code })).toMatchObject({ ok: false, code: 'NODE_NOT_FOUND' });
    expect(await staff.call('market', 'verifyPickup', { stationId: 'n-nantang', code: '12ab56' })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
    const wrong = code === '000000' ? '000001' : '000000';
    const answers: string[] = [];
    for (let i = 0; i < 9; i++) {
      const res = await staff.call('market', 'verifyPickup', { stationId: 'n-nantang', code: wrong });
      answers.push(res.ok ? 'ok' : res.code);
    }
    // 1 wrong station + 9 wrong codes = 10 in the minute: the 11th try is refused before the code is looked at.
    expect(answers).toEqual(Array(9).fill('PICKUP_CODE_WRONG'));
    expect(await staff.call('market', 'verifyPickup', { stationId: 'n-nantang', code })).toMatchObject({
      ok: false,
      code: 'PICKUP_CODE_LOCKED',
    });
    expect(await storedOrder(order.id)).toMatchObject({ state: 'paid' });
    // Another staff member of the station is not locked; a minute later this one is not either.
    const other = await staffMember('staff-b', 'n-nantang');
    expect(await other.ok('market', 'verifyPickup', { stationId: 'n-nantang', code })).toMatchObject({ state: 'completed' });
    const later = { now: Date.now() + 61_000 };
    expect(await staff.call('market', 'verifyPickup', { stationId: 'n-nantang', code }, later)).toMatchObject({
      ok: false,
      code: 'PICKUP_CODE_USED',
    });
  });
});

describe('WeChat refund', () => {
  it('staff refund with a reason: refunding (the code stops working), refunded on the notification, stock back once', async () => {
    const l = await saleListing({ stock: 3 });
    const { order } = await paidOrder(cloud, buyer, [line(l._id, 3)]);
    expect(await storedListing(l._id)).toMatchObject({ stock: 0, status: 'sold_out' });
    expect(await buyer.call('market', 'refundOrder', { orderId: order.id, reason: '不想要了' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await far.call('market', 'refundOrder', { orderId: order.id, reason: '不想要了' })).toMatchObject({
      ok: false,
      code: 'OUT_OF_SCOPE',
    });
    expect(await staff.call('market', 'refundOrder', { orderId: order.id, reason: ' ' })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
    const asked = await staff.ok<OrderView>('market', 'refundOrder', { orderId: order.id, reason: '大米发霉' });
    expect(asked).toMatchObject({ state: 'refunding', refundReason: '大米发霉' });
    expect(await staff.call('market', 'verifyPickup', { stationId: 'n-nantang', code: order.pickupCode })).toMatchObject({
      ok: false,
      code: 'PICKUP_CODE_WRONG',
    });
    const done = await eventually(
      () => storedOrder(order.id),
      (o) => o.state === 'refunded' && o.stockHeld === false,
    );
    expect(done).toMatchObject({ refundNo: `${order.id}_R`, stockHeld: false });
    expect(await storedListing(l._id)).toMatchObject({ stock: 3, status: 'on_sale', soldCount: 0, holds: {} });
    // Asking again once refunded is refused, and the stock does not come back twice.
    expect(await staff.call('market', 'refundOrder', { orderId: order.id, reason: '大米发霉' })).toMatchObject({
      ok: false,
      code: 'ORDER_NOT_REFUNDABLE',
    });
    expect(await storedListing(l._id)).toMatchObject({ stock: 3 });
    expect(await inboxOf(buyer.openid, 'order.refunded')).toHaveLength(1);
    expect(await rowsOf(COLLECTIONS.auditLogs, { targetId: order.id, action: 'order.refund' })).toHaveLength(1);
  });
});

describe('reads', () => {
  it('myOrders pages the buyer’s own, newest first, by state; orderDetail refuses strangers', async () => {
    const l = await saleListing({ stock: 20 });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await buyer.ok<OrderView>('market', 'placeOrder', { stationId: 'n-nantang', lines: [line(l._id)], pay: 'wechat' })).id);
    await buyer.ok('market', 'cancelOrder', { orderId: ids[0] });
    const first = await buyer.ok<Page<OrderView>>('market', 'myOrders', { limit: 2 });
    expect(first.items.map((o) => o.id)).toEqual([ids[2], ids[1]]);
    const second = await buyer.ok<Page<OrderView>>('market', 'myOrders', { limit: 2, cursor: first.next });
    expect(second).toEqual({ items: [expect.objectContaining({ id: ids[0], state: 'cancelled' })], next: null });
    expect((await buyer.ok<Page<OrderView>>('market', 'myOrders', { state: 'cancelled' })).items.map((o) => o.id)).toEqual([ids[0]]);
    const stranger = await otherBuyer('stranger');
    expect(await stranger.call('market', 'orderDetail', { orderId: ids[1] })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect((await stranger.ok<Page<OrderView>>('market', 'myOrders', {})).items).toEqual([]);
  });

  it('stationOrders for staff over the station (masked phone); the producer sees their lines and income in mySales', async () => {
    await seedUsers([
      { openid: `${buyer.openid}-vol`, roles: [grant('volunteer', 'n-dongmen')], realName: '李买家', phone: '13812345678' },
    ]);
    const vol = await cloud.as(`${buyer.openid}-vol`);
    const l = await saleListing({ stock: 20, priceFen: 500 });
    const { order } = await paidOrder(cloud, vol, [line(l._id, 2)]);
    const page = await staff.ok<Page<OrderView>>('market', 'stationOrders', { stationId: 'n-nantang', state: 'paid' });
    const mine = page.items.find((o) => o.id === order.id)!;
    expect(mine).toMatchObject({ viewer: 'staff', buyerName: '李买家', buyerPhone: '138****5678', actions: ['markReady', 'refund'] });
    expect(mine.pickupCode).toBeUndefined();
    expect(await far.call('market', 'stationOrders', { stationId: 'n-nantang' })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await buyer.call('market', 'stationOrders', { stationId: 'n-nantang' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    const sales = await producer.ok<Page<SaleView>>('market', 'mySales', {});
    expect(sales.items.find((s) => s.orderId === order.id)).toMatchObject({
      amountFen: 1_000,
      feeFen: 0,
      incomeFen: 1_000,
      payMethod: 'wechat',
      loveBuy: false,
    });
    expect(await producer.ok('market', 'orderDetail', { orderId: order.id })).toMatchObject({ viewer: 'producer' });
    expect((await producer.ok<OrderView>('market', 'orderDetail', { orderId: order.id })).buyerName).toBeUndefined();
    expect(
      (await staff.ok<Page<SaleView>>('market', 'mySales', { producerId: PRODUCER_ID })).items.some((s) => s.orderId === order.id),
    ).toBe(true);
    expect(await far.call('market', 'mySales', { producerId: PRODUCER_ID })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await buyer.call('market', 'mySales', {})).toMatchObject({ ok: false, code: 'MARKET_PRODUCER_REQUIRED' });

    // Refunded money is the buyer's again: the sale stays listed but earns the producer nothing.
    await staff.ok('market', 'refundOrder', { orderId: order.id, reason: '大米受潮' });
    const after = await producer.ok<Page<SaleView>>('market', 'mySales', {});
    expect(after.items.find((s) => s.orderId === order.id)).toMatchObject({ amountFen: 1_000, incomeFen: 0 });
  });
});
