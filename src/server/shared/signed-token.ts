import { createHmac, randomBytes, timingSafeEqual } from 'crypto';
import { COLLECTIONS } from '../../contracts/collections';
import { db } from '../cloud';
import { byId, isDuplicateKey } from './docs';

/**
 * Short server-signed tokens (a check-in code, a 个人码): `<purpose>.<payload>.<mac>`, the payload base64url
 * JSON, the mac the first 16 bytes of HMAC-SHA256 over purpose and payload, base64url — about 70 characters,
 * small enough for a QR code a cheap phone scans at once. The purpose is signed too, so a token made for one
 * use is refused by another. Callers check the payload's age and binding (slot, user) themselves.
 *
 * The secret: the function environment's CIVIC_SIGNING_SECRET when set (production: a function environment
 * variable), else the `settings` document `signingSecret`, created on first use by one insert with a fixed
 * _id (of instances racing to create it, the first insert wins and the others read it). The settings
 * collection is server-only (docs/security.md), so no client can read the secret.
 */
export const SIGNING_SECRET_SETTING = 'signingSecret';
const MAC_BYTES = 16;

let cached: Buffer | undefined;

export async function signingSecret(): Promise<Buffer> {
  if (cached) return cached;
  const fromEnv = process.env.CIVIC_SIGNING_SECRET;
  if (fromEnv && fromEnv.length >= 32) return (cached = Buffer.from(fromEnv, 'utf8'));
  cached = await storedSecret();
  return cached;
}

async function storedSecret(): Promise<Buffer> {
  const read = async () => (await byId<{ secret?: string }>(COLLECTIONS.settings, SIGNING_SECRET_SETTING))?.secret;
  const existing = await read();
  if (existing) return Buffer.from(existing, 'base64');
  const secret = randomBytes(32).toString('base64');
  try {
    await db()
      .collection(COLLECTIONS.settings)
      .add({ data: { _id: SIGNING_SECRET_SETTING, secret } });
    return Buffer.from(secret, 'base64');
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const winner = await read();
    if (!winner) throw err;
    return Buffer.from(winner, 'base64');
  }
}

const b64url = (b: Buffer): string => b.toString('base64url');
const mac = (secret: Buffer, purpose: string, body: string): Buffer =>
  createHmac('sha256', secret).update(`${purpose}.${body}`).digest().subarray(0, MAC_BYTES);

export type TokenPayload = Record<string, string | number>;

/** A token for `purpose` carrying `payload` (keep it small: short keys, ids, a time). */
export function signToken(secret: Buffer, purpose: string, payload: TokenPayload): string {
  if (!/^[a-z]{1,12}$/.test(purpose)) throw new Error(`signToken: bad purpose ${purpose}`);
  const body = b64url(Buffer.from(JSON.stringify(payload), 'utf8'));
  return `${purpose}.${body}.${b64url(mac(secret, purpose, body))}`;
}

export type VerifiedToken = { ok: true; payload: TokenPayload } | { ok: false; reason: 'malformed' | 'bad_signature' };

/** Checks shape, purpose and signature (in constant time); says nothing of age or binding. */
export function verifyToken(secret: Buffer, purpose: string, token: string): VerifiedToken {
  const parts = typeof token === 'string' ? token.split('.') : [];
  if (parts.length !== 3 || parts[0] !== purpose || !parts[1] || !parts[2]) return { ok: false, reason: 'malformed' };
  const given = Buffer.from(parts[2], 'base64url');
  const want = mac(secret, purpose, parts[1]);
  if (given.length !== want.length || !timingSafeEqual(given, want)) return { ok: false, reason: 'bad_signature' };
  try {
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as unknown;
    if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return { ok: false, reason: 'malformed' };
    return { ok: true, payload: payload as TokenPayload };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}
