import { signToken, verifyToken } from '../../../src/server/shared/signed-token';

const secret = Buffer.alloc(32, 7);
const other = Buffer.alloc(32, 8);

describe('signed tokens', () => {
  const token = signToken(secret, 'checkin', { s: 'slot1', t: 1_700_000_000_000, n: 'ab12' });

  it('verifies its own token and gives the payload back', () => {
    expect(verifyToken(secret, 'checkin', token)).toEqual({ ok: true, payload: { s: 'slot1', t: 1_700_000_000_000, n: 'ab12' } });
  });

  it('is short enough for a quick QR code', () => {
    expect(token.length).toBeLessThan(100);
  });

  it('refuses another secret, another purpose, a changed payload and garbage', () => {
    expect(verifyToken(other, 'checkin', token)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifyToken(secret, 'usercode', token)).toEqual({ ok: false, reason: 'malformed' });
    const [p, , m] = token.split('.');
    const forged = `${p}.${Buffer.from(JSON.stringify({ s: 'slot2', t: 1_700_000_000_000, n: 'ab12' })).toString('base64url')}.${m}`;
    expect(verifyToken(secret, 'checkin', forged)).toEqual({ ok: false, reason: 'bad_signature' });
    for (const bad of ['', 'checkin', 'checkin..', 'a.b.c.d', 'checkin.e30.AAAA']) {
      expect(verifyToken(secret, 'checkin', bad).ok).toBe(false);
    }
  });

  it('refuses a purpose a token cannot carry', () => {
    expect(() => signToken(secret, 'Check.In', {})).toThrow();
  });
});
