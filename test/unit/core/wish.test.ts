import { WISH_STATUSES, type WishStatus } from '@/contracts/wish';
import {
  autoConfirmAt,
  claimCap,
  claimDeadline,
  CLAIMED_STATUSES,
  dueBefore,
  expiresAt,
  isFinal,
  isUnfinished,
  NEW_WISH_STATUS,
  PUBLIC_STATUSES,
  RESUBMITTABLE_STATUSES,
  WISH_MACHINE,
  WISH_RULES,
  wishPoints,
  type WishEvent,
} from '@/core/wish';
import { MACHINES } from './machine-tables';
import { parseTable } from './machine-table';
import { DAY } from './clock';

describe('the wish state machine', () => {
  /** The drawn events (machines.test.ts pins the machine to them). */
  const expected = parseTable(MACHINES.wish.table);

  it('leaves the lapse, the auto-confirmation and the expiry to the timer alone', () => {
    const bySystem = (Object.keys(expected) as WishEvent[]).filter((e) => WISH_MACHINE.firedBy(e, 'system'));
    expect(bySystem).toEqual(['lapse', 'autoConfirm', 'expire']);
    for (const e of bySystem) expect(WISH_MACHINE.transitions[e].by).toEqual(['system']);
  });

  it('starts every wish waiting for review', () => expect(NEW_WISH_STATUS).toBe('pending_review'));

  it('lets nothing leave a final state', () => {
    for (const status of WISH_STATUSES.filter(isFinal)) {
      for (const event of Object.keys(expected) as WishEvent[]) expect(WISH_MACHINE.next(status, event)).toBeNull();
    }
  });

  it('counts every state but the final ones as unfinished', () => {
    expect(WISH_STATUSES.filter(isUnfinished)).toEqual(['pending_review', 'open', 'claimed', 'fulfilled']);
    expect(WISH_STATUSES.filter(isFinal)).toEqual(['confirmed', 'rejected', 'cancelled', 'expired']);
  });

  it('shows the public only what reached the pool', () => {
    expect([...PUBLIC_STATUSES].sort()).toEqual(['claimed', 'confirmed', 'fulfilled', 'open']);
  });

  it('tells a late claim the wish is taken once a claim reached it, and lets the owner post again what ended unfulfilled', () => {
    expect(CLAIMED_STATUSES).toEqual(['claimed', 'fulfilled', 'confirmed']);
    expect(RESUBMITTABLE_STATUSES).toEqual(['rejected', 'cancelled', 'expired']);
  });

  it('reaches confirmed only through the happy path', () => {
    let s: WishStatus = 'pending_review';
    for (const e of ['approve', 'claim', 'fulfil', 'confirm'] as WishEvent[]) s = WISH_MACHINE.next(s, e) ?? s;
    expect(s).toBe('confirmed');
  });
});

describe('deadlines', () => {
  const t = Date.UTC(2026, 2, 1, 8);
  it('lapses a claim, auto-confirms and expires on the days docs/product.md sets', () => {
    expect(claimDeadline(t) - t).toBe(7 * DAY);
    expect(autoConfirmAt(t) - t).toBe(7 * DAY);
    expect(expiresAt(t) - t).toBe(60 * DAY);
  });
  it('answers the cut-offs for the timer', () => {
    expect(dueBefore(t)).toEqual({ lapse: t - 7 * DAY, autoConfirm: t - 7 * DAY, expire: t - 60 * DAY });
  });
});

describe('caps and points', () => {
  it('caps volunteers at 3 claims and residents at 3 unfinished wishes', () => {
    expect(claimCap('volunteer')).toBe(3);
    expect(claimCap('unit')).toBe(WISH_RULES.maxActiveClaimsUnit);
    expect(WISH_RULES.maxUnfinishedPerResident).toBe(3);
  });
  it.each([
    [undefined, 10],
    [25, 25],
    [0, 0],
    [-5, 10],
    [2.5, 10],
    ['20', 10],
    [1_000, 1_000],
    [1_001, 10],
  ])('station setting %p → %p points', (setting, points) => expect(wishPoints(setting)).toBe(points));
});
