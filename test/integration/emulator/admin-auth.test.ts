/**
 * Who may use the local CloudBase: whoever holds its data folder's credentials, checked as CloudBase checks
 * them (a TC3-HMAC-SHA256 signature on every /admin and /__stats request). What a web page in the
 * developer's browser can send — no signature, an Origin, a text/plain body, a rebound host name — is
 * refused, and every refusal is shown to change nothing by reading the data back through the authorised SDK.
 */
import fs from 'node:fs';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../../emulator/server';
import { rawRequest, signedRequest, useEmulator } from '../../helpers/emulator';

const emu = useEmulator();
let n = 0;

/** The request the web page sent: a resident's roles rewritten to center admin. */
const promote = (id: string) => ({
  action: 'database.modifyDocument',
  collectionName: 'users',
  query: JSON.stringify({ _id: id }),
  data: JSON.stringify({ $set: { roles: [{ role: 'admin', nodeId: 'n-center' }] } }),
  multi: false,
  merge: true,
  upsert: false,
});

async function resident(): Promise<string> {
  const id = `u-resident-${++n}`;
  await emu.db.collection('users').add({ data: { _id: id, roles: [{ role: 'resident' }] } });
  return id;
}

const rolesOf = async (id: string) => (await emu.db.collection('users').doc(id).get()).data.roles;
const url = () => `${emu.handle.serviceUrl}?env=local&seqId=1`;

/** A raw HTTP request with exactly these headers (fetch would not let a test set Host). */
function rawHttp(target: string, method: string, headers: Record<string, string>, body?: string): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = http.request(target, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('each data folder has its own credentials, in a file only its owner can read, kept across restarts', async () => {
  const file = join(emu.dataDir, 'credentials.json');
  expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(emu.handle.credentials);
  expect(emu.handle.credentials.secretId).toMatch(/^AKID\w{20,}$/);
  expect(emu.handle.credentials.secretKey.length).toBeGreaterThanOrEqual(32);

  const dir = mkdtempSync(join(tmpdir(), 'emu-auth-'));
  try {
    const first = await startEmulator({ dataDir: dir });
    const before = first.credentials;
    await first.close();
    const again = await startEmulator({ dataDir: dir });
    expect(again.credentials).toEqual(before);
    await again.close();
    expect(before).not.toEqual(emu.handle.credentials);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an unsigned, wrongly signed, stale or altered request is refused with SIGN_PARAM_INVALID and changes nothing', async () => {
  const id = await resident();
  const { secretId, secretKey } = emu.handle.credentials;
  const unsigned = await fetch(url(), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(promote(id)),
  });
  const attempts = [
    await unsigned.json(),
    (await signedRequest(url(), { body: promote(id), credentials: { secretId, secretKey: 'not-the-key' } })).json(),
    (await signedRequest(url(), { body: promote(id), credentials: { secretId: 'AKIDsomeoneelse', secretKey } })).json(),
    (await signedRequest(url(), { body: promote(id), timestamp: Math.floor(Date.now() / 1000) - 3600 })).json(),
    // a harmless read was signed; the update was sent
    (
      await signedRequest(url(), {
        body: promote(id),
        signedBody: { action: 'database.getDocument', collectionName: 'users', queryType: 'WHERE' },
      })
    ).json(),
  ];
  for (const answer of attempts) expect(answer).toMatchObject({ code: 'SIGN_PARAM_INVALID', message: expect.any(String) });
  expect(attempts.map((a) => a.message.split(':')[0])).toEqual([
    'missing or malformed Authorization header (a TC3-HMAC-SHA256 signature is required)',
    'signature does not match',
    'unknown SecretId',
    'signature expired',
    'signature does not match',
  ]);
  expect(await rolesOf(id)).toEqual([{ role: 'resident' }]);

  // The same request signed with the folder's credentials does what it says: the refusals above were the check.
  expect(await rawRequest(emu.handle.serviceUrl, promote(id), emu.handle.credentials)).toMatchObject({ data: { updated: 1 } });
  expect(await rolesOf(id)).toEqual([{ role: 'admin', nodeId: 'n-center' }]);
});

test("the real SDK with other credentials gets CloudBase's auth error, and nothing changes", async () => {
  const id = await resident();
  const tcb = require('@cloudbase/node-sdk');
  const stranger = tcb.init({ env: 'local', serviceUrl: emu.handle.serviceUrl, secretId: 'x', secretKey: 'y' });
  await expect(
    stranger
      .database()
      .collection('users')
      .doc(id)
      .update({ roles: [{ role: 'admin' }] }),
  ).rejects.toMatchObject({
    code: 'SIGN_PARAM_INVALID',
  });
  await expect(stranger.database().collection('users').doc(id).get()).rejects.toMatchObject({ code: 'SIGN_PARAM_INVALID' });
  expect(await rolesOf(id)).toEqual([{ role: 'resident' }]);
});

test('what only a web page sends is refused before anything runs, even with a valid signature', async () => {
  const id = await resident();
  const body = JSON.stringify(promote(id));
  const host = new URL(emu.handle.url).host;
  // The request: a simple cross-origin POST (no preflight) from a page in the developer's browser.
  const page = await rawHttp(url(), 'POST', { host, 'content-type': 'text/plain;charset=UTF-8', origin: 'http://evil.example' }, body);
  expect(page).toEqual({ status: 403, json: { code: 'INVALID_REQUEST_SOURCE', message: expect.any(String) } });
  const plain = await rawHttp(url(), 'POST', { host, 'content-type': 'text/plain' }, body);
  expect(plain).toMatchObject({ status: 415, json: { code: 'INVALID_PARAM' } });

  const signed = (headers: Record<string, string>) => signedRequest(url(), { body: promote(id), headers });
  expect(await signed({ Origin: 'http://evil.example' })).toMatchObject({ status: 403 });
  expect(await signed({ Origin: 'null' })).toMatchObject({ status: 403 });
  expect(await signed({ 'Sec-Fetch-Site': 'cross-site' })).toMatchObject({ status: 403 });
  expect(await signed({ 'content-type': 'text/plain' })).toMatchObject({ status: 415 });
  expect(await signed({ 'content-type': 'application/x-www-form-urlencoded' })).toMatchObject({ status: 415 });
  // DNS rebinding: the page's own host name, resolved to 127.0.0.1
  const rebound = await signed({ Host: `rebind.evil.example:${emu.handle.port}` });
  expect(rebound.status).toBe(403);
  expect(rebound.json()).toMatchObject({ code: 'INVALID_HOST' });

  expect(await rolesOf(id)).toEqual([{ role: 'resident' }]);
});

test('/__stats and /__stats/reset need the signature too', async () => {
  await resident();
  expect(emu.handle.stats()).not.toEqual({});
  const stats = `${emu.handle.url}/__stats`;
  const anonymous = await fetch(stats);
  expect(anonymous.status).toBe(401);
  expect(await anonymous.json()).toMatchObject({ code: 'SIGN_PARAM_INVALID' });
  expect((await fetch(`${stats}/transactions`)).status).toBe(401);
  expect((await fetch(`${stats}/reset`, { method: 'POST' })).status).toBe(401);
  expect(
    (await signedRequest(`${stats}/reset`, { method: 'POST', credentials: { ...emu.handle.credentials, secretKey: 'guess' } })).status,
  ).toBe(401);
  expect((await signedRequest(`${stats}/reset`, { method: 'POST', headers: { Origin: 'http://evil.example' } })).status).toBe(403);
  expect(emu.handle.stats()).not.toEqual({});

  const signed = await signedRequest(stats);
  expect(signed.status).toBe(200);
  expect(signed.json()).toEqual(emu.handle.stats());
  expect((await signedRequest(`${stats}/reset`, { method: 'POST' })).json()).toEqual({ ok: true });
  expect(emu.handle.stats()).toEqual({});
});
