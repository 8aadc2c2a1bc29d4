/**
 * The orderRelease job through the timer (`cloud.trigger('timer', 'tick', { now })`): unpaid orders are
 * cancelled after 15 minutes and their stock released exactly once, also when the job runs twice or twice
 * at once; an order WeChat says was paid after all is marked paid instead; what a crashed call left
 * (an order stuck reserving, a cancelled order still holding stock) is finished.
 */
import { COLLECTIONS } from '@/contracts/collections';
import { db } from '@/server/cloud';
import { inboxOf, line, MCH, MIN, saleListing, sheet, storedListing, storedOrder, useOrderTest } from './fixtures';

jest.setTimeout(120_000);
const { cloud, buyer } = useOrderTest('jb-buyer');
const sdk = require('wx-server-sdk');

const tick = async (now: number) => {
  const res = await cloud.trigger('timer', 'tick', { now });
  if (!res.ok) throw new Error(JSON.stringify(res));
  return res.data.jobs.orderRelease as { done: number; more: boolean };
};
const placeNow = (listingId: string, qty: number) =>
  buyer.ok('market', 'placeOrder', { stationId: 'n-nantang', lines: [line(listingId, qty)], pay: 'wechat' });

describe('orderRelease', () => {
  it('cancels an order unpaid for 15 minutes and gives its stock back once, however often it runs', async () => {
    const l = await saleListing({ stock: 4 });
    const o = await placeNow(l._id, 4);
    expect(await storedListing(l._id)).toMatchObject({ stock: 0, status: 'sold_out' });
    // 14 minutes on: not yet.
    await tick(Date.now() + 14 * MIN);
    expect(await storedOrder(o.id)).toMatchObject({ state: 'pending_payment' });
    const due = Date.now() + 16 * MIN;
    const [a, b] = await Promise.all([tick(due), tick(due)]);
    expect(a.done + b.done).toBeGreaterThanOrEqual(1);
    await tick(due + 5 * MIN);
    expect(await storedOrder(o.id)).toMatchObject({ state: 'cancelled', cancelReason: 'unpaid', stockHeld: false });
    expect(await storedListing(l._id)).toMatchObject({ stock: 4, soldCount: 0, status: 'on_sale', holds: {} });
    expect(await inboxOf(buyer.openid, 'order.cancelled')).toHaveLength(1);
    expect(await buyer.call('market', 'pay', { orderId: o.id })).toMatchObject({ ok: false, code: 'ORDER_NOT_PAYABLE' });
  });

  it('marks an order paid instead when WeChat says its attempt was paid (the notification never came)', async () => {
    const l = await saleListing({ stock: 4 });
    const o = await placeNow(l._id, 1);
    // An attempt whose notification goes nowhere: ordered straight through the SDK, recorded on the order.
    const outTradeNo = `${o.id}_1`;
    const res = await sdk.cloudPay.unifiedOrder({
      body: '善星小集',
      outTradeNo,
      spbillCreateIp: '127.0.0.1',
      subMchId: MCH,
      totalFee: 350,
      envId: 'local',
      functionName: 'noSuchCallback',
      nonceStr: 'n1',
      tradeType: 'JSAPI',
      subOpenid: buyer.openid,
    });
    expect(res.resultCode).toBe('SUCCESS');
    await db()
      .collection(COLLECTIONS.orders)
      .where({ _id: o.id })
      .update({ data: { attempts: [{ outTradeNo, at: Date.now() }], attemptCount: 1 } });
    expect((await sheet(cloud, buyer, outTradeNo)).body.data.tradeState).toBe('SUCCESS');
    await tick(Date.now() + 16 * MIN);
    expect(await storedOrder(o.id)).toMatchObject({ state: 'paid', paidTradeNo: outTradeNo, pickupCode: expect.stringMatching(/^\d{6}$/) });
    expect(await storedListing(l._id)).toMatchObject({ stock: 3 });
    expect(await inboxOf(buyer.openid, 'order.paid')).toHaveLength(1);
  });

  it('undoes an order a crashed placeOrder left reserving, and settles a cancelled one still holding stock', async () => {
    const l = await saleListing({ stock: 10 });
    const at = Date.now() - 2 * MIN;
    const base = (await placeNow(l._id, 1)).id;
    const template = await storedOrder(base);
    /** A copy of the order as a crashed call left it, `at` 2 minutes ago, its one line of `qty`. */
    const crashed = (_id: string, state: string, qty: number) => ({
      ...template,
      _id,
      state,
      createdAt: at,
      updatedAt: at,
      pickupKey: `-${_id}`,
      lines: [{ ...template.lines[0], qty }],
    });
    // A crash after the take: the order is still reserving, the listing holds 3 for it.
    const stuck = crashed(`${base}x`, 'reserving', 3);
    // A crash after the cancel: the order is cancelled, its hold of 2 never given back.
    const left = crashed(`${base}y`, 'cancelled', 2);
    await db().collection(COLLECTIONS.orders).add({ data: stuck });
    await db().collection(COLLECTIONS.orders).add({ data: left });
    const _ = db().command;
    await db()
      .collection(COLLECTIONS.listings)
      .where({ _id: l._id })
      .update({ data: { stock: _.inc(-5), soldCount: _.inc(5), [`holds.${stuck._id}`]: 3, [`holds.${left._id}`]: 2 } });
    expect(await storedListing(l._id)).toMatchObject({ stock: 4 });

    await Promise.all([tick(Date.now()), tick(Date.now())]);
    expect(await storedOrder(stuck._id)).toBeUndefined();
    expect(await storedOrder(left._id)).toMatchObject({ state: 'cancelled', stockHeld: false });
    // 10 − 1 (the live order) = 9, each crashed hold given back once.
    expect(await storedListing(l._id)).toMatchObject({ stock: 9, soldCount: 1, holds: { [base]: 1 } });
    await tick(Date.now());
    expect(await storedListing(l._id)).toMatchObject({ stock: 9 });
  });
});
