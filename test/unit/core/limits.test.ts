import { inReclaimCooldown, keepsEnoughAdmins, LIMITS, reclaimAllowedAt, reclaimBlockedSince } from '@/core/limits';
import { DAY } from './clock';

describe('limits', () => {
  it('keeps a releaser out for exactly 24 h', () => {
    const at = Date.UTC(2026, 0, 1);
    expect(LIMITS.reclaimCooldownMs).toBe(DAY);
    expect(reclaimAllowedAt(at)).toBe(at + DAY);
    expect(inReclaimCooldown(undefined, at)).toBe(false);
    expect(inReclaimCooldown(at, at)).toBe(true);
    expect(inReclaimCooldown(at, at + DAY - 1)).toBe(true);
    expect(inReclaimCooldown(at, at + DAY)).toBe(false);
  });

  it('blocks in the conditional write exactly the releases the read check blocks', () => {
    const now = Date.UTC(2026, 0, 2);
    // The write allows a release at or before reclaimBlockedSince(now); the read check must agree.
    for (const releasedAt of [now - DAY - 1, now - DAY, now - DAY + 1, now - 1, now]) {
      expect([releasedAt, inReclaimCooldown(releasedAt, now)]).toEqual([releasedAt, releasedAt > reclaimBlockedSince(now)]);
    }
  });

  it('names the other numbers', () => {
    expect(LIMITS.subscribeIntervalMs).toBe(3600 * 1000);
    expect(LIMITS.writeBurst).toEqual({ limit: 30, windowMs: 10_000 });
    expect(keepsEnoughAdmins(1)).toBe(true);
    expect(keepsEnoughAdmins(0)).toBe(false);
  });
});
