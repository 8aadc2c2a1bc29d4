import { applyEntry, entryKey, entryProblem, roundPoints, servicePoints, totalsOf } from '@/core/points';

describe('roundPoints', () => {
  it.each([
    [21.000000000000004, 21],
    [20.999999999999996, 21],
    [2.5, 3],
    [2.4999999999999996, 3],
    [2.4, 2],
    [0.49, 0],
    [0.5, 1],
    [0, 0],
    [-3, 0],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
  ])('%p → %p', (x, expected) => expect(roundPoints(x)).toBe(expected));
});

describe('servicePoints', () => {
  it('multiplies hours, points per hour and every factor, then rounds', () => {
    expect(servicePoints(1.5, 10, 1.4)).toBe(21); // docs/product.md's example: 1.5 h × 10 × leader 1.4
    expect(servicePoints(1.5, 10, 1.4, 1)).toBe(21);
    expect(servicePoints(2, 10, 1.2, 0.5)).toBe(12);
    expect(servicePoints(0.5, 5)).toBe(3); // 2.5 rounds up
    expect(servicePoints(3, 10, 1, 0)).toBe(0); // absent
    expect(servicePoints(2.5, 7, 1.4)).toBe(25); // 24.5 → 25
    expect(servicePoints(4, 10)).toBe(40);
  });
});

describe('entryProblem', () => {
  it('accepts well-signed whole amounts', () => {
    expect(entryProblem('earn', 10)).toBeNull();
    expect(entryProblem('refund', 10)).toBeNull();
    expect(entryProblem('spend', -10)).toBeNull();
    expect(entryProblem('adjust', -10)).toBeNull();
    expect(entryProblem('adjust', 10)).toBeNull();
    expect(entryProblem('earn', 1_000_000)).toBeNull();
  });
  it.each([
    ['earn', -1],
    ['refund', -1],
    ['spend', 1],
    ['adjust', 0],
    ['earn', 0],
    ['earn', 1.5],
    ['earn', Number.NaN],
    ['earn', 1_000_001],
    ['spend', -1_000_001],
  ] as const)('refuses %s %p', (kind, amount) => expect(entryProblem(kind, amount)).toEqual(expect.any(String)));
});

describe('totalsOf / applyEntry', () => {
  it('reads missing cached fields as 0', () => {
    expect(totalsOf({})).toEqual({ balance: 0, earned: 0, spent: 0 });
    expect(totalsOf({ pointsBalance: 5, pointsEarned: 7, pointsSpent: 2 })).toEqual({ balance: 5, earned: 7, spent: 2 });
  });

  it('keeps balance = earned − spent through every kind', () => {
    let t = totalsOf({});
    const steps: [Parameters<typeof applyEntry>[1], number][] = [
      ['earn', 30],
      ['spend', -10],
      ['refund', 4],
      ['adjust', -5],
      ['adjust', 2],
      ['spend', -21],
    ];
    for (const [kind, amount] of steps) {
      const next = applyEntry(t, kind, amount);
      expect(next).not.toBeNull();
      t = next!;
      expect(t.balance).toBe(t.earned - t.spent);
    }
    expect(t).toEqual({ balance: 0, earned: 27, spent: 27 });
  });

  it('refuses to go below 0 and allows reaching exactly 0', () => {
    const t = { balance: 10, earned: 10, spent: 0 };
    expect(applyEntry(t, 'spend', -11)).toBeNull();
    expect(applyEntry(t, 'adjust', -11)).toBeNull();
    expect(applyEntry(t, 'spend', -10)).toEqual({ balance: 0, earned: 10, spent: 10 });
    expect(applyEntry(t, 'adjust', -10)).toEqual({ balance: 0, earned: 0, spent: 0 });
  });
});

describe('entryKey', () => {
  const base = { kind: 'earn' as const, source: 'wish', sourceId: 'w1', userId: 'u1' };
  it('is the same for the same source and differs for any other part', () => {
    expect(entryKey(base)).toBe(entryKey({ ...base }));
    expect(entryKey(base)).not.toBe(entryKey({ ...base, kind: 'refund' }));
    expect(entryKey(base)).not.toBe(entryKey({ ...base, source: 'order' }));
    expect(entryKey(base)).not.toBe(entryKey({ ...base, sourceId: 'w2' }));
    expect(entryKey(base)).not.toBe(entryKey({ ...base, userId: 'u2' }));
  });
  it('cannot be forged by a separator inside a part', () => {
    expect(entryKey({ ...base, sourceId: 'a|u1', userId: 'b' })).not.toBe(entryKey({ ...base, sourceId: 'a', userId: 'u1|b' }));
    expect(entryKey({ ...base, sourceId: 'a\\', userId: '|b' })).not.toBe(entryKey({ ...base, sourceId: 'a\\|', userId: 'b' }));
  });
});
