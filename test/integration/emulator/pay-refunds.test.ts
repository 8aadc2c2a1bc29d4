/**
 * `cloud.cloudPay.refund` in the local cloud-pay sandbox through the real wx-server-sdk 4.0.2: the same
 * out_refund_no is the same refund (never a second one), refunds never exceed what was paid (also when
 * requested at once), and only a paid order is refunded.
 */
import { PaySandbox } from '../../../emulator/pay';
import { useEmulator } from '../../helpers/emulator';

const sandbox = new PaySandbox({ refundDelayMs: 20 });
const emu = useEmulator({ plugins: [sandbox.plugin()] });
const MCH = '1900000109';
let seq = 0;
const id = (p: string) => `${p}${Date.now().toString(36)}${(seq++).toString(36)}`;

async function paidOrder(totalFee = 1000): Promise<string> {
  const outTradeNo = id('T');
  const res = await emu.cloud.cloudPay.unifiedOrder({
    body: '爱心米',
    outTradeNo,
    spbillCreateIp: '127.0.0.1',
    subMchId: MCH,
    totalFee,
    envId: 'local',
    functionName: 'payCallback',
    nonceStr: 'n',
    subOpenid: 'demo-resident',
  });
  expect(res.resultCode).toBe('SUCCESS');
  expect((await sandbox.decide(emu.handle.store, { outTradeNo, openid: 'demo-resident', decision: 'pay' })).ok).toBe(true);
  return outTradeNo;
}

const refund = (outTradeNo: string, outRefundNo: string, refundFee: number, totalFee = 1000) =>
  emu.cloud.cloudPay.refund({
    outTradeNo,
    outRefundNo,
    totalFee,
    refundFee,
    subMchId: MCH,
    nonceStr: 'r',
    envId: 'local',
    functionName: 'payCallback',
  });

const refunded = (outTradeNo: string): number =>
  (emu.handle.store.find('__cloudpay_orders', { outTradeNo })[0] as { refundedFee: number }).refundedFee;

describe('cloudPay.refund', () => {
  it('answers the refund (a refundId), and the same outRefundNo again is the same refund — never a second', async () => {
    const t = await paidOrder();
    const first = await refund(t, `R${t}`, 400);
    expect(first).toMatchObject({
      errCode: 0,
      returnCode: 'SUCCESS',
      resultCode: 'SUCCESS',
      outTradeNo: t,
      outRefundNo: `R${t}`,
      refundFee: 400,
      totalFee: 1000,
    });
    expect(first.refundId).toMatch(/^50\d{14}[0-9a-f]{16}$/);
    for (let i = 0; i < 3; i++) {
      const again = await refund(t, `R${t}`, 400);
      expect(again).toMatchObject({ resultCode: 'SUCCESS', refundId: first.refundId, refundFee: 400 });
    }
    expect(refunded(t)).toBe(400);
  });

  it('20 concurrent calls with one outRefundNo refund once', async () => {
    const t = await paidOrder();
    const answers = await Promise.all(Array.from({ length: 20 }, () => refund(t, `R${t}`, 700)));
    expect(new Set(answers.map((a) => a.refundId)).size).toBe(1);
    expect(answers.every((a) => a.resultCode === 'SUCCESS')).toBe(true);
    expect(refunded(t)).toBe(700);
  }, 60_000);

  it('the same outRefundNo with another amount is refused and changes nothing', async () => {
    const t = await paidOrder();
    await refund(t, `R${t}`, 300);
    const other = await refund(t, `R${t}`, 301);
    expect(other).toMatchObject({ errCode: 0, resultCode: 'FAIL', errCodeDes: expect.stringContaining('不一致') });
    expect(refunded(t)).toBe(300);
  });

  it('refuses more than was paid: at once, and in parts (累计退款金额大于支付金额)', async () => {
    const t = await paidOrder();
    expect(await refund(t, id('R'), 1001)).toMatchObject({ resultCode: 'FAIL', errCodeDes: '累计退款金额大于支付金额' });
    expect((await refund(t, id('R'), 600)).resultCode).toBe('SUCCESS');
    expect((await refund(t, id('R'), 401)).errCodeDes).toBe('累计退款金额大于支付金额');
    expect((await refund(t, id('R'), 400)).resultCode).toBe('SUCCESS');
    expect((await refund(t, id('R'), 1)).resultCode).toBe('FAIL');
    expect(refunded(t)).toBe(1000);
  });

  it('10 concurrent partial refunds of 300 on 1000 paid: exactly 3 succeed', async () => {
    const t = await paidOrder();
    const answers = await Promise.all(Array.from({ length: 10 }, () => refund(t, id('R'), 300)));
    expect(answers.filter((a) => a.resultCode === 'SUCCESS')).toHaveLength(3);
    expect(refunded(t)).toBe(900);
  }, 60_000);

  it('refuses an unpaid order, an unknown one, a wrong totalFee and a bad refundFee', async () => {
    const unpaid = id('T');
    await emu.cloud.cloudPay.unifiedOrder({
      body: 'x',
      outTradeNo: unpaid,
      spbillCreateIp: '127.0.0.1',
      subMchId: MCH,
      totalFee: 1000,
      envId: 'local',
      functionName: 'f',
      nonceStr: 'n',
      subOpenid: 'u',
    });
    expect((await refund(unpaid, id('R'), 100)).errCodeDes).toContain('订单状态错误');
    expect((await refund('NO_SUCH_ORDER', id('R'), 100)).errCodeDes).toBe('订单号不存在');
    const t = await paidOrder();
    expect((await refund(t, id('R'), 100, 999)).errCodeDes).toContain('订单金额');
    for (const fee of [0, 1.5, '100']) {
      const res = await emu.cloud.cloudPay.refund({
        outTradeNo: t,
        outRefundNo: id('R'),
        totalFee: 1000,
        refundFee: fee,
        subMchId: MCH,
        nonceStr: 'r',
        envId: 'local',
        functionName: 'f',
      });
      expect(res).toMatchObject({ returnCode: 'FAIL', errCodeDes: expect.stringContaining('refund_fee') });
    }
    const noFn = await emu.cloud.cloudPay.refund({
      outTradeNo: t,
      outRefundNo: id('R'),
      totalFee: 1000,
      refundFee: 1,
      subMchId: MCH,
      nonceStr: 'r',
      envId: 'local',
    });
    expect(noFn.errCodeDes).toContain('function_name');
    expect(refunded(t)).toBe(0);
  });

  it('the refund turns SUCCESS after the delay (the order says REFUND from the call on)', async () => {
    const t = await paidOrder();
    await refund(t, `R${t}`, 100);
    const status = () =>
      (emu.handle.store.find('__cloudpay_orders', { outTradeNo: t })[0] as { refunds: { status: string }[] }).refunds[0].status;
    expect(status()).toBe('PROCESSING');
    expect((await emu.cloud.cloudPay.queryOrder({ outTradeNo: t, subMchId: MCH, nonceStr: 'q' })).tradeState).toBe('REFUND');
    await new Promise((r) => setTimeout(r, 200));
    expect(status()).toBe('SUCCESS');
  });
});
