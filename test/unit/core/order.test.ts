import { ORDER_RULES, pickupCodeFrom, pickupQrPayload, type OrderState } from '@/contracts/order';
import { OrderInput } from '@/contracts/order.schema';
import {
  lateRefundNoOf,
  lineFee,
  noPickupKey,
  orderActions,
  orderIdOfTradeNo,
  orderTotals,
  outTradeNoOf,
  pickupCodeOf,
  pickupKeyOf,
  refundNoOf,
  withinBuyerLimit,
  wxTime,
} from '@/core/order';

describe('amounts and the fee', () => {
  it('rounds the fee down to the fen, per line, so a fee never rounds up against a producer', () => {
    expect(lineFee(333, 300)).toBe(9); // 9.99
    expect(lineFee(100, 500)).toBe(5);
    expect(lineFee(19, 500)).toBe(0); // 0.95
    expect(lineFee(1_000_000, 0)).toBe(0);
    expect(() => lineFee(1.5, 100)).toThrow();
    expect(() => lineFee(100, -1)).toThrow();
  });

  it('totals fen, fees and points; points only when every line has a points price; points orders carry no fee', () => {
    const lines = [
      { priceFen: 333, pointsPrice: 30, qty: 2 },
      { priceFen: 150, pointsPrice: 15, qty: 3 },
    ];
    expect(orderTotals(lines, 300, 'wechat')).toEqual({
      amounts: [666, 450],
      fees: [19, 13],
      amountFen: 1_116,
      feeFen: 32,
      pointsTotal: 105,
    });
    expect(orderTotals(lines, 300, 'points')).toMatchObject({ amountFen: 1_116, feeFen: 0, pointsTotal: 105 });
    expect(orderTotals([...lines, { priceFen: 100, qty: 1 }], 0, 'wechat').pointsTotal).toBeUndefined();
  });

  it('keeps a buyer within a per-buyer limit when there is one', () => {
    expect(withinBuyerLimit(undefined, 50, 50)).toBe(true);
    expect(withinBuyerLimit(3, 2, 1)).toBe(true);
    expect(withinBuyerLimit(3, 2, 2)).toBe(false);
  });
});

describe('codes and numbers', () => {
  it('pickup codes are 6 digits, leading zeros kept; the key is per station; the QR carries the code', () => {
    expect(pickupCodeOf(42)).toBe('000042');
    expect(pickupCodeOf(999_999)).toBe('999999');
    expect(pickupCodeOf(1_000_042)).toBe('000042');
    expect(pickupKeyOf('n-nantang', '000042')).toBe('n-nantang:000042');
    expect(noPickupKey('o1')).toBe('-o1');
    expect(pickupQrPayload('123456')).toBe('civic-pickup:123456');
    expect(pickupCodeFrom('civic-pickup:123456')).toBe('123456');
    expect(pickupCodeFrom(' 654321 ')).toBe('654321');
    expect(pickupCodeFrom('civic-pickup:12345')).toBeNull();
    expect(pickupCodeFrom('hello')).toBeNull();
    expect(ORDER_RULES.pickupCodeDigits).toBe(6);
  });

  it('outTradeNo: ≤ 32 of WeChat’s characters, one per attempt, and back to its order; refund numbers are fixed', () => {
    const id = 'omx4m4raedfcaa622d0af';
    expect(outTradeNoOf(id, 1)).toBe(`${id}_1`);
    expect(outTradeNoOf(id, 9)).toMatch(/^[0-9A-Za-z_-]{1,32}$/);
    expect(orderIdOfTradeNo(`${id}_3`)).toBe(id);
    expect(orderIdOfTradeNo('x_1')).toBeNull();
    expect(orderIdOfTradeNo(`${id}_R`)).toBeNull();
    expect(refundNoOf(id)).toBe(`${id}_R`);
    expect(lateRefundNoOf(`${id}_2`)).toBe(`${id}_2_L`);
    expect(lateRefundNoOf(`${id}_2`).length).toBeLessThanOrEqual(64);
  });

  it('timeExpire is China time, yyyyMMddHHmmss', () => {
    expect(wxTime(Date.UTC(2026, 11, 1, 4, 5, 6))).toBe('20261201120506');
    expect(wxTime(Date.UTC(2026, 11, 31, 16, 0, 0))).toBe('20270101000000');
  });
});

describe('what a viewer may do', () => {
  const now = 1_000;
  const order = (state: OrderState, payMethod: 'wechat' | 'points' = 'wechat', payBy = 2_000) => ({ state, payMethod, payBy });
  it('the buyer pays or cancels a pending order until its 15 minutes are up, then only cancels (the job will)', () => {
    expect(orderActions(order('pending_payment'), { isBuyer: true, isStaff: false }, now)).toEqual(['pay', 'cancel']);
    expect(orderActions(order('pending_payment', 'wechat', 500), { isBuyer: true, isStaff: false }, now)).toEqual(['cancel']);
    expect(orderActions(order('paid'), { isBuyer: true, isStaff: false }, now)).toEqual([]);
  });
  it('staff over the station mark ready and refund by the order’s pay method; nobody else does anything', () => {
    expect(orderActions(order('paid'), { isBuyer: false, isStaff: true }, now)).toEqual(['markReady', 'refund']);
    expect(orderActions(order('ready', 'points'), { isBuyer: false, isStaff: true }, now)).toEqual(['refund']);
    expect(orderActions(order('refunding'), { isBuyer: false, isStaff: true }, now)).toEqual(['refund']);
    expect(orderActions(order('completed'), { isBuyer: false, isStaff: true }, now)).toEqual([]);
    expect(orderActions(order('pending_payment'), { isBuyer: false, isStaff: true }, now)).toEqual([]);
    expect(orderActions(order('paid'), { isBuyer: false, isStaff: false }, now)).toEqual([]);
  });
});

describe('the order schemas', () => {
  it('1–20 lines, each listing once, whole quantities; a 6-digit code; a refund reason', () => {
    const lines = (k: number) => Array.from({ length: k }, (_, i) => ({ listingId: `l${i}`, qty: 1 }));
    expect(OrderInput.placeOrder.safeParse({ stationId: 's', lines: lines(20), pay: 'wechat' }).success).toBe(true);
    expect(OrderInput.placeOrder.safeParse({ stationId: 's', lines: lines(21), pay: 'wechat' }).success).toBe(false);
    expect(OrderInput.placeOrder.safeParse({ stationId: 's', lines: [], pay: 'wechat' }).success).toBe(false);
    expect(OrderInput.placeOrder.safeParse({ stationId: 's', lines: [{ listingId: 'a', qty: 1.5 }], pay: 'wechat' }).success).toBe(false);
    expect(OrderInput.placeOrder.safeParse({ stationId: 's', lines: lines(1), pay: 'cash' }).success).toBe(false);
    expect(OrderInput.verifyPickup.safeParse({ stationId: 's', code: '012345' }).success).toBe(true);
    expect(OrderInput.verifyPickup.safeParse({ stationId: 's', code: '12345' }).success).toBe(false);
    expect(OrderInput.refundOrder.safeParse({ orderId: 'o', reason: '' }).success).toBe(false);
  });
});
