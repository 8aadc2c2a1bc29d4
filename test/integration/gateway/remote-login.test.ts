/**
 * The dev login from another machine: a gateway bound to 0.0.0.0 is reached through this machine's own
 * non-loopback address, so the gateway sees a remote peer (req.socket.remoteAddress) exactly as it would
 * see a phone on the LAN. Refused by default; `npm start -- --allow-remote-login` lets it in, with a warning.
 * Its own file: each gateway here points the process's SDK at its own local CloudBase.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway } from '../../../emulator/gateway/server';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..', '..');

/** This machine's first non-loopback IPv4 address (`hostname -I`). */
function externalAddress(): string {
  const found = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal);
  if (!found) throw new Error('this test needs a non-loopback IPv4 address on this machine (see `hostname -I`)');
  return found.address;
}

async function post(base: string, path: string, body: unknown, token?: string) {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

test('bound to 0.0.0.0, the gateway answers dev logins from this machine only', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'civic-remote-'));
  const gateway = await startGateway({ dataDir, port: 0, host: '0.0.0.0', seed: true });
  try {
    const local = `http://127.0.0.1:${gateway.port}`;
    const remote = `http://${externalAddress()}:${gateway.port}`;
    const refused = await post(remote, '/api/dev/login', { openid: 'demo-admin' });
    expect(refused).toEqual({ status: 403, body: { ok: false, code: 'FORBIDDEN', message: expect.stringContaining('--allow-remote-login') } });
    expect((await fetch(`${remote}/api/dev/identities`)).status).toBe(403);
    expect((await fetch(`${remote}/api/dev/messages`)).status).toBe(403);

    const mine = await post(local, '/api/dev/login', { openid: 'demo-resident' });
    expect(mine.status).toBe(200);
    // A token is what a function call needs, wherever it comes from; the remote peer just cannot mint one.
    expect((await post(remote, '/api/fn/user', { action: 'login' }, mine.body.token)).body).toMatchObject({ ok: true });
    expect((await post(remote, '/api/fn/user', { action: 'login' })).body).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  } finally {
    await gateway.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('npm start -- --allow-remote-login lets other machines sign in, and says so loudly', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'civic-remote-start-'));
  const args = ['--import', 'tsx', 'scripts/start.ts', '--no-build', '--host', '0.0.0.0', '--port', '0', '--data', dataDir, '--allow-remote-login'];
  const proc = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  let output = '';
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const m = /local app: http:\/\/0\.0\.0\.0:(\d+)/.exec(output);
        if (m && /--allow-remote-login: ANYONE/.test(output)) resolve(Number(m[1]));
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', onData);
      proc.once('exit', (code) => reject(new Error(`npm start exited (${code}) before listening:\n${output}`)));
    });
    expect(output).toContain('center admin included');
    const remote = `http://${externalAddress()}:${port}`;
    const login = await post(remote, '/api/dev/login', { openid: 'demo-resident' });
    expect(login.status).toBe(200);
    expect((await post(remote, '/api/fn/user', { action: 'login' }, login.body.token)).body).toMatchObject({ ok: true });
  } finally {
    proc.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
});
