import type { PointsInputOf, PointsOutput } from '@/contracts/points';
import type { Result } from '@/contracts/result';
import { call } from './api';

const FN = 'points';

/** Pages of the points feature (the route table of contracts/routes). */
export { POINTS_ROUTES } from '@/contracts/routes';

/** Typed wrappers over the `points` cloud function. Types only from contracts: no zod in the bundle. */
export const pointsApi = {
  /** The caller's balance, earned and spent (one read). */
  balance: (): Promise<Result<PointsOutput['balance']>> => call(FN, 'balance', {}),
  /** The caller's own entries, newest first. */
  history: (input: PointsInputOf<'history'> = {}): Promise<Result<PointsOutput['history']>> => call(FN, 'history', input),
  /** Staff over the user's station: 1–50 civility points with a category. */
  awardCivility: (input: PointsInputOf<'awardCivility'>): Promise<Result<PointsOutput['awardCivility']>> =>
    call(FN, 'awardCivility', input),
  /** Staff over the user's station: the user's nickname, totals and entries. */
  userHistory: (input: PointsInputOf<'userHistory'>): Promise<Result<PointsOutput['userHistory']>> => call(FN, 'userHistory', input),
};

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
