import type { PointsInputs, PointsOutput } from '@/contracts/points';
import { apiOf } from './actions';

/** Pages of the points feature (the route table of contracts/routes). */
export { POINTS_ROUTES } from '@/contracts/routes';

/** Typed wrappers over the `points` cloud function. Types only from contracts: no zod in the bundle. */
export const pointsApi = apiOf<PointsInputs, PointsOutput>('points');

/** "+5" / "−3" (a real minus sign, easier to read than a hyphen). */
export function signedPoints(amount: number): string {
  return amount > 0 ? `+${amount}` : amount < 0 ? `−${Math.abs(amount)}` : '0';
}

/** A user id in groups of four, counted from the end, so it can be read out and typed: "u fcb1 1a1e … c13a". */
export function formatUserCode(id: string): string {
  const groups: string[] = [];
  for (let end = id.length; end > 0; end -= 4) groups.unshift(id.slice(Math.max(0, end - 4), end));
  return groups.join(' ');
}

/** What someone typed or pasted as a 编号: spaces and dashes dropped, lower case. */
export function parseUserCode(text: string): string {
  return text.replace(/[\s-]+/g, '').toLowerCase();
}
