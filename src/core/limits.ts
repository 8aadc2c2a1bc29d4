/**
 * The abuse limits, in one place (docs/limits.md explains each: its number, why, what the user sees and where
 * it is stored). Pure: the server enforces them with conditional writes on documents, never in memory,
 * because functions run as many instances.
 */
const SECOND = 1_000;
const HOUR = 3_600 * SECOND;

/** At most `limit` hits within any `windowMs`. */
export type RateRule = { limit: number; windowMs: number };

export const LIMITS = {
  /** A volunteer (or unit) who gave a wish back may claim that wish again only after this. */
  reclaimCooldownMs: 24 * HOUR,
  /** A person gets at most one subscribe message per source (a wish) and message kind within this. */
  subscribeIntervalMs: HOUR,
  /**
   * Write actions one user may call: 30 in any 10 seconds. A person tapping as fast as they can stays far
   * below (one write every second or two); a script hits it at once.
   */
  writeBurst: { limit: 30, windowMs: 10 * SECOND } satisfies RateRule,
  /** The county always keeps at least this many center admins. */
  minCenterAdmins: 1,
} as const;

/** When someone who released a wish at `releasedAt` may claim it again. */
export const reclaimAllowedAt = (releasedAt: number): number => releasedAt + LIMITS.reclaimCooldownMs;

/** Is a release at `releasedAt` (if any) still keeping its releaser from claiming at `now`? */
export function inReclaimCooldown(releasedAt: number | undefined, now: number): boolean {
  return releasedAt !== undefined && now < reclaimAllowedAt(releasedAt);
}

/** The earliest release time that still blocks a claim at `now`: releases after it block. */
export const reclaimBlockedSince = (now: number): number => now - LIMITS.reclaimCooldownMs;

/** May `remaining` admins be left after a revocation? */
export const keepsEnoughAdmins = (remaining: number): boolean => remaining >= LIMITS.minCenterAdmins;
