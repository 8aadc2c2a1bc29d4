import { WISH_STATUSES, type WishStatus } from '@/contracts/wish';
import {
  autoConfirmAt,
  claimCap,
  claimDeadline,
  dueBefore,
  expiresAt,
  isFinal,
  isUnfinished,
  nextStatus,
  PUBLIC_STATUSES,
  WISH_RULES,
  WISH_TRANSITIONS,
  wishPoints,
  type WishEvent,
} from '@/core/wish';

const DAY = 24 * 3600 * 1000;

describe('the wish state machine', () => {
  const expected: Record<WishEvent, [WishStatus[], WishStatus]> = {
    approve: [['pending_review'], 'open'],
    reject: [['pending_review'], 'rejected'],
    claim: [['open'], 'claimed'],
    release: [['claimed'], 'open'],
    lapse: [['claimed'], 'open'],
    fulfil: [['claimed'], 'fulfilled'],
    confirm: [['fulfilled'], 'confirmed'],
    autoConfirm: [['fulfilled'], 'confirmed'],
    cancel: [['pending_review', 'open'], 'cancelled'],
    expire: [['open'], 'expired'],
  };

  it.each(Object.entries(expected) as [WishEvent, [WishStatus[], WishStatus]][])('%s goes from %j', (event, [from, to]) => {
    for (const status of WISH_STATUSES) {
      expect(nextStatus(status, event)).toBe(from.includes(status) ? to : null);
    }
  });

  it('lets nothing leave a final state', () => {
    for (const status of WISH_STATUSES.filter(isFinal)) {
      for (const event of Object.keys(WISH_TRANSITIONS) as WishEvent[]) expect(nextStatus(status, event)).toBeNull();
    }
  });

  it('counts every state but the final ones as unfinished', () => {
    expect(WISH_STATUSES.filter(isUnfinished)).toEqual(['pending_review', 'open', 'claimed', 'fulfilled']);
    expect(WISH_STATUSES.filter(isFinal)).toEqual(['confirmed', 'rejected', 'cancelled', 'expired']);
  });

  it('shows the public only what reached the pool', () => {
    expect([...PUBLIC_STATUSES].sort()).toEqual(['claimed', 'confirmed', 'fulfilled', 'open']);
  });

  it('reaches confirmed only through the happy path', () => {
    let s: WishStatus = 'pending_review';
    for (const e of ['approve', 'claim', 'fulfil', 'confirm'] as WishEvent[]) s = nextStatus(s, e) ?? s;
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
