import { USER_CODE } from '../../contracts/user';
import { AppError } from '../errors';
import { signingSecret, verifyToken } from '../shared/signed-token';

/** The purpose a 个人码 is signed for: a token made for anything else (a check-in code) is refused. */
export const USER_CODE_PURPOSE = 'usercode';

/** A little slack for a phone whose clock runs ahead of the server's. */
const CLOCK_SKEW_MS = 60_000;

/** A verified 个人码: whose it is, and when it was issued (each refresh its own). */
type ReadUserCode = { userId: string; issuedAt: number };

/**
 * Reads a 个人码 (scanned, or pasted with spaces a paste may add) as staff do for every use — finding a person,
 * a pickup, a check-in: USER_CODE_INVALID for a forged, tampered or foreign token, USER_CODE_EXPIRED for one
 * older than USER_CODE.maxAgeMs (a screenshot) or issued in the future. No database read but the secret's
 * (once per instance).
 */
export async function readUserCode(code: string, now: number): Promise<ReadUserCode> {
  const checked = verifyToken(await signingSecret(), USER_CODE_PURPOSE, code.replace(/\s+/g, ''));
  if (!checked.ok) throw new AppError('USER_CODE_INVALID');
  const { u, t } = checked.payload;
  if (typeof u !== 'string' || typeof t !== 'number') throw new AppError('USER_CODE_INVALID');
  if (t > now + CLOCK_SKEW_MS || now - t > USER_CODE.maxAgeMs) throw new AppError('USER_CODE_EXPIRED');
  return { userId: u, issuedAt: t };
}
