import { LISTING_STATUSES, PRODUCER_STATUSES } from '../../../src/contracts/market';
import {
  checksFor,
  isPickupAllowed,
  LISTING_MACHINE,
  onSaleRefusal,
  photoKey,
  PRODUCER_MACHINE,
  reviewedChanges,
  stockEvent,
  summarizeChecks,
} from '../../../src/core/market';

describe('the listing machine', () => {
  const M = LISTING_MACHINE;

  test('declares exactly the contract statuses', () => {
    expect([...M.states].sort()).toEqual([...LISTING_STATUSES].sort());
  });

  test('review: only a pending listing is approved or rejected, and only by staff', () => {
    for (const s of LISTING_STATUSES) {
      expect(M.next(s, 'approve')).toBe(s === 'pending_review' ? 'on_sale' : null);
      expect(M.next(s, 'reject')).toBe(s === 'pending_review' ? 'rejected' : null);
    }
    expect(M.transitions.approve.by).toEqual(['staff']);
    expect(M.transitions.reject.by).toEqual(['staff']);
  });

  test('on_sale ⇄ off_shelf by the producer or staff; sold_out may be taken off too', () => {
    expect(M.next('on_sale', 'takeOff')).toBe('off_shelf');
    expect(M.next('sold_out', 'takeOff')).toBe('off_shelf');
    expect(M.next('off_shelf', 'putOn')).toBe('on_sale');
    for (const s of ['pending_review', 'rejected', 'off_shelf'] as const) expect(M.next(s, 'takeOff')).toBeNull();
    for (const s of ['pending_review', 'rejected', 'on_sale', 'sold_out'] as const) expect(M.next(s, 'putOn')).toBeNull();
    expect(M.eventsFor('on_sale', ['producer'])).toEqual(['takeOff', 'sellOut', 'resubmit']);
  });

  test('stock: sold out from on sale only, restocked back to on sale', () => {
    expect(M.next('on_sale', 'sellOut')).toBe('sold_out');
    expect(M.next('sold_out', 'restock')).toBe('on_sale');
    expect(M.next('off_shelf', 'sellOut')).toBeNull();
    expect(M.next('pending_review', 'restock')).toBeNull();
  });

  test('any listing goes back to review on a reviewed edit; a risky photo rejects all but a rejected one', () => {
    for (const s of LISTING_STATUSES) expect(M.next(s, 'resubmit')).toBe('pending_review');
    for (const s of LISTING_STATUSES) expect(M.next(s, 'photoRisky')).toBe(s === 'rejected' ? null : 'rejected');
    expect(M.transitions.photoRisky.by).toEqual(['system']);
  });

  test('a buyer fires nothing, the system only its own events', () => {
    for (const s of LISTING_STATUSES) expect(M.eventsFor(s, [])).toEqual([]);
    expect(M.eventsFor('on_sale', ['system'])).toEqual(['sellOut', 'photoRisky']);
    expect(M.finalStates()).toEqual([]);
  });
});

describe('the producer registration machine', () => {
  test('pending → approved | rejected by staff; rejected → pending by the villager', () => {
    const M = PRODUCER_MACHINE;
    expect([...M.states].sort()).toEqual([...PRODUCER_STATUSES].sort());
    expect(M.next('pending', 'approve')).toBe('approved');
    expect(M.next('pending', 'reject')).toBe('rejected');
    expect(M.next('rejected', 'reapply')).toBe('pending');
    expect(M.next('approved', 'reapply')).toBeNull();
    expect(M.next('approved', 'reject')).toBeNull();
    expect(M.eventsFor('pending', ['self'])).toEqual([]);
    expect(M.eventsFor('rejected', ['self'])).toEqual(['reapply']);
    expect(M.finalStates()).toEqual(['approved']);
  });
});

describe('what sends an edit back to review', () => {
  const before = {
    name: '南塘大米',
    description: '今年新米',
    photos: ['cloud://e/a.png'],
    priceFen: 500,
    pointsPrice: undefined,
    unit: '斤',
    stationId: 'n-nantang',
  };

  test('price, points price, photos, name, description, unit and pickup station', () => {
    expect(reviewedChanges(before, { priceFen: 600 })).toEqual(['priceFen']);
    expect(reviewedChanges(before, { pointsPrice: 50 })).toEqual(['pointsPrice']);
    expect(reviewedChanges({ ...before, pointsPrice: 50 }, { pointsPrice: null })).toEqual(['pointsPrice']);
    expect(reviewedChanges(before, { photos: ['cloud://e/a.png', 'cloud://e/b.png'] })).toEqual(['photos']);
    expect(reviewedChanges(before, { photos: ['cloud://e/b.png'] })).toEqual(['photos']);
    expect(reviewedChanges(before, { name: '南塘香米', description: '新米' })).toEqual(['name', 'description']);
    expect(reviewedChanges(before, { unit: '箱' })).toEqual(['unit']);
    expect(reviewedChanges(before, { stationId: 'n-dongmen' })).toEqual(['stationId']);
  });

  test('not stock, category or origin, and not a field sent with its current value', () => {
    expect(reviewedChanges(before, { stock: 3, category: '果蔬', originVillage: '南塘村' } as never)).toEqual([]);
    expect(reviewedChanges(before, { priceFen: 500, photos: ['cloud://e/a.png'], name: '南塘大米' })).toEqual([]);
    expect(reviewedChanges(before, { pointsPrice: null })).toEqual([]);
  });
});

describe('the pickup station', () => {
  const producer = ['n-center', 'n-chengguan', 'n-nantang'];
  test('the producer’s own station or another of the same 所', () => {
    expect(isPickupAllowed(producer, { kind: 'station', path: producer })).toBe(true);
    expect(isPickupAllowed(producer, { kind: 'station', path: ['n-center', 'n-chengguan', 'n-dongmen'] })).toBe(true);
  });
  test('not a station of another 所, nor the 所 or the center itself', () => {
    expect(isPickupAllowed(producer, { kind: 'station', path: ['n-center', 'n-longxi', 'n-shiqiao'] })).toBe(false);
    expect(isPickupAllowed(producer, { kind: 'institute', path: ['n-center', 'n-chengguan'] })).toBe(false);
    expect(isPickupAllowed(producer, { kind: 'center', path: ['n-center'] })).toBe(false);
    expect(isPickupAllowed(producer, { kind: 'base', path: ['n-center', 'n-chengguan', 'n-nantang', 'n-base'] })).toBe(false);
  });
});

describe('stock', () => {
  test('0 sells an on-sale listing out; stock again puts a sold-out one back on sale; elsewhere nothing', () => {
    expect(stockEvent('on_sale', 0)).toBe('sellOut');
    expect(stockEvent('sold_out', 5)).toBe('restock');
    expect(stockEvent('on_sale', 5)).toBeNull();
    expect(stockEvent('sold_out', 0)).toBeNull();
    for (const s of ['pending_review', 'off_shelf', 'rejected'] as const) {
      expect(stockEvent(s, 0)).toBeNull();
      expect(stockEvent(s, 9)).toBeNull();
    }
  });
});

describe('photo checks', () => {
  const a = 'cloud://env-1.636c/uploads/f1.png';
  const b = 'cloud://env-1.636c/uploads/f2.jpg';

  test('keys are stable, distinct and safe as field names', () => {
    expect(photoKey(a)).toBe(photoKey(a));
    expect(photoKey(a)).not.toBe(photoKey(b));
    expect(photoKey(a)).toMatch(/^p[0-9a-f]{16}$/);
  });

  test('a kept photo keeps its verdict, a new one is pending, a removed one is dropped', () => {
    const before = { [photoKey(a)]: 'pass' as const, [photoKey('cloud://e/old.png')]: 'risky' as const };
    expect(checksFor([a, b], before)).toEqual({ [photoKey(a)]: 'pass', [photoKey(b)]: 'pending' });
  });

  test('summaries count pending, risky and flagged photos (review and timeout)', () => {
    const checks = { [photoKey(a)]: 'review' as const, [photoKey(b)]: 'timeout' as const };
    expect(summarizeChecks([a, b], checks)).toEqual({ pending: 0, risky: 0, flagged: 2 });
    expect(summarizeChecks([a, 'cloud://e/c.png'], {})).toEqual({ pending: 2, risky: 0, flagged: 0 });
  });

  test('nothing goes on sale with a risky or pending photo, or without stock', () => {
    const base = { stock: 10, photos: [a, b], photoChecks: { [photoKey(a)]: 'pass' as const, [photoKey(b)]: 'review' as const } };
    expect(onSaleRefusal(base)).toBeNull();
    expect(onSaleRefusal({ ...base, photoChecks: { ...base.photoChecks, [photoKey(b)]: 'risky' } })).toBe('MARKET_PHOTO_RISKY');
    expect(onSaleRefusal({ ...base, photoChecks: { [photoKey(a)]: 'pass' } })).toBe('MARKET_PHOTO_CHECK_PENDING');
    expect(onSaleRefusal({ ...base, stock: 0 })).toBe('MARKET_STOCK_EMPTY');
  });
});
