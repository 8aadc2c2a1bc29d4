import type { StarLevel } from '../contracts/stars';

/** The star level `hours` reach with ascending thresholds (★1 … ★5): the count of thresholds met. */
export function starOf(hours: number, thresholds: readonly number[]): StarLevel {
  let level = 0;
  for (const t of thresholds.slice(0, 5)) if (hours >= t) level++;
  return level as StarLevel;
}

/** Hours still to go to the next star, or undefined at the top. */
export function hoursToNextStar(hours: number, thresholds: readonly number[]): number | undefined {
  const next = thresholds.slice(0, 5).find((t) => hours < t);
  return next === undefined ? undefined : Math.round((next - hours) * 10) / 10;
}

/** A star reached by going from `before` to `after` hours: the new level, or null when it stays. */
export function starReached(before: number, after: number, thresholds: readonly number[]): StarLevel | null {
  const a = starOf(before, thresholds);
  const b = starOf(after, thresholds);
  return b > a ? b : null;
}
