/**
 * The dev login from another machine: a gateway bound to 0.0.0.0 is reached from a network namespace this
 * test creates (test/helpers/netns.ts), joined to this machine by a veth pair on a private /30, so the
 * gateway sees a remote peer (req.socket.remoteAddress, the namespace's address) exactly as it would see a
 * phone on the LAN — and nothing talks to this machine's real interfaces. Refused by default;
 * `npm start -- --allow-remote-login` lets it in, with a warning. Needs root (CI runs as root): without
 * network namespaces the test fails, it does not skip.
 * Its own file: each gateway here points the process's SDK at its own local CloudBase.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway } from '../../../emulator/gateway/server';
import { createRemotePeer, type RemotePeer } from '../../helpers/netns';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..', '..');

let peer: RemotePeer | undefined;
let setupError: Error | undefined;

beforeAll(async () => {
  try {
    peer = await createRemotePeer();
  } catch (e) {
    setupError = e as Error; // each test fails with this message (a failing beforeAll alone is easy to miss)
  }
}, 60_000);

afterAll(async () => {
  await peer?.close();
}, 60_000);

/** The remote peer, or the reason there is none. */
function remote(): RemotePeer {
  if (!peer) throw setupError ?? new Error('no remote peer');
  return peer;
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
    const refused = await remote().request(gateway.port, '/api/dev/login', { body: { openid: 'demo-admin' } });
    expect(refused).toEqual({
      status: 403,
      body: { ok: false, code: 'FORBIDDEN', message: expect.stringContaining('--allow-remote-login') },
      from: remote().peerAddress, // the peer the gateway judged is the namespace, not this machine
    });
    expect((await remote().request(gateway.port, '/api/dev/identities')).status).toBe(403);
    expect((await remote().request(gateway.port, '/api/dev/messages')).status).toBe(403);

    const mine = await post(local, '/api/dev/login', { openid: 'demo-resident' });
    expect(mine.status).toBe(200);
    // A token is what a function call needs, wherever it comes from; the remote peer just cannot mint one.
    const withToken = await remote().request(gateway.port, '/api/fn/user', { body: { action: 'login' }, token: mine.body.token });
    expect(withToken.body).toMatchObject({ ok: true });
    const anonymous = await remote().request(gateway.port, '/api/fn/user', { body: { action: 'login' } });
    expect(anonymous.body).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  } finally {
    await gateway.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('npm start -- --allow-remote-login lets other machines sign in, and says so loudly', async () => {
  remote(); // no peer: fail before starting anything
  const dataDir = mkdtempSync(join(tmpdir(), 'civic-remote-start-'));
  const args = [
    '--import',
    'tsx',
    'scripts/start.ts',
    '--no-build',
    '--host',
    '0.0.0.0',
    '--port',
    '0',
    '--data',
    dataDir,
    '--allow-remote-login',
  ];
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
    const login = await remote().request(port, '/api/dev/login', { body: { openid: 'demo-resident' } });
    expect(login).toMatchObject({ status: 200, from: remote().peerAddress });
    expect((await remote().request(port, '/api/fn/user', { body: { action: 'login' }, token: login.body.token })).body).toMatchObject({
      ok: true,
    });
  } finally {
    proc.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
});
