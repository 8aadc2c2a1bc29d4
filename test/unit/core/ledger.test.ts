import { DonationInput } from '@/contracts/donation.schema';
import { LedgerInput } from '@/contracts/ledger.schema';
import type { LedgerView } from '@/contracts/ledger';
import { canHandOver, DONATION_MACHINE, donationActions, donationItems } from '@/core/donation';
import { chinaMonth, foldIncome, foldLedger, incomeOf, monthsBack, type LineGroup, type OrderGroup } from '@/core/ledger';
import { yuan } from '@/contracts/market';
import { BOM, csvField, ledgerCsv, ledgerFileName } from '@/core/ledger-csv';
import { lineFee } from '@/core/order';

const line = (over: Partial<LineGroup>): LineGroup => ({
  producerId: 'p1',
  producerName: '赵大山',
  supported: false,
  state: 'completed',
  payMethod: 'wechat',
  loveBuy: false,
  orders: 1,
  units: 1,
  amountFen: 100,
  feeFen: 0,
  points: 0,
  ...over,
});
const order = (over: Partial<OrderGroup>): OrderGroup => ({
  state: 'completed',
  payMethod: 'wechat',
  loveBuy: false,
  orders: 1,
  amountFen: 100,
  feeFen: 0,
  points: 0,
  ...over,
});

describe('income and fee arithmetic', () => {
  it('income is amount − fee; the fee at 3 % rounds down per line, so income rounds up for the villager', () => {
    expect(incomeOf(700, lineFee(700, 300))).toBe(679); // 21 fen fee
    expect(incomeOf(333, lineFee(333, 300))).toBe(324); // 9.99 → 9
    expect(incomeOf(1000, lineFee(1000, 0))).toBe(1000); // zero profit by default
    expect(() => incomeOf(100, 101)).toThrow();
    expect(() => incomeOf(100, -1)).toThrow();
  });

  it('China months: 16:00 UTC on the last day is already the next month', () => {
    expect(chinaMonth(Date.UTC(2026, 10, 30, 15, 59))).toBe('2026-11');
    expect(chinaMonth(Date.UTC(2026, 10, 30, 16, 0))).toBe('2026-12');
    expect(monthsBack('2026-02', 3)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(monthsBack('2026-12', 12)).toHaveLength(12);
    expect(monthsBack('2026-12', 12)[11]).toBe('2026-01');
  });
});

describe('foldLedger', () => {
  const lines = [
    line({ producerId: 'p1', producerName: '赵大山', supported: true, units: 4, amountFen: 1400, feeFen: 42, orders: 2 }),
    line({ producerId: 'p1', producerName: '赵大山', supported: true, loveBuy: true, units: 10, amountFen: 3500, feeFen: 105 }),
    line({ producerId: 'p2', producerName: '钱二', units: 1, amountFen: 800, feeFen: 24 }),
    line({ producerId: 'p2', producerName: '钱二', state: 'refunded', units: 2, amountFen: 1600, feeFen: 48 }),
    line({ producerId: 'p2', producerName: '钱二', payMethod: 'points', units: 3, amountFen: 900, points: 90 }),
    line({ producerId: 'p3', producerName: '孙三', state: 'paid', units: 5, amountFen: 500 }),
  ];
  const orders = [
    order({ orders: 2, amountFen: 2200, feeFen: 66 }), // p1's two + p2's one share an order: 2 orders
    order({ loveBuy: true, amountFen: 3500, feeFen: 105 }),
    order({ state: 'refunded', amountFen: 1600, feeFen: 48 }),
    order({ payMethod: 'points', amountFen: 900, points: 90 }),
    order({ state: 'paid', amountFen: 500 }),
  ];
  const f = foldLedger(lines, orders);

  it('sales are completed WeChat orders: orders from whole orders, sums from lines, income net of the fee', () => {
    expect(f.sales).toEqual({ orders: 3, units: 15, amountFen: 5700, feeFen: 171, incomeFen: 5529 });
  });
  it('the supported share and 爱心采购 are parts of sales; points, refunds and awaiting pickup apart', () => {
    expect(f.supported).toEqual({ orders: 3, units: 14, amountFen: 4900, feeFen: 147, incomeFen: 4753, producers: 1 });
    expect(f.loveBuy).toEqual({ orders: 1, units: 10, amountFen: 3500, feeFen: 105, incomeFen: 3395 });
    expect(f.points).toEqual({ orders: 1, units: 3, points: 90 });
    expect(f.refunds).toEqual({ orders: 1, amountFen: 1600, points: 0 });
    expect(f.awaitingPickup).toEqual({ orders: 1, amountFen: 500 });
  });
  it('one row per producer, most income first; the rows add up to the totals; a producer with nothing settled is left out', () => {
    expect(f.producers.map((p) => p.producerName)).toEqual(['赵大山', '钱二']);
    expect(f.producers[1]).toMatchObject({ orders: 1, incomeFen: 776, pointsOrders: 1, points: 90, refundedOrders: 1, refundFen: 1600 });
    expect(f.producers.reduce((s, p) => s + p.incomeFen, 0)).toBe(f.sales.incomeFen);
    expect(f.producers.reduce((s, p) => s + p.units, 0)).toBe(f.sales.units);
  });
  it('an empty month is all zeros', () => {
    const e = foldLedger([], []);
    expect(e.sales).toEqual({ orders: 0, units: 0, amountFen: 0, feeFen: 0, incomeFen: 0 });
    expect(e.producers).toEqual([]);
  });
});

describe('foldIncome', () => {
  it('per month, newest first: WeChat income net of fee, points and refunds apart', () => {
    const m = foldIncome([
      { month: '2026-11', state: 'completed', payMethod: 'wechat', orders: 2, amountFen: 1000, feeFen: 30, points: 0 },
      { month: '2026-12', state: 'paid', payMethod: 'wechat', orders: 1, amountFen: 700, feeFen: 21, points: 70 },
      { month: '2026-12', state: 'refunded', payMethod: 'wechat', orders: 1, amountFen: 350, feeFen: 10, points: 0 },
      { month: '2026-12', state: 'completed', payMethod: 'points', orders: 1, amountFen: 350, feeFen: 0, points: 35 },
    ]);
    expect(m.map((x) => x.month)).toEqual(['2026-12', '2026-11']);
    expect(m[0]).toEqual({
      month: '2026-12',
      orders: 1,
      amountFen: 700,
      feeFen: 21,
      incomeFen: 679,
      pointsOrders: 1,
      points: 35,
      refundedOrders: 1,
      refundFen: 350,
    });
    expect(m[1]).toMatchObject({ orders: 2, incomeFen: 970 });
  });
});

describe('the CSV', () => {
  it('yuan with 2 decimals; fields quoted and spreadsheet formulas defused', () => {
    expect([yuan(0), yuan(5), yuan(1234), yuan(-250)]).toEqual(['0.00', '0.05', '12.34', '-2.50']);
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField(-3)).toBe('-3');
    expect(ledgerFileName('南塘村 站/一', '2026-12')).toBe('台账-南塘村_站_一-2026-12.csv');
  });

  it('starts with the BOM, then the title, the Chinese header, a row per producer, the totals and the donations', () => {
    const figures = foldLedger([line({ amountFen: 700, feeFen: 21, units: 2, supported: true })], [order({ amountFen: 700, feeFen: 21 })]);
    const view: LedgerView = {
      nodeId: 'n-nantang',
      nodeName: '南塘村站',
      month: '2026-12',
      ...figures,
      donations: { received: 1, handovers: 2, households: 2, items: [{ item: '大米', unit: '袋', donated: 10, handedOver: 3 }] },
      truncated: false,
    };
    const csv = ledgerCsv(view);
    expect(csv.startsWith(BOM)).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows[0]).toBe('南塘村站 2026-12 善星小集台账');
    expect(rows[1]).toBe(
      '农户,帮扶产品,订单数,件数,销售额（元）,平台服务费（元）,农户收入（元）,积分兑换单数,积分,退款单数,退款金额（元）',
    );
    expect(rows[2]).toBe('赵大山,是,1,2,7.00,0.21,6.79,0,0,0,0.00');
    expect(rows[3]).toBe('合计,,1,2,7.00,0.21,6.79,0,0,0,0.00');
    expect(rows).toContain('物资,单位,本月捐赠入库,本月发放');
    expect(rows).toContain('大米,袋,10,3');
  });
});

describe('donations', () => {
  it('a handover takes at most what remains, whole units, from a received donation', () => {
    expect(canHandOver('received', 5, 5)).toBe(true);
    expect(canHandOver('received', 5, 6)).toBe(false);
    expect(canHandOver('received', 5, 0)).toBe(false);
    expect(canHandOver('received', 5, 1.5)).toBe(false);
    expect(canHandOver('pending', 5, 1)).toBe(false);
  });
  it('the machine: only a pending donation is received or declined, by staff', () => {
    expect(DONATION_MACHINE.from('receive')).toEqual(['pending']);
    expect(DONATION_MACHINE.eventsFor('pending', ['staff']).sort()).toEqual(['decline', 'receive']);
    expect(DONATION_MACHINE.eventsFor('received', ['staff'])).toEqual([]);
  });
  it('actions per viewer', () => {
    expect(donationActions({ state: 'pending', remaining: 3 }, true)).toEqual(['confirm']);
    expect(donationActions({ state: 'received', remaining: 3 }, true)).toEqual(['handover']);
    expect(donationActions({ state: 'received', remaining: 0 }, true)).toEqual([]);
    expect(donationActions({ state: 'pending', remaining: 3 }, false)).toEqual([]);
  });
  it('items merge donated and handed quantities per item and unit', () => {
    expect(
      donationItems(
        [
          { item: '大米', unit: '袋', qty: 10 },
          { item: '棉被', unit: '床', qty: 4 },
        ],
        [
          { item: '大米', unit: '袋', qty: 3 },
          { item: '食用油', unit: '桶', qty: 2 },
        ],
      ),
    ).toEqual([
      { item: '大米', unit: '袋', donated: 10, handedOver: 3 },
      { item: '棉被', unit: '床', donated: 4, handedOver: 0 },
      { item: '食用油', unit: '桶', donated: 0, handedOver: 2 },
    ]);
  });
});

describe('schemas', () => {
  it('months are yyyy-MM', () => {
    expect(LedgerInput.stationLedger.safeParse({ nodeId: 'n', month: '2026-12' }).success).toBe(true);
    expect(LedgerInput.stationLedger.safeParse({ nodeId: 'n', month: '2026-13' }).success).toBe(false);
    expect(LedgerInput.myIncome.safeParse({}).success).toBe(true);
  });
  it('donations: whole quantities 1…99,999, an 11-digit phone, a known unit', () => {
    const ok = { stationId: 's', item: '大米', qty: 10, unit: '袋', donorKind: 'unit', donorName: '县供电公司' };
    expect(DonationInput.registerDonation.safeParse(ok).success).toBe(true);
    expect(DonationInput.registerDonation.safeParse({ ...ok, qty: 0 }).success).toBe(false);
    expect(DonationInput.registerDonation.safeParse({ ...ok, qty: 100_000 }).success).toBe(false);
    expect(DonationInput.registerDonation.safeParse({ ...ok, unit: '吨' }).success).toBe(false);
    expect(DonationInput.registerDonation.safeParse({ ...ok, donorPhone: '1381234' }).success).toBe(false);
    expect(DonationInput.recordHandover.safeParse({ donationId: 'd', qty: 1, recipientName: '' }).success).toBe(false);
  });
});
