/**
 * WeChat cloud payment through the real SDK and the local cloud-pay sandbox: pay() orders the amount with a
 * fresh outTradeNo, the sandbox's notification reaches payCallback, which marks the order paid only when
 * everything matches and queryOrder confirms — once, however often it is delivered — and refunds a payment
 * that arrives for an order no longer waiting for it.
 */
import { COLLECTIONS } from '@/contracts/collections';
import type { OrderView, PaymentIssueView } from '@/contracts/order';
import type { Page } from '@/contracts/paging';
import { userIdOf } from '@/server/shared/ids';
import {
  eventually,
  inboxOf,
  issuesOf,
  line,
  MCH,
  MIN,
  rowsOf,
  saleListing,
  sheet,
  storedOrder,
  wechatOrder,
  useOrderTest,
} from './fixtures';

jest.setTimeout(120_000);
const { cloud, buyer, otherBuyer, staffMember } = useOrderTest('py-buyer');
const sdk = require('wx-server-sdk');
const tradeState = async (outTradeNo: string) => (await sdk.cloudPay.queryOrder({ outTradeNo, subMchId: MCH, nonceStr: 'q' })).tradeState;

afterEach(() => jest.restoreAllMocks());

/** A notification as WeChat hands it to the callback, delivered with no user behind it. */
const notification = (outTradeNo: string, totalFee: number, over: Record<string, unknown> = {}) => ({
  returnCode: 'SUCCESS',
  resultCode: 'SUCCESS',
  appid: 'wx-sp',
  subMchId: MCH,
  openid: buyer.openid,
  totalFee,
  cashFee: totalFee,
  transactionId: '4200000000202612010000000001',
  outTradeNo,
  timeEnd: '20261201120000',
  ...over,
});
const deliver = (event: unknown) => cloud.gateway.trigger('payCallback', event, {});

describe('pay (WeChat)', () => {
  it('orders the amount with a fresh outTradeNo; the sandbox payment marks it paid with a 6-digit code shown only to the buyer', async () => {
    const l = await saleListing({ stock: 10 });
    const { order, paying, outTradeNo } = await wechatOrder(buyer, [line(l._id, 2)]);
    expect(paying.payment).toMatchObject({
      package: expect.stringMatching(/^prepay_id=/),
      paySign: expect.any(String),
      timeStamp: expect.any(String),
    });
    expect(outTradeNo).toBe(`${order.id}_1`);
    expect(await tradeState(outTradeNo)).toBe('NOTPAY');

    const res = await sheet(cloud, buyer, outTradeNo);
    expect(res.body).toMatchObject({
      ok: true,
      data: { tradeState: 'SUCCESS', totalFee: 700, deliveries: [{ answer: { errcode: 0, errmsg: 'OK' } }] },
    });
    const paid = await buyer.ok<OrderView>('market', 'orderDetail', { orderId: order.id });
    expect(paid).toMatchObject({ state: 'paid', actions: [], pickupCode: expect.stringMatching(/^\d{6}$/) });
    expect(paid.pickupQr).toBe(`civic-pickup:${paid.pickupCode}`);
    expect(await storedOrder(order.id)).toMatchObject({
      paidTradeNo: outTradeNo,
      transactionId: expect.any(String),
      pickupKey: `n-nantang:${paid.pickupCode}`,
    });
    expect((await inboxOf(buyer.openid, 'order.paid')).map((m) => m.body)).toEqual([expect.stringContaining(paid.pickupCode!)]);
    const sold = (await inboxOf('demo-producer', 'order.sold')).filter((m) => m.body.includes('2斤'));
    expect(sold.length).toBeGreaterThanOrEqual(1);
  });

  it('the same notification delivered 20 times at once marks the order paid once and books the sale once', async () => {
    const l = await saleListing({ stock: 10, producerUserId: userIdOf(`${buyer.openid}-maker`) });
    const { order, outTradeNo } = await wechatOrder(buyer, [line(l._id, 1)]);
    const res = await sheet(cloud, buyer, outTradeNo, 'pay', 20);
    expect(res.body.data.deliveries).toHaveLength(20);
    expect(res.body.data.deliveries.every((d: { answer?: { errcode?: number } }) => d.answer?.errcode === 0)).toBe(true);
    const stored = await storedOrder(order.id);
    expect(stored).toMatchObject({ state: 'paid', paidTradeNo: outTradeNo });
    await sheet(cloud, buyer, outTradeNo, 'redeliver', 20);
    expect((await storedOrder(order.id)).paidAt).toBe(stored.paidAt);
    expect(await inboxOf(buyer.openid, 'order.paid')).toHaveLength(1);
    expect(await rowsOf(COLLECTIONS.messages, { userId: userIdOf(`${buyer.openid}-maker`), kind: 'order.sold' })).toHaveLength(1);
    expect(await issuesOf(order.id)).toEqual([]);
  });

  it('marks nothing paid for a wrong amount, a merchant not ours, returnCode FAIL or an unknown outTradeNo — flagged for staff and still answered', async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined); // the callback logs what it ignores
    const l = await saleListing({ stock: 10 });
    const { order, outTradeNo } = await wechatOrder(buyer, [line(l._id, 1)]);
    await sheet(cloud, buyer, outTradeNo, 'cancel');
    const ok = { errcode: 0, errmsg: 'OK' };
    expect(await deliver(notification(outTradeNo, 351))).toEqual(ok);
    expect(await deliver(notification(outTradeNo, 350, { subMchId: '1900000999' }))).toEqual(ok);
    expect(await deliver(notification(outTradeNo, 350, { returnCode: 'FAIL', resultCode: 'FAIL' }))).toEqual(ok);
    expect(await deliver(notification(`${order.id}_7`, 350))).toEqual(ok);
    expect(await deliver(notification('o0000000000000000000_1', 350))).toEqual(ok);
    expect(await deliver({ returnCode: 'SUCCESS' })).toEqual(ok);
    expect(await storedOrder(order.id)).toMatchObject({ state: 'pending_payment' });
    expect((await issuesOf(order.id)).map((i) => i.kind).sort()).toEqual(['amount', 'merchant', 'not_success']);
    // WeChat's retries of the same mismatch flag it once.
    await deliver(notification(outTradeNo, 351));
    expect(await issuesOf(order.id)).toHaveLength(3);
  });

  it('staff over the station list the flagged issues and mark them dealt with; others are refused', async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const l = await saleListing({ stock: 10 });
    const { order, outTradeNo } = await wechatOrder(buyer, [line(l._id, 1)]);
    await deliver(notification(outTradeNo, 1));
    const staff = await staffMember('staff', 'n-chengguan');
    const far = await staffMember('far', 'n-longxi');
    const id = `${outTradeNo}:amount`;
    const open = await staff.ok<Page<PaymentIssueView>>('market', 'paymentIssues', { nodeId: 'n-nantang' });
    expect(open.items.find((i) => i.id === id)).toMatchObject({
      kind: 'amount',
      status: 'open',
      orderId: order.id,
      detail: { totalFee: 1, amountFen: 350 },
    });
    expect((await far.ok<Page<PaymentIssueView>>('market', 'paymentIssues', {})).items.some((i) => i.id === id)).toBe(false);
    expect(await far.call('market', 'paymentIssues', { nodeId: 'n-nantang' })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await buyer.call('market', 'paymentIssues', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await far.call('market', 'resolvePaymentIssue', { id, note: '已核实' })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await staff.call('market', 'resolvePaymentIssue', { id: 'nope:amount', note: '已核实' })).toMatchObject({
      ok: false,
      code: 'PAYMENT_ISSUE_NOT_FOUND',
    });
    expect(await staff.ok('market', 'resolvePaymentIssue', { id, note: '伪造的通知，已核实' })).toMatchObject({
      status: 'resolved',
      note: '伪造的通知，已核实',
    });
    expect(await staff.call('market', 'resolvePaymentIssue', { id, note: '再处理' })).toMatchObject({
      ok: false,
      code: 'PAYMENT_ISSUE_RESOLVED',
    });
    const resolved = await staff.ok<Page<PaymentIssueView>>('market', 'paymentIssues', { status: 'resolved' });
    expect(resolved.items.map((i) => i.id)).toContain(id);
  });

  it('a client calling payCallback itself with a well-formed notification marks nothing paid: queryOrder says not paid', async () => {
    const l = await saleListing({ stock: 10 });
    const { order, outTradeNo } = await wechatOrder(buyer, [line(l._id, 1)]);
    const direct = await cloud.post('/api/fn/payCallback', notification(outTradeNo, 350), buyer.token);
    expect(direct.body).toEqual({ errcode: 0, errmsg: 'OK' });
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const asAction = await buyer.call('payCallback', 'pay', notification(outTradeNo, 350));
    expect(asAction).toEqual({ errcode: 0, errmsg: 'OK' });
    expect(await storedOrder(order.id)).toMatchObject({ state: 'pending_payment' });
    expect((await issuesOf(order.id)).map((i) => i.kind)).toEqual(['not_confirmed']);
    expect(await inboxOf(buyer.openid, 'order.paid')).toEqual([]);
  });

  it('refunds a payment that arrives after the buyer cancelled, with an out_refund_no of its own', async () => {
    const l = await saleListing({ stock: 10 });
    const { order, outTradeNo } = await wechatOrder(buyer, [line(l._id, 1)]);
    await buyer.ok('market', 'cancelOrder', { orderId: order.id });
    const res = await sheet(cloud, buyer, outTradeNo);
    expect(res.body.data.deliveries[0].answer).toEqual({ errcode: 0, errmsg: 'OK' });
    expect(await storedOrder(order.id)).toMatchObject({ state: 'cancelled' });
    expect((await issuesOf(order.id)).map((i) => i.kind)).toEqual(['late_payment']);
    expect(
      await eventually(
        () => tradeState(outTradeNo),
        (s) => s === 'REFUND',
      ),
    ).toBe('REFUND');
  });

  it('a second attempt paid after the first refunds the second', async () => {
    const l = await saleListing({ stock: 10 });
    const { order, outTradeNo: first } = await wechatOrder(buyer, [line(l._id, 1)]);
    await buyer.ok('market', 'pay', { orderId: order.id });
    const second = `${order.id}_2`;
    await sheet(cloud, buyer, first);
    await sheet(cloud, buyer, second);
    expect(await storedOrder(order.id)).toMatchObject({ state: 'paid', paidTradeNo: first, attemptCount: 2 });
    expect(
      await eventually(
        () => tradeState(second),
        (s) => s === 'REFUND',
      ),
    ).toBe('REFUND');
    expect(await tradeState(first)).toBe('SUCCESS');
  });

  it('refuses: someone else’s order, a paid one, one past its 15 minutes, an unknown one', async () => {
    const l = await saleListing({ stock: 10 });
    const { order, outTradeNo } = await wechatOrder(buyer, [line(l._id, 1)]);
    const other = await otherBuyer('other');
    expect(await other.call('market', 'pay', { orderId: order.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await buyer.call('market', 'pay', { orderId: order.id }, { now: Date.now() + 16 * MIN })).toMatchObject({
      ok: false,
      code: 'ORDER_EXPIRED',
    });
    expect(await buyer.call('market', 'pay', { orderId: 'o-nope' })).toMatchObject({ ok: false, code: 'ORDER_NOT_FOUND' });
    await sheet(cloud, buyer, outTradeNo);
    expect(await buyer.call('market', 'pay', { orderId: order.id })).toMatchObject({ ok: false, code: 'ORDER_NOT_PAYABLE' });
    expect(await buyer.call('market', 'cancelOrder', { orderId: order.id })).toMatchObject({ ok: false, code: 'ORDER_NOT_CANCELLABLE' });
    expect((await storedOrder(order.id)).attemptCount).toBe(1);
  });
});
