import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** How long a dev-login token is good for. */
export const TOKEN_TTL_SECONDS = 7 * 24 * 3600;

/** The openids the dev login accepts (and a token may name). */
export const OPENID = /^[\w-]{1,64}$/;

/**
 * A loopback peer: 127.0.0.0/8, ::1, or an IPv4 loopback address mapped into IPv6 (::ffff:127.x.x.x), as
 * `req.socket.remoteAddress` reports them.
 */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.toLowerCase().startsWith('::ffff:') ? address.slice(7) : address;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4)) return v4.split('.').every((n) => Number(n) <= 255);
  return address === '::1' || address === '0:0:0:0:0:0:0:1';
}

export type TokenPayload = { openid: string; exp: number };

/**
 * The cookie that carries the session token to GET /api/file, for <img> tags, which cannot send an
 * Authorization header. HttpOnly (page scripts never read it), SameSite=Strict (another site's page does
 * not send it), Path=/api/file (no other route ever sees it, so it cannot stand in for the bearer token).
 */
export const SESSION_COOKIE = 'civic_file_session';

/** The Set-Cookie value for `token`, which expires at `exp` (unix seconds), as the token does. */
export function sessionCookie(token: string, exp: number, nowMs = Date.now()): string {
  const maxAge = Math.max(0, exp - Math.floor(nowMs / 1000));
  return `${SESSION_COOKIE}=${token}; Max-Age=${maxAge}; Path=/api/file; HttpOnly; SameSite=Strict`;
}

/** The session cookie's token, if the request carries one. */
export function cookieToken(req: { headers: { cookie?: string } }): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return undefined;
}

/**
 * Local stand-in for WeChat's login: a bearer token `<payload>.<signature>`, the payload base64url JSON
 * `{ openid, exp }` (exp in unix seconds), the signature HMAC-SHA256 (base64url) under a secret kept in
 * the data folder, so tokens outlive a restart until they expire. Only the local gateway has this; in
 * WeChat the platform itself tells a function who calls.
 */
export class DevAuth {
  private readonly secret: Buffer;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    const file = join(dataDir, 'gateway-secret');
    if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
    this.secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }

  issue(openid: string, nowMs = Date.now()): { token: string; expiresAt: number } {
    if (!OPENID.test(openid)) throw new Error('openid must be 1–64 letters, digits, _ or -');
    const exp = Math.floor(nowMs / 1000) + TOKEN_TTL_SECONDS;
    const payload = Buffer.from(JSON.stringify({ openid, exp } satisfies TokenPayload), 'utf8').toString('base64url');
    return { token: `${payload}.${this.sign(payload)}`, expiresAt: exp * 1000 };
  }

  /** The claims of a token, or undefined for a malformed, forged or expired token. */
  claims(token: string | undefined, nowMs = Date.now()): TokenPayload | undefined {
    const parts = (token ?? '').split('.');
    if (parts.length !== 2) return undefined; // extra segments are refused, not ignored
    const [payload, sig] = parts;
    if (!/^[\w-]+$/.test(payload) || !/^[\w-]{43}$/.test(sig)) return undefined;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    let claims: Partial<TokenPayload>;
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return undefined;
    }
    if (!claims || typeof claims.openid !== 'string' || !OPENID.test(claims.openid)) return undefined;
    if (typeof claims.exp !== 'number' || !Number.isFinite(claims.exp) || claims.exp * 1000 <= nowMs) return undefined;
    return { openid: claims.openid, exp: claims.exp };
  }

  /** The openid a token names, or undefined for a malformed, forged or expired token. */
  verifyToken(token: string | undefined, nowMs = Date.now()): string | undefined {
    return this.claims(token, nowMs)?.openid;
  }

  /** The token of an `Authorization: Bearer <token>` header (unchecked), or undefined. */
  static bearer(header: string | undefined): string | undefined {
    return /^Bearer ([^\s]+)$/.exec(header?.trim() ?? '')?.[1];
  }

  /** The openid of an `Authorization: Bearer <token>` header, or undefined. */
  verify(header: string | undefined, nowMs = Date.now()): string | undefined {
    return this.verifyToken(DevAuth.bearer(header), nowMs);
  }
}
