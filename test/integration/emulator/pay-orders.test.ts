/**
 * The local cloud-pay sandbox through the real wx-server-sdk 4.0.2: `cloud.cloudPay.unifiedOrder`,
 * `queryOrder` and `closeOrder` against the emulator, on the sandbox's own clock (so expiry and the 5-minute
 * close rule are stepped, not waited for).
 */
import { payTime, PaySandbox } from '../../../emulator/pay';
import { signedRequest, useEmulator } from '../../helpers/emulator';
import { MCH, orderInput, tradeNo } from './pay-fixtures';

let clock = Date.UTC(2026, 11, 1, 2, 0, 0);
const sandbox = new PaySandbox({ now: () => clock });
const emu = useEmulator({ plugins: [sandbox.plugin()] });
/** A unifiedOrder input of demo-resident's that names payCallback and carries no attach. */
function order(over: Record<string, unknown> = {}) {
  const { attach: _none, ...input } = orderInput('demo-resident', { functionName: 'payCallback' });
  return { ...input, ...over };
}
const query = (outTradeNo: string, subMchId = MCH) => emu.cloud.cloudPay.queryOrder({ outTradeNo, subMchId, nonceStr: 'q' });
const close = (outTradeNo: string) => emu.cloud.cloudPay.closeOrder({ outTradeNo, subMchId: MCH, nonceStr: 'c' });

describe('cloudPay.unifiedOrder', () => {
  it('answers a payment for requestPayment, in camelCase, errCode 0', async () => {
    const input = order({ attach: 'order:o1' });
    const res = await emu.cloud.cloudPay.unifiedOrder(input);
    expect(res).toMatchObject({
      errCode: 0,
      errMsg: 'cloudPay.unifiedOrder:ok',
      returnCode: 'SUCCESS',
      resultCode: 'SUCCESS',
      subMchId: MCH,
      tradeType: 'JSAPI',
    });
    expect(res.payment).toEqual({
      appId: expect.any(String),
      timeStamp: String(Math.floor(clock / 1000)),
      nonceStr: expect.any(String),
      package: `prepay_id=${res.prepayId}`,
      signType: 'MD5',
      paySign: expect.any(String),
    });
    expect(res.prepayId).toMatch(/^wx\d{14}[0-9a-f]{18}$/);
    expect(await query(input.outTradeNo)).toMatchObject({
      returnCode: 'SUCCESS',
      resultCode: 'SUCCESS',
      tradeState: 'NOTPAY',
      outTradeNo: input.outTradeNo,
      totalFee: 1280,
      attach: 'order:o1',
    });
  });

  it('sends snake_case and answers application/octet-stream (never the JSON envelope type)', async () => {
    const data = {
      body: 'x',
      out_trade_no: tradeNo(),
      spbill_create_ip: '127.0.0.1',
      sub_mch_id: MCH,
      total_fee: 1,
      env_id: 'local',
      function_name: 'f',
      nonce_str: 'n',
      sub_openid: 'u1',
    };
    const res = await signedRequest(`${emu.handle.serviceUrl}?env=local`, {
      form: true,
      body: { action: 'wx.wxPayApi', apiName: 'unifiedOrder', requestData: Buffer.from(JSON.stringify(data)), apiOptions: Buffer.alloc(0) },
    });
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.json()).toMatchObject({ return_code: 'SUCCESS', result_code: 'SUCCESS', prepay_id: expect.any(String), sub_mch_id: MCH });
  });

  it('orders one outTradeNo once: again → OUT_TRADE_NO_USED; paid → ORDERPAID; closed → ORDERCLOSED', async () => {
    const input = order();
    expect((await emu.cloud.cloudPay.unifiedOrder(input)).resultCode).toBe('SUCCESS');
    const again = await emu.cloud.cloudPay.unifiedOrder(input);
    expect(again).toMatchObject({
      errCode: 0,
      returnCode: 'SUCCESS',
      resultCode: 'FAIL',
      errCodeDes: expect.stringContaining('商户订单号重复'),
    });
    expect(again.payment).toBeUndefined();

    const paid = order();
    await emu.cloud.cloudPay.unifiedOrder(paid);
    const decided = await sandbox.decide(emu.handle.store, { outTradeNo: paid.outTradeNo, openid: 'demo-resident', decision: 'pay' });
    expect(decided.ok).toBe(true);
    expect(await emu.cloud.cloudPay.unifiedOrder(paid)).toMatchObject({ resultCode: 'FAIL', errCodeDes: '该订单已支付' });

    const closed = order();
    await emu.cloud.cloudPay.unifiedOrder(closed);
    clock += 5 * 60_000;
    expect((await close(closed.outTradeNo)).resultCode).toBe('SUCCESS');
    expect(await emu.cloud.cloudPay.unifiedOrder(closed)).toMatchObject({ resultCode: 'FAIL', errCodeDes: '该订单已关闭' });
  });

  it('ten concurrent orders of one outTradeNo: exactly one succeeds', async () => {
    const input = order();
    const answers = await Promise.all(Array.from({ length: 10 }, () => emu.cloud.cloudPay.unifiedOrder(input)));
    expect(answers.filter((a) => a.resultCode === 'SUCCESS')).toHaveLength(1);
    expect(answers.filter((a) => a.resultCode === 'FAIL')).toHaveLength(9);
  }, 60_000);

  it.each([
    ['a fee in yuan', { totalFee: 12.8 }, 'total_fee'],
    ['a fee as text', { totalFee: '1280' }, 'total_fee'],
    ['a zero fee', { totalFee: 0 }, 'total_fee'],
    ['a negative fee', { totalFee: -1 }, 'total_fee'],
    ['no body', { body: undefined }, 'body'],
    ['a body over 128 bytes', { body: '米'.repeat(43) }, 'body'],
    ['no outTradeNo', { outTradeNo: undefined }, 'out_trade_no'],
    ['an outTradeNo over 32', { outTradeNo: 'x'.repeat(33) }, 'out_trade_no'],
    ['an outTradeNo with other characters', { outTradeNo: '订单1' }, 'out_trade_no'],
    ['no subMchId', { subMchId: undefined }, 'sub_mch_id'],
    ['no functionName', { functionName: undefined }, 'function_name'],
    ['no envId', { envId: undefined }, 'env_id'],
    ['no spbillCreateIp', { spbillCreateIp: undefined }, 'spbill_create_ip'],
    ['no nonceStr', { nonceStr: undefined }, 'nonce_str'],
    ['no payer', { subOpenid: undefined }, 'openid'],
    ['another trade type', { tradeType: 'NATIVE' }, 'trade_type'],
    ['a malformed timeExpire', { timeExpire: '2026-12-01' }, 'time_expire'],
    ['a timeExpire already past', { timeExpire: payTime(clock - 1000) }, 'time_expire'],
  ])('refuses %s: returnCode FAIL, errCodeDes names the field, nothing ordered', async (_what, over, field) => {
    const input = order(over);
    const res = await emu.cloud.cloudPay.unifiedOrder(input);
    expect(res).toMatchObject({ errCode: 0, returnCode: 'FAIL', resultCode: 'FAIL' });
    expect(res.errCodeDes).toContain(field);
    expect(res.payment).toBeUndefined();
    if (typeof input.outTradeNo === 'string' && /^[\w-]{1,32}$/.test(input.outTradeNo)) {
      expect(await query(input.outTradeNo)).toMatchObject({ resultCode: 'FAIL', errCodeDes: '此交易订单号不存在' });
    }
  });

  it('a body of 128 bytes (42 Chinese characters + 2) is taken', async () => {
    expect((await emu.cloud.cloudPay.unifiedOrder(order({ body: `${'米'.repeat(42)}ab` }))).resultCode).toBe('SUCCESS');
  });
});

describe('cloudPay.queryOrder', () => {
  it('NOTPAY → SUCCESS (with transactionId, timeEnd, the payer) → REFUND', async () => {
    const input = order({ totalFee: 500 });
    await emu.cloud.cloudPay.unifiedOrder(input);
    expect((await query(input.outTradeNo)).tradeState).toBe('NOTPAY');
    await sandbox.decide(emu.handle.store, { outTradeNo: input.outTradeNo, openid: 'demo-resident', decision: 'pay' });
    const paid = await query(input.outTradeNo);
    expect(paid).toMatchObject({ tradeState: 'SUCCESS', totalFee: 500, cashFee: 500, subOpenid: 'demo-resident', timeEnd: payTime(clock) });
    expect(paid.transactionId).toMatch(/^4200\d{24}$/);
    const r = await emu.cloud.cloudPay.refund({
      outTradeNo: input.outTradeNo,
      outRefundNo: `R${input.outTradeNo}`,
      totalFee: 500,
      refundFee: 200,
      subMchId: MCH,
      nonceStr: 'r',
      envId: 'local',
      functionName: 'payCallback',
    });
    expect(r.resultCode).toBe('SUCCESS');
    expect((await query(input.outTradeNo)).tradeState).toBe('REFUND');
    expect((await emu.cloud.cloudPay.queryOrder({ transactionId: paid.transactionId, subMchId: MCH, nonceStr: 'q' })).outTradeNo).toBe(
      input.outTradeNo,
    );
  });

  it('an unknown outTradeNo, or another merchant’s, is ORDERNOTEXIST', async () => {
    const input = order();
    await emu.cloud.cloudPay.unifiedOrder(input);
    expect(await query('NO_SUCH_ORDER')).toMatchObject({
      errCode: 0,
      returnCode: 'SUCCESS',
      resultCode: 'FAIL',
      errCodeDes: '此交易订单号不存在',
    });
    expect((await query(input.outTradeNo, '1900000999')).resultCode).toBe('FAIL');
  });

  it('after timeExpire an unpaid order stays NOTPAY and can no longer be paid', async () => {
    const input = order({ timeExpire: payTime(clock + 15 * 60_000) });
    await emu.cloud.cloudPay.unifiedOrder(input);
    clock += 15 * 60_000;
    expect(await query(input.outTradeNo)).toMatchObject({ tradeState: 'NOTPAY', tradeStateDesc: expect.stringContaining('已过支付期限') });
    const late = await sandbox.decide(emu.handle.store, { outTradeNo: input.outTradeNo, openid: 'demo-resident', decision: 'pay' });
    expect(late).toMatchObject({ ok: false, code: 'ORDER_EXPIRED' });
    expect((await query(input.outTradeNo)).tradeState).toBe('NOTPAY');
  });
});

describe('cloudPay.closeOrder', () => {
  it('is refused within 5 minutes of the order, then closes it; paying a closed order is refused', async () => {
    const input = order();
    await emu.cloud.cloudPay.unifiedOrder(input);
    clock += 5 * 60_000 - 1000;
    const early = await close(input.outTradeNo);
    expect(early).toMatchObject({ errCode: 0, resultCode: 'FAIL', errCodeDes: expect.stringContaining('5分钟') });
    expect((await query(input.outTradeNo)).tradeState).toBe('NOTPAY');
    clock += 1000;
    expect(await close(input.outTradeNo)).toMatchObject({ returnCode: 'SUCCESS', resultCode: 'SUCCESS' });
    expect((await query(input.outTradeNo)).tradeState).toBe('CLOSED');
    expect(await close(input.outTradeNo)).toMatchObject({ resultCode: 'FAIL', errCodeDes: expect.stringContaining('已关闭') });
    const pay = await sandbox.decide(emu.handle.store, { outTradeNo: input.outTradeNo, openid: 'demo-resident', decision: 'pay' });
    expect(pay).toMatchObject({ ok: false, code: 'ORDER_CLOSED' });
  });

  it('refuses to close a paid order (ORDERPAID) and an unknown one (ORDERNOTEXIST)', async () => {
    const input = order();
    await emu.cloud.cloudPay.unifiedOrder(input);
    await sandbox.decide(emu.handle.store, { outTradeNo: input.outTradeNo, openid: 'demo-resident', decision: 'pay' });
    clock += 10 * 60_000;
    expect(await close(input.outTradeNo)).toMatchObject({ resultCode: 'FAIL', errCodeDes: expect.stringContaining('已支付') });
    expect((await query(input.outTradeNo)).tradeState).toBe('SUCCESS');
    expect(await close('NO_SUCH_ORDER')).toMatchObject({ resultCode: 'FAIL', errCodeDes: '此交易订单号不存在' });
  });
});

describe('the wire', () => {
  it('an API the sandbox does not have is a CloudBase error (the SDK rejects)', async () => {
    await expect(emu.cloud.cloudPay.downloadBill({ subMchId: MCH })).rejects.toMatchObject({
      errMsg: expect.stringContaining('not in the local cloud-pay sandbox'),
    });
  });
});
