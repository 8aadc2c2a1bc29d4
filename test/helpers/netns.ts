/**
 * A remote peer the test owns: a network namespace joined to this machine by a veth pair on a private /30,
 * so a server bound to 0.0.0.0 sees a non-loopback peer (the namespace's end) exactly as it would see a
 * phone on the LAN — without any traffic to this machine's real interfaces. Needs root and iproute2.
 *
 * Names carry the process id (unique among running processes), so parallel runs do not clash; the /30 is
 * derived from the pid too and skipped over while anything on this machine already uses it.
 */
import { execFile } from 'node:child_process';

export type PeerResponse = { status: number; body: any; /** the client's own address, as the server sees it */ from: string };

export type RemotePeer = {
  ns: string;
  /** This machine's end of the veth: what the peer connects to. */
  hostAddress: string;
  /** The namespace's end: the peer address the server sees. */
  peerAddress: string;
  /** An HTTP request made from inside the namespace to `http://<hostAddress>:<port><path>`. */
  request(port: number, path: string, opts?: { method?: string; body?: unknown; token?: string }): Promise<PeerResponse>;
  /** Removes the namespace and the veth; safe to call twice, or after a setup that failed halfway. */
  close(): Promise<void>;
};

function run(cmd: string, args: string[], timeout = 30_000): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // async on purpose: the server under test usually runs in this very process and must keep answering
    execFile(cmd, args, { timeout, encoding: 'utf8', env: cleanEnv() }, (err, stdout, stderr) => {
      if (err) reject(Object.assign(new Error(`${cmd} ${args.join(' ')} failed: ${stderr.trim() || err.message}`), { stderr }));
      else resolve({ stdout, stderr });
    });
  });
}

/** No proxy settings: the peer must talk to the host end directly. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/_proxy$/i.test(k)) delete env[k];
  return env;
}

const ipv4 = (s: string) => s.split('.').reduce((n, p) => n * 256 + Number(p), 0);

/** The first free /30 in 10.213.0.0/16 from the pid's slot on: [host side, namespace side]. */
async function freeSubnet(pid: number): Promise<[string, string]> {
  const { stdout: addrs } = await run('ip', ['-4', '-o', 'addr', 'show']);
  const { stdout: routes } = await run('ip', ['-4', 'route', 'show', 'table', 'all']);
  const used = [...`${addrs}\n${routes}`.matchAll(/\b(\d{1,3}(?:\.\d{1,3}){3})(?:\/(\d{1,2}))?/g)]
    .filter(([, , len]) => len !== '0') // a default route is no claim on 10.213/16
    .map(([, a, len]) => {
      const size = 2 ** (32 - Number(len ?? 32));
      const start = Math.floor(ipv4(a) / size) * size;
      return [start, start + size] as const;
    });
  for (let i = 0; i < 16_384; i++) {
    const slot = (pid + i) % 16_384; // 16384 /30s in the /16
    const base = ipv4('10.213.0.0') + slot * 4;
    if (used.some(([s, e]) => s < base + 4 && base < e)) continue;
    const a = (n: number) => `10.213.${(n >> 8) & 255}.${n & 255}`;
    return [a(base + 1), a(base + 2)];
  }
  throw new Error('no free /30 left in 10.213.0.0/16');
}

/** In the namespace: one request, printed as `{ status, body, from }` JSON. */
const CLIENT = `
const http = require('node:http');
const [url, method, body, token] = JSON.parse(process.argv[1]);
const headers = { ...(body === null ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: 'Bearer ' + token } : {}) };
const req = http.request(url, { method, headers, agent: false, timeout: 20000 }, (res) => {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (c) => (text += c));
  res.on('end', () => {
    let parsed = text;
    try { parsed = JSON.parse(text); } catch {}
    process.stdout.write(JSON.stringify({ status: res.statusCode, body: parsed, from: res.socket.localAddress }));
  });
});
req.on('timeout', () => req.destroy(new Error('no answer within 20 s')));
req.on('error', (e) => { console.error(e.message); process.exit(1); });
req.end(body === null ? undefined : body);
`;

export async function createRemotePeer(): Promise<RemotePeer> {
  const pid = process.pid;
  const ns = `civic-rl-${pid}`;
  const hostIf = `civrl${pid}h`; // ≤ 13 characters (pids ≤ 7 digits; Linux allows 15)
  const nsIf = `civrl${pid}n`;

  async function close() {
    const errors: string[] = [];
    const gone = (e: { stderr?: string }) => /Cannot find device|No such file/i.test(e.stderr ?? '');
    // The host end first: deleting it takes the pair with it at once, whereas a deleted namespace's devices
    // go away asynchronously (a host end checked right after `netns del` may vanish under us). "Not there"
    // counts as done, so close() is idempotent and works after a setup that failed halfway.
    await run('ip', ['link', 'del', hostIf]).catch((e) => gone(e) || errors.push(e.message));
    if ((await run('ip', ['netns', 'list'])).stdout.split('\n').some((l) => l.split(' ')[0] === ns)) {
      await run('ip', ['netns', 'del', ns]).catch((e) => gone(e) || errors.push(e.message));
    }
    if (errors.length) throw new Error(`could not remove the test's network namespace:\n${errors.join('\n')}`);
  }

  try {
    await run('ip', ['netns', 'add', ns]);
  } catch (e) {
    throw new Error(
      `ip netns add ${ns} failed: this test needs root and network namespaces (CI runs as root): ` +
        ((e as { stderr?: string }).stderr?.trim() || (e as Error).message),
    );
  }
  try {
    const [hostAddress, peerAddress] = await freeSubnet(pid);
    await run('ip', ['link', 'add', hostIf, 'type', 'veth', 'peer', 'name', nsIf]);
    await run('ip', ['link', 'set', nsIf, 'netns', ns]);
    await run('ip', ['addr', 'add', `${hostAddress}/30`, 'dev', hostIf]);
    await run('ip', ['link', 'set', hostIf, 'up']);
    await run('ip', ['-n', ns, 'addr', 'add', `${peerAddress}/30`, 'dev', nsIf]);
    await run('ip', ['-n', ns, 'link', 'set', nsIf, 'up']);
    await run('ip', ['-n', ns, 'link', 'set', 'lo', 'up']);

    async function request(port: number, path: string, opts: { method?: string; body?: unknown; token?: string } = {}) {
      const method = opts.method ?? (opts.body === undefined ? 'GET' : 'POST');
      const body = opts.body === undefined ? null : JSON.stringify(opts.body);
      const args = JSON.stringify([`http://${hostAddress}:${port}${path}`, method, body, opts.token ?? null]);
      const { stdout } = await run('ip', ['netns', 'exec', ns, process.execPath, '-e', CLIENT, args], 60_000);
      return JSON.parse(stdout) as PeerResponse;
    }
    return { ns, hostAddress, peerAddress, request, close };
  } catch (e) {
    await close().catch(() => undefined); // the setup error is the one worth reporting
    throw e;
  }
}
