/**
 * Local sign-in through the real gateway: a function runs over HTTP only for a valid, unexpired dev-login
 * token; a call without one never runs as the system caller (only the scheduler's triggers have no user).
 */
import { join } from 'node:path';
import { DevAuth, isLoopback, TOKEN_TTL_SECONDS } from '../../../emulator/gateway/auth';
import { readTimerTriggers } from '../../../emulator/gateway/scheduler';
import { userIdOf } from '../../../src/server/shared/ids';
import { useLocalCloud } from '../../helpers/local-cloud';

const cloud = useLocalCloud();
const ROOT = join(__dirname, '..', '..', '..');
const DAY = 24 * 3600 * 1000;

async function callWith(authorization: string | undefined, body: unknown = { action: 'login' }) {
  const res = await fetch(`${cloud.gateway.url}/api/fn/user`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

const UNAUTHENTICATED = { ok: false, code: 'UNAUTHENTICATED', message: '请先登录' };

describe('a call without a valid token', () => {
  it('answers UNAUTHENTICATED and runs nothing, not even the timer a trigger would run', async () => {
    const [trigger] = readTimerTriggers(join(ROOT, 'cloudfunctions'));
    expect(trigger).toBeDefined();
    const cron = { Type: 'Timer', TriggerName: trigger.name, Time: new Date().toISOString() };
    await cloud.resetStats();
    const res = await fetch(`${cloud.gateway.url}/api/fn/${trigger.fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(cron),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual(UNAUTHENTICATED);
    expect(await cloud.anonymous('user', { action: 'login' })).toEqual(UNAUTHENTICATED);
    expect(await cloud.stats()).toEqual({}); // not one database call was made

    // A signed-in user sending the trigger's event is refused by the router's caller step.
    const staff = await cloud.as('demo-staff');
    expect((await cloud.post(`/api/fn/${trigger.fn}`, cron, staff.token)).body).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    // The scheduler's way still runs it.
    expect(await cloud.trigger(trigger.fn, trigger.name)).toMatchObject({ ok: true });
  });
});

describe('dev-login tokens', () => {
  it('are a signed payload { openid, exp } good for 7 days', async () => {
    const before = Math.floor(Date.now() / 1000);
    const { status, body } = await cloud.post('/api/dev/login', { openid: 'demo-resident' });
    expect(status).toBe(200);
    const [payload, sig, ...rest] = String(body.token).split('.');
    expect(rest).toEqual([]);
    expect(sig).toMatch(/^[\w-]{43}$/);
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    expect(Object.keys(claims).sort()).toEqual(['exp', 'openid']);
    expect(claims.openid).toBe('demo-resident');
    expect(claims.exp).toBeGreaterThanOrEqual(before + TOKEN_TTL_SECONDS);
    expect(claims.exp).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + TOKEN_TTL_SECONDS);
    expect(body.expiresAt).toBe(claims.exp * 1000);
    expect((await callWith(`Bearer ${body.token}`)).body).toMatchObject({ ok: true });
  });

  it('with extra segments, a bad signature, a changed payload, an expiry passed or no Bearer are refused', async () => {
    const { body } = await cloud.post('/api/dev/login', { openid: 'demo-resident' });
    const token = body.token as string;
    const [payload, sig] = token.split('.');
    const asAdmin = Buffer.from(JSON.stringify({ openid: 'demo-admin', exp: 4_102_444_800 })).toString('base64url');
    // Tokens signed with the gateway's own secret (it lives in the data folder), at chosen times.
    const local = new DevAuth(cloud.dataDir);
    const expired = local.issue('demo-admin', Date.now() - TOKEN_TTL_SECONDS * 1000 - 1000).token;
    const stillGood = local.issue('demo-admin', Date.now() - 6 * DAY).token;
    const refused = [
      `Bearer ${token}.extra`,
      `Bearer ${token}.`,
      `Bearer ${payload}.${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BB' : 'AA'}`,
      `Bearer ${asAdmin}.${sig}`,
      `Bearer ${Buffer.from('demo-admin').toString('base64url')}.${sig}`, // the old payload format
      `Bearer ${expired}`,
      token,
      `Basic ${token}`,
      '',
    ];
    for (const authorization of refused) expect(await callWith(authorization)).toEqual({ status: 401, body: UNAUTHENTICATED });
    const ok = await callWith(`Bearer ${stillGood}`);
    expect(ok.body).toMatchObject({ ok: true, data: { user: { id: userIdOf('demo-admin') } } });
  });
});

describe('the dev login answers only this machine', () => {
  it('knows a loopback peer', () => {
    for (const a of ['127.0.0.1', '127.0.0.2', '127.255.255.254', '::1', '::ffff:127.0.0.1', '::FFFF:127.9.9.9'])
      expect([a, isLoopback(a)]).toEqual([a, true]);
    for (const a of [
      '192.168.1.2',
      '10.0.0.1',
      '::ffff:192.168.1.2',
      '128.0.0.1',
      '127.0.0.256',
      '::2',
      'fe80::1',
      '0.0.0.0',
      '',
      undefined,
    ]) {
      expect([a, isLoopback(a)]).toEqual([a, false]);
    }
  });

  it('refuses a login addressed to a rebound host name or posted by another site', async () => {
    const host = new URL(cloud.gateway.url).host;
    const login = (headers: Record<string, string>) =>
      fetch(`${cloud.gateway.url}/api/dev/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{"openid":"demo-admin"}',
      });
    // undici lets a test set Host only through a raw request; the Origin it passes as given
    expect((await login({ origin: 'http://evil.example' })).status).toBe(403);
    expect((await login({ origin: `http://${host}` })).status).toBe(200);
    const http = await import('node:http');
    const rebound = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        `${cloud.gateway.url}/api/dev/login`,
        { method: 'POST', headers: { host: `rebind.evil.example:${cloud.gateway.port}`, 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('{"openid":"demo-admin"}');
    });
    expect(rebound).toBe(403);
  });
});
