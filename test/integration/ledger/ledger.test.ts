/**
 * The station 台账 through the real SDK: a month of known orders at 南塘村站 at a 3 % fee — paid and
 * picked up, refunded, paid in points, 爱心采购 by a unit, one waiting for pickup, one cancelled — plus a
 * donation and two handovers, has exactly the expected figures; the CSV export; who may read it; a
 * producer's income per month; and a month of 1,200 orders summed whole (no 1,000-record stop).
 */
import type { ExportView, IncomeView, LedgerView } from '@/contracts/ledger';
import type { OrderView } from '@/contracts/order';
import { chinaMonth } from '@/core/ledger';
import { useLocalCloud, type Caller } from '../../helpers/local-cloud';
import {
  buyers,
  DONGMEN,
  eventually,
  grant,
  line,
  NANTANG,
  paidOrder,
  PRODUCER_ID,
  saleListing,
  seedUsers,
  staffAt,
  storedOrder,
} from '../order/fixtures';
import { completedOrder, insertOrders, setFeeRate } from './fixtures';

jest.setTimeout(120_000);
const cloud = useLocalCloud();
const MONTH = chinaMonth(Date.now());
const QIAN = 'p-qian-ledger';
/** 赵大山's month as seeded below: one paid WeChat order of 7.00 元 (3% fee), one points order, one refund. */
const ZHAO_MONTH = {
  orders: 1,
  amountFen: 700,
  feeFen: 21,
  incomeFen: 679,
  pointsOrders: 1,
  points: 70,
  refundedOrders: 1,
  refundFen: 350,
};

let staff: Caller; // staff of 南塘村站
let institute: Caller; // staff of 城关镇所 (南塘 and 东门)
let dongmenStaff: Caller;
let far: Caller; // staff of 龙溪镇所
let resident: Caller;
let producer: Caller;
let csvUrl = '';

const ledgerOf = (who: Caller, nodeId: string, month = MONTH) => who.call<LedgerView>('market', 'stationLedger', { nodeId, month });

beforeAll(async () => {
  await setFeeRate(300);
  await staffAt('lg-staff', 'n-nantang');
  await staffAt('lg-institute', 'n-chengguan');
  await staffAt('lg-dongmen', 'n-dongmen');
  await staffAt('lg-far', 'n-longxi');
  await seedUsers([{ openid: 'lg-unit', roles: [grant('unit', 'n-center')], realName: '县供电公司' }]);
  await buyers(['lg-a', 'lg-b', 'lg-c', 'lg-d', 'lg-e'], 100);
  [staff, institute, dongmenStaff, far, resident, producer] = await Promise.all(
    ['lg-staff', 'lg-institute', 'lg-dongmen', 'lg-far', 'lg-e', 'demo-producer'].map((o) => cloud.as(o)),
  );
  const [a, b, c, d, unit] = await Promise.all(['lg-a', 'lg-b', 'lg-c', 'lg-d', 'lg-unit'].map((o) => cloud.as(o)));

  // 赵大山 (supported): 南塘高山大米 3.50 元 or 35 points a 斤. 钱秀英 (not supported): 菜籽油 10.00 元 a 瓶.
  const rice = await saleListing({ priceFen: 350, pointsPrice: 35, stock: 50 });
  const oil = await saleListing({
    name: '菜籽油',
    unit: '瓶',
    priceFen: 1000,
    pointsPrice: undefined,
    stock: 50,
    producerId: QIAN,
    producerUserId: undefined,
    producerName: '钱秀英',
    supported: false,
  });
  const pickup = async (o: OrderView) => staff.ok('market', 'verifyPickup', { stationId: 'n-nantang', code: o.pickupCode });

  // 1. A resident: 2 斤 of rice, paid and picked up: 7.00 元, fee 0.21, income 6.79.
  const one = await paidOrder(cloud, a, [line(rice._id, 2)]);
  await pickup(one.order);
  // 2. A unit (爱心采购): 3 bottles of oil, picked up: 30.00 元, fee 0.90.
  const two = await paidOrder(cloud, unit, [line(oil._id, 3)]);
  await pickup(two.order);
  // 3. 1 斤 of rice, paid, then refunded by staff: 3.50 元 refunded.
  const three = await paidOrder(cloud, b, [line(rice._id, 1)]);
  await staff.ok('market', 'refundOrder', { orderId: three.order.id, reason: '大米受潮' });
  await eventually(
    () => storedOrder(three.order.id),
    (o) => o.state === 'refunded',
  );
  // 4. 2 斤 of rice for 70 points, picked up.
  const four = await c.ok<OrderView>('market', 'placeOrder', { stationId: 'n-nantang', lines: [line(rice._id, 2)], pay: 'points' });
  const paid4 = await c.ok<{ order: OrderView }>('market', 'pay', { orderId: four.id });
  await pickup(paid4.order);
  // 5. 1 bottle of oil, paid, not picked up yet: 10.00 元 waiting.
  await paidOrder(cloud, d, [line(oil._id, 1)]);
  // 6. Placed and cancelled: not in the 台账 at all.
  const six = await d.ok<OrderView>('market', 'placeOrder', { stationId: 'n-nantang', lines: [line(rice._id, 5)], pay: 'wechat' });
  await d.ok('market', 'cancelOrder', { orderId: six.id });
  // At 东门 (same 所): a completed order of 5.00 元 — in 城关镇所's 台账, not in 南塘's.
  await insertOrders([
    completedOrder({
      month: MONTH,
      stationId: 'n-dongmen',
      stationPath: DONGMEN,
      producerId: 'p-dm',
      producerName: '孙东',
      amountFen: 500,
      feeFen: 15,
    }),
  ]);

  // Donations: 10 袋 of rice from the unit, received by staff; 3 and 2 handed to two households; one still pending.
  const rec = await staff.ok('market', 'registerDonation', {
    stationId: 'n-nantang',
    item: '大米',
    qty: 10,
    unit: '袋',
    donorKind: 'unit',
    donorName: '县供电公司',
  });
  await staff.ok('market', 'recordHandover', { donationId: rec.id, qty: 3, recipientName: '张三', recipientPhone: '13800001111' });
  await staff.ok('market', 'recordHandover', { donationId: rec.id, qty: 2, recipientName: '李四' });
  await resident.ok('market', 'registerDonation', {
    stationId: 'n-nantang',
    item: '棉被',
    qty: 4,
    unit: '床',
    donorKind: 'resident',
    donorName: '王大妈',
  });
  expect((await storedOrder(one.order.id)).feeRateBp).toBe(300);
}, 300_000);

describe('the month at 南塘村站', () => {
  it('has exactly the expected figures, in two order aggregates and one each for donations and handovers', async () => {
    await cloud.resetStats();
    const res = await ledgerOf(staff, 'n-nantang');
    const stats = await cloud.stats();
    expect(res.ok).toBe(true);
    const v = (res as { data: LedgerView }).data;
    expect(v).toMatchObject({ nodeId: 'n-nantang', month: MONTH, truncated: false });
    expect(v.sales).toEqual({ orders: 2, units: 5, amountFen: 3700, feeFen: 111, incomeFen: 3589 });
    expect(v.supported).toEqual({ orders: 1, units: 2, amountFen: 700, feeFen: 21, incomeFen: 679, producers: 1 });
    expect(v.loveBuy).toEqual({ orders: 1, units: 3, amountFen: 3000, feeFen: 90, incomeFen: 2910 });
    expect(v.points).toEqual({ orders: 1, units: 2, points: 70 });
    expect(v.refunds).toEqual({ orders: 1, amountFen: 350, points: 0 });
    expect(v.awaitingPickup).toEqual({ orders: 1, amountFen: 1000 });
    expect(v.producers).toEqual([
      expect.objectContaining({
        producerId: QIAN,
        producerName: '钱秀英',
        supported: false,
        orders: 1,
        units: 3,
        amountFen: 3000,
        feeFen: 90,
        incomeFen: 2910,
        refundedOrders: 0,
      }),
      expect.objectContaining({
        producerId: PRODUCER_ID,
        producerName: '赵大山',
        supported: true,
        units: 2,
        ...ZHAO_MONTH,
      }),
    ]);
    expect(v.donations).toEqual({
      received: 1,
      handovers: 2,
      households: 2,
      items: [{ item: '大米', unit: '袋', donated: 10, handedOver: 5 }],
    });
    expect(stats.orders?.aggregate).toBe(2);
    expect(stats.donations?.aggregate).toBe(1);
    expect(stats.donation_handovers?.aggregate).toBe(1);
    expect(stats.orders?.read ?? 0).toBe(0);
  });

  it('a 所’s staff see its subtree (东门 too); staff of the station and of another 所 are refused it; residents are refused', async () => {
    const all = await institute.ok<LedgerView>('market', 'stationLedger', { nodeId: 'n-chengguan', month: MONTH });
    expect(all.sales).toMatchObject({ orders: 3, amountFen: 4200, feeFen: 126, incomeFen: 4074 });
    expect(all.producers.map((p) => p.producerName)).toEqual(['钱秀英', '赵大山', '孙东']);
    expect((await ledgerOf(institute, 'n-nantang')).ok).toBe(true);
    expect(await ledgerOf(dongmenStaff, 'n-nantang')).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await ledgerOf(staff, 'n-chengguan')).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await ledgerOf(far, 'n-nantang')).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await ledgerOf(resident, 'n-nantang')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await ledgerOf(producer, 'n-nantang')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await ledgerOf(staff, 'n-nowhere')).toMatchObject({ ok: false, code: 'LEDGER_NODE_NOT_FOUND' });
    expect(await ledgerOf(staff, 'n-nantang', '2026-13')).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await resident.call('market', 'exportLedger', { nodeId: 'n-nantang', month: MONTH })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('another month is empty', async () => {
    const v = await staff.ok<LedgerView>('market', 'stationLedger', { nodeId: 'n-nantang', month: '2020-01' });
    expect(v.sales.orders).toBe(0);
    expect(v.producers).toEqual([]);
    expect(v.donations).toEqual({ received: 0, handovers: 0, households: 0, items: [] });
  });
});

describe('the CSV export', () => {
  it('writes a CSV with the BOM, the Chinese header, a row per producer, the totals and the donations, served at a temporary URL', async () => {
    const x = await staff.ok<ExportView>('market', 'exportLedger', { nodeId: 'n-nantang', month: MONTH });
    expect(x.fileName).toBe(`台账-南塘村新时代文明实践站-${MONTH}.csv`);
    expect(x.fileId).toMatch(/^cloud:\/\/.+\.csv$/);
    csvUrl = x.url;
    const res = await fetch(x.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = bytes.toString('utf8').slice(1).split('\r\n');
    expect(rows[1]).toBe(
      '农户,帮扶产品,订单数,件数,销售额（元）,平台服务费（元）,农户收入（元）,积分兑换单数,积分,退款单数,退款金额（元）',
    );
    expect(rows.slice(2, 5)).toEqual([
      '钱秀英,否,1,3,30.00,0.90,29.10,0,0,0,0.00',
      '赵大山,是,1,2,7.00,0.21,6.79,1,70,1,3.50',
      '合计,,2,5,37.00,1.11,35.89,1,70,1,3.50',
    ]);
    expect(rows).toContain('其中帮扶产品,1户,1,2,7.00,0.21,6.79');
    expect(rows).toContain('其中爱心采购,,1,3,30.00,0.90,29.10');
    expect(rows).toContain('物资,单位,本月捐赠入库,本月发放');
    expect(rows).toContain('大米,袋,10,5');
  });

  it('the URL is signed: a changed signature is refused', async () => {
    expect(csvUrl).not.toBe('');
    const res = await fetch(csvUrl.replace(/sign=[^&]+/, 'sign=0000'));
    expect(res.status).toBe(403);
  });
});

describe('a producer’s income per month', () => {
  it('the month: WeChat income net of the fee, points and refunds apart (myIncome); staff over the station may read it', async () => {
    const mine = await producer.ok<IncomeView>('market', 'myIncome', { month: MONTH });
    expect(mine).toEqual({
      producerId: PRODUCER_ID,
      months: [{ month: MONTH, ...ZHAO_MONTH }],
    });
    expect((await producer.ok<IncomeView>('market', 'myIncome', {})).months.map((m) => m.month)).toEqual([MONTH]);
    const qian = await staff.ok<IncomeView>('market', 'myIncome', { producerId: PRODUCER_ID });
    expect(qian.months[0].incomeFen).toBe(679);
  });

  it('refuses a resident, staff of another 所, and an unknown producer', async () => {
    expect(await resident.call('market', 'myIncome', {})).toMatchObject({ ok: false, code: 'MARKET_PRODUCER_REQUIRED' });
    expect(await far.call('market', 'myIncome', { producerId: PRODUCER_ID })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await resident.call('market', 'myIncome', { producerId: PRODUCER_ID })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await staff.call('market', 'myIncome', { producerId: 'p-nobody' })).toMatchObject({
      ok: false,
      code: 'MARKET_PRODUCER_NOT_FOUND',
    });
  });
});

describe('volume', () => {
  it('a month of 1,200 orders by 3 producers is summed whole, in the same 2 order aggregates', async () => {
    const month = '2026-06';
    const docs = Array.from({ length: 1200 }, (_, i) =>
      completedOrder({
        month,
        stationId: 'n-nantang',
        stationPath: NANTANG,
        producerId: `p-v${i % 3}`,
        producerName: `农户${i % 3}`,
        amountFen: 100,
        feeFen: 3,
      }),
    );
    await insertOrders(docs);
    await cloud.resetStats();
    const v = await staff.ok<LedgerView>('market', 'stationLedger', { nodeId: 'n-nantang', month });
    expect((await cloud.stats()).orders?.aggregate).toBe(2);
    expect(v.sales).toEqual({ orders: 1200, units: 1200, amountFen: 120_000, feeFen: 3600, incomeFen: 116_400 });
    expect(v.producers.map((p) => p.orders)).toEqual([400, 400, 400]);
  });
});
