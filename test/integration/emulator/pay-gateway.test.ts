/**
 * Paying in the local cloud-pay sandbox through the gateway: `/api/dev/pay` (the 模拟支付 sheet's endpoint)
 * for the payer only, and the notifications it delivers to the callback function the order names — as WeChat
 * does: the notification is the event, no user is behind the call, retried until `{ errcode: 0 }`, and on
 * request 20 at once. A client calling the same function carries its own identity.
 * Orders are made with the real wx-server-sdk (`cloud.cloudPay.unifiedOrder`), pointed at the gateway's
 * local CloudBase.
 */
import { useStarted } from '../../helpers/lifecycle';
import { eventually } from '../../helpers/poll';
import { CALLBACK, MCH, orderInput, recorder, startPayCloud } from './pay-fixtures';

jest.setTimeout(120_000);

const cloud = require('wx-server-sdk');
const pc = useStarted(() => startPayCloud(), 'the pay gateway').now;
let resident = '';
let other = '';

beforeAll(async () => {
  resident = await pc().login('demo-resident');
  other = await pc().login('demo-volunteer');
});

async function ordered(over: Record<string, unknown> = {}) {
  const input = orderInput('demo-resident', over);
  const res = await cloud.cloudPay.unifiedOrder(input);
  expect(res.resultCode).toBe('SUCCESS');
  return { input, prepayId: res.prepayId as string };
}
const query = async (outTradeNo: string) => (await cloud.cloudPay.queryOrder({ outTradeNo, subMchId: MCH, nonceStr: 'q' })).tradeState;
const eventsOf = (outTradeNo: string) => recorder().events.filter((e) => e.event.outTradeNo === outTradeNo && !e.event.outRefundNo);
const pay = (token: string, body: Record<string, unknown>) => pc().http('POST', '/api/dev/pay', token, body);

describe('GET /api/dev/pay (what the sheet shows)', () => {
  it('shows the payer the amount and what it is for, as the sandbox holds them; others get 404', async () => {
    const { input, prepayId } = await ordered();
    const mine = await pc().http('GET', `/api/dev/pay?prepayId=${prepayId}`, resident);
    expect(mine).toEqual({
      status: 200,
      body: {
        ok: true,
        data: { outTradeNo: input.outTradeNo, body: input.body, totalFee: 1280, tradeState: 'NOTPAY', expiresAt: expect.any(Number) },
      },
    });
    expect((await pc().http('GET', `/api/dev/pay?prepayId=${prepayId}`, other)).status).toBe(404);
    expect((await pc().http('GET', `/api/dev/pay?prepayId=${prepayId}`)).status).toBe(401);
  });
});

describe('POST /api/dev/pay', () => {
  it('pays: SUCCESS, then the callback gets the camelCase notification with no user behind the call', async () => {
    const { input, prepayId } = await ordered();
    const res = await pay(resident, { prepayId, decision: 'pay' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      ok: true,
      data: { outTradeNo: input.outTradeNo, tradeState: 'SUCCESS', totalFee: 1280, deliveries: [{ answer: { errcode: 0, errmsg: 'OK' } }] },
    });
    expect(await query(input.outTradeNo)).toBe('SUCCESS');
    const [got, ...more] = eventsOf(input.outTradeNo);
    expect(more).toHaveLength(0);
    expect(got.openid).toBeUndefined();
    expect(got.event).toMatchObject({
      returnCode: 'SUCCESS',
      resultCode: 'SUCCESS',
      subMchId: MCH,
      openid: 'demo-resident',
      subOpenid: 'demo-resident',
      totalFee: 1280,
      cashFee: 1280,
      transactionId: res.body.data.transactionId,
      outTradeNo: input.outTradeNo,
      attach: 'order:o1',
      timeEnd: expect.stringMatching(/^\d{14}$/),
      appid: expect.any(String),
    });
  });

  it('refuses another user (403 FORBIDDEN): nothing paid, nothing delivered', async () => {
    const { input, prepayId } = await ordered();
    for (const body of [
      { prepayId, decision: 'pay' },
      { outTradeNo: input.outTradeNo, decision: 'pay' },
    ]) {
      const res = await pay(other, body);
      expect(res).toEqual({ status: 403, body: { ok: false, code: 'FORBIDDEN', message: expect.stringContaining('不是为你下的单') } });
    }
    expect((await pay('', { prepayId, decision: 'pay' })).status).toBe(401);
    expect(await query(input.outTradeNo)).toBe('NOTPAY');
    expect(eventsOf(input.outTradeNo)).toHaveLength(0);
  });

  it('cancel changes nothing and delivers nothing; paying twice is ORDER_PAID; 5 concurrent pays settle once', async () => {
    const { input, prepayId } = await ordered();
    expect((await pay(resident, { prepayId, decision: 'cancel' })).body).toMatchObject({
      ok: true,
      data: { tradeState: 'NOTPAY', deliveries: [] },
    });
    expect(await query(input.outTradeNo)).toBe('NOTPAY');
    const answers = await Promise.all(Array.from({ length: 5 }, () => pay(resident, { prepayId, decision: 'pay' })));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409 && a.body.code === 'ORDER_PAID')).toHaveLength(4);
    expect(eventsOf(input.outTradeNo)).toHaveLength(1);
  });

  it.each([
    [{ decision: 'pay' }, 'prepayId'],
    [{ prepayId: 'wx1', decision: 'maybe' }, 'decision'],
    [{ prepayId: 'wx1', decision: 'pay', deliveries: 51 }, 'deliveries'],
    [{ prepayId: 'not a prepay id', decision: 'pay' }, 'prepayId'],
  ])('refuses a malformed request %j (400, names %s)', async (body, field) => {
    const res = await pay(resident, body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', message: expect.stringContaining(field) });
  });

  it('an unknown payment is 404; redeliver before paying is ORDER_NOT_PAID', async () => {
    expect((await pay(resident, { prepayId: 'wx0000', decision: 'pay' })).body.code).toBe('NOT_FOUND');
    const { prepayId } = await ordered();
    expect((await pay(resident, { prepayId, decision: 'redeliver' })).body.code).toBe('ORDER_NOT_PAID');
  });
});

describe('delivery', () => {
  it('retries until the function answers { errcode: 0 } (here: the third try), then stops', async () => {
    const { input, prepayId } = await ordered();
    recorder().modes[input.outTradeNo] = 'fail:2';
    const res = await pay(resident, { prepayId, decision: 'pay' });
    expect(res.body.data.deliveries).toEqual([{ answer: { errcode: 1, errmsg: 'not yet' } }]);
    await eventually(
      () => eventsOf(input.outTradeNo).length,
      (n) => n === 3,
      { everyMs: 25, what: 'the third notification' },
    );
    const tries = pc().gateway.pay.attempts({ outTradeNo: input.outTradeNo });
    expect(tries.map((t) => [t.attempt, t.acknowledged])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    // the log is the payer's to read over HTTP too
    const listed = await pc().http('GET', `/api/dev/pay/notifications?outTradeNo=${input.outTradeNo}`, resident);
    expect(listed.body.data.items).toHaveLength(3);
    expect((await pc().http('GET', `/api/dev/pay/notifications?outTradeNo=${input.outTradeNo}`, other)).status).toBe(404);
    await new Promise((r) => setTimeout(r, 500));
    expect(eventsOf(input.outTradeNo)).toHaveLength(3);
  });

  it('gives up after four tries (the gateway’s default: at once, +0.2 s, +1 s, +3 s; shortened here) when the function never acknowledges', async () => {
    const { input, prepayId } = await ordered();
    recorder().modes[input.outTradeNo] = 'never';
    await pay(resident, { prepayId, decision: 'pay' });
    await eventually(
      () => eventsOf(input.outTradeNo).length,
      (n) => n === 4,
      { everyMs: 25, what: 'the fourth notification' },
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(eventsOf(input.outTradeNo)).toHaveLength(4);
    expect(await query(input.outTradeNo)).toBe('SUCCESS');
  });

  it('deliveries: 20 — the same notification 20 times at once', async () => {
    const { input, prepayId } = await ordered();
    const state = recorder();
    state.maxInFlight = 0;
    const res = await pay(resident, { prepayId, decision: 'pay', deliveries: 20 });
    expect(res.body.data.deliveries).toHaveLength(20);
    const got = eventsOf(input.outTradeNo);
    expect(got).toHaveLength(20);
    expect(new Set(got.map((g) => JSON.stringify(g.event))).size).toBe(1);
    expect(state.maxInFlight).toBeGreaterThan(1);
    // and again later, as WeChat's retries do
    await pay(resident, { outTradeNo: input.outTradeNo, decision: 'redeliver', deliveries: 3 });
    expect(eventsOf(input.outTradeNo)).toHaveLength(23);
  });

  it('a client calling the callback over /api/fn carries its own identity', async () => {
    const res = await pc().http('POST', `/api/fn/${CALLBACK}`, resident, {
      returnCode: 'SUCCESS',
      resultCode: 'SUCCESS',
      outTradeNo: 'FORGED1',
      totalFee: 1,
    });
    expect(res.body).toEqual({ errcode: 0, errmsg: 'OK' });
    const forged = recorder().events.filter((e) => e.event.outTradeNo === 'FORGED1');
    expect(forged.map((f) => f.openid)).toEqual(['demo-resident']);
    expect((await pc().http('POST', `/api/fn/${CALLBACK}`, undefined, { outTradeNo: 'FORGED2' })).status).toBe(401);
  });

  it('a refund is notified to the refund’s function ~300 ms later with refundStatus SUCCESS', async () => {
    const { input, prepayId } = await ordered({ totalFee: 900 });
    await pay(resident, { prepayId, decision: 'pay' });
    const outRefundNo = `R${input.outTradeNo}`;
    const refund = {
      outTradeNo: input.outTradeNo,
      outRefundNo,
      totalFee: 900,
      refundFee: 300,
      subMchId: MCH,
      nonceStr: 'r',
      envId: 'local',
      functionName: CALLBACK,
    };
    const asked = Date.now();
    expect((await cloud.cloudPay.refund(refund)).resultCode).toBe('SUCCESS');
    const ofRefund = () => recorder().events.filter((e) => e.event.outRefundNo === outRefundNo);
    expect(ofRefund()).toHaveLength(0);
    await eventually(
      () => ofRefund().length,
      (n) => n === 1,
      { everyMs: 25, what: 'the refund notification' },
    );
    const [got] = ofRefund();
    expect(got.at - asked).toBeGreaterThanOrEqual(250);
    expect(got.openid).toBeUndefined();
    expect(got.event).toMatchObject({
      returnCode: 'SUCCESS',
      outRefundNo,
      outTradeNo: input.outTradeNo,
      refundFee: 300,
      totalFee: 900,
      refundStatus: 'SUCCESS',
      successTime: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
      subMchId: MCH,
    });
    // the same refund again: the same refund, no second notification
    const again = await cloud.cloudPay.refund(refund);
    expect(again).toMatchObject({ resultCode: 'SUCCESS', outRefundNo });
    await new Promise((r) => setTimeout(r, 600));
    expect(ofRefund()).toHaveLength(1);
  });
});
