import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Local stand-in for WeChat's login: a bearer token names an openid, signed with a secret kept in the
 * data folder so tokens outlive a restart. Only the local gateway has this; WeChat signs calls itself.
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

  issue(openid: string): string {
    const payload = Buffer.from(openid, 'utf8').toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  /** The openid a token names, or undefined for a missing or forged token. */
  verify(header: string | undefined): string | undefined {
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const [payload, sig] = token.split('.');
    if (!payload || !sig) return undefined;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    return Buffer.from(payload, 'base64url').toString('utf8');
  }
}
