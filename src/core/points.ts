import type { PointsKind, PointsTotals } from '../contracts/points';

/**
 * Love points are whole numbers. An award computed from hours × points per hour × factors is rounded to
 * the nearest whole point, halves up (2.5 → 3, 2.4 → 2), after cancelling binary floating error at the
 * sixth decimal (1.5 × 10 × 1.4 = 21.000000000000004 → 21; 0.5 × 5 = 2.5 → 3). Negative results count as 0.
 */
export function roundPoints(x: number): number {
  if (!Number.isFinite(x) || x <= 0) return 0;
  const cleaned = Math.round(x * 1e6) / 1e6;
  return Math.floor(cleaned + 0.5);
}

/** Points for confirmed service: hours × points per hour × every factor (role, attendance …), rounded. */
export function servicePoints(hours: number, perHour: number, ...factors: number[]): number {
  return roundPoints(factors.reduce((acc, f) => acc * f, hours * perHour));
}

/** The largest amount a single entry may carry either way. */
export const MAX_ENTRY_AMOUNT = 1_000_000;

/**
 * Why an entry is malformed, or null. earn and refund add, spend takes away, adjust goes either way;
 * amounts are non-zero integers.
 */
export function entryProblem(kind: PointsKind, amount: number): string | null {
  if (!Number.isInteger(amount)) return 'amount must be an integer';
  if (amount === 0) return 'amount must not be 0';
  if (Math.abs(amount) > MAX_ENTRY_AMOUNT) return `amount exceeds ${MAX_ENTRY_AMOUNT}`;
  if ((kind === 'earn' || kind === 'refund') && amount < 0) return `${kind} must be positive`;
  if (kind === 'spend' && amount > 0) return 'spend must be negative';
  return null;
}

/** A user's cached totals; absent fields (a user who never had points) are 0. */
export function totalsOf(user: { pointsBalance?: number; pointsEarned?: number; pointsSpent?: number }): PointsTotals {
  return { balance: user.pointsBalance ?? 0, earned: user.pointsEarned ?? 0, spent: user.pointsSpent ?? 0 };
}

/**
 * Totals after an entry, or null when the balance would go below 0. earn and adjust move `earned`
 * (a downward adjustment lowers it); spend and refund move `spent` (a refund lowers it), so that
 * balance = earned − spent always holds.
 */
export function applyEntry(t: PointsTotals, kind: PointsKind, amount: number): PointsTotals | null {
  const balance = t.balance + amount;
  if (balance < 0) return null;
  if (kind === 'earn' || kind === 'adjust') return { balance, earned: t.earned + amount, spent: t.spent };
  return { balance, earned: t.earned, spent: t.spent - amount };
}

/**
 * The natural key of an entry: the same (kind, source, sourceId, user) can be posted only once.
 * The ledger hashes it into the entry's document id.
 */
export function entryKey(e: { kind: PointsKind; source: string; sourceId: string; userId: string }): string {
  return [e.kind, e.source, e.sourceId, e.userId].map((p) => p.replace(/[\\|]/g, (c) => `\\${c}`)).join('|');
}
