/**
 * The local CloudBase: an HTTP server answering what wx-server-sdk (through @cloudbase/node-sdk) sends to
 * `POST {serviceUrl}?env=…&seqId=…`. `database.*` actions go to database/ over the durable store; other
 * actions to the plugin that declares them; other paths to the plugins' routes. Also `GET /__stats`,
 * `GET /__stats/transactions` and `POST /__stats/reset` for benchmarks in other processes.
 *
 * Answers are HTTP 200 `application/json; charset=utf-8` (the exact type node-sdk checks for raw calls):
 * `{ requestId, data }`, `{ requestId, transactionId }`, or `{ requestId, code, message }` for errors.
 *
 * Who may call (auth.ts, docs/security.md): /admin and /__stats* need the data folder's credentials, as a
 * TC3 signature checked on every request before anything runs (SIGN_PARAM_INVALID otherwise). A request a
 * browser made (an Origin or Sec-Fetch-* header) or with a content type the SDK never sends is refused; so
 * is a Host header that names neither localhost nor an IP address (DNS rebinding). Plugin routes keep their
 * own checks (storage URLs are signed). The server binds 127.0.0.1 unless told otherwise.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Doc, EmulatorHandle, EmulatorOptions, PluginAction, PluginContext } from './types';
import { DatabaseService } from './database/service';
import { Codes, DbError } from './database/errors';
import { Store } from './store/store';
import { storeApi } from './store/api';
import { checkAuthorization, credentialsFor, fromBrowser, isLocalHostHeader, parseTarget, SIGN_PARAM_INVALID, verifyTc3 } from './auth';

export type {
  EmulatorHandle,
  EmulatorOptions,
  EmulatorPlugin,
  IndexDefinition,
  IndexDefinitions,
  PluginContext,
  OpStats,
  TxStats,
} from './types';

const JSON_TYPE = 'application/json; charset=utf-8';
const MAX_BODY = 64 << 20;

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': JSON_TYPE, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new DbError(Codes.INVALID_PARAM, 'request body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** multipart/form-data: parts with a content-type (binary, e.g. requestData) as Buffers, the rest as strings. */
function parseMultipart(buf: Buffer, boundary: string): Doc {
  const out: Doc = {};
  const delim = Buffer.from(`--${boundary}`);
  let pos = buf.indexOf(delim);
  while (pos !== -1) {
    const start = pos + delim.length;
    if (buf.subarray(start, start + 2).toString() === '--') break;
    const next = buf.indexOf(delim, start);
    if (next === -1) break;
    const part = buf.subarray(start + 2, next - 2);
    const headEnd = part.indexOf('\r\n\r\n');
    if (headEnd !== -1) {
      const head = part.subarray(0, headEnd).toString('utf8');
      const name = /name="([^"]*)"/i.exec(head)?.[1];
      const value = part.subarray(headEnd + 4);
      if (name !== undefined) out[name] = /content-type:/i.test(head) ? Buffer.from(value) : value.toString('utf8');
    }
    pos = next;
  }
  return out;
}

/** What the SDK sends: JSON for most actions, multipart/form-data for wx.openApi / wx.wxPayApi. */
const SDK_CONTENT_TYPES = new Set(['application/json', 'multipart/form-data']);

const mediaType = (contentType: string): string => contentType.split(';')[0].trim().toLowerCase();

function parseBody(buf: Buffer, contentType: string): Doc {
  const boundary = /multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (boundary) return parseMultipart(buf, boundary[1] ?? boundary[2]);
  if (buf.length === 0) return {};
  try {
    const body = JSON.parse(buf.toString('utf8'));
    if (body && typeof body === 'object' && !Array.isArray(body)) return body;
  } catch {
    // answered below
  }
  throw new DbError(Codes.INVALID_PARAM, 'request body must be a JSON object');
}

export async function startEmulator(opts: EmulatorOptions): Promise<EmulatorHandle> {
  const store = Store.open(opts.dataDir, { compactBytes: opts.compactBytes, indexes: opts.indexes, durability: opts.durability });
  const db = new DatabaseService(store, { lockWaitMs: opts.txLockWaitMs ?? 1000, timeoutMs: opts.txTimeoutMs ?? 30_000 });
  const api = storeApi(store);
  let credentials: ReturnType<typeof credentialsFor>;
  try {
    credentials = credentialsFor(opts.dataDir); // after Store.open: a folder it refuses is left untouched
  } catch (e) {
    db.close();
    store.close();
    throw e;
  }
  const plugins = opts.plugins ?? [];
  const actions = new Map<string, PluginAction>();
  for (const p of plugins) {
    for (const [name, fn] of Object.entries(p.actions ?? {})) {
      if (name.startsWith('database.') || actions.has(name)) throw new Error(`plugin ${p.name}: action ${name} is already handled`);
      actions.set(name, fn);
    }
  }
  let baseUrl = '';
  const requestPrefix = randomBytes(4).toString('hex');
  let requestSeq = 0;
  const ctxFor = (env: string): PluginContext => ({ dataDir: opts.dataDir, baseUrl, store: api, env });

  async function admin(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const requestId = `${requestPrefix}${(++requestSeq).toString(16).padStart(8, '0')}`;
    try {
      const contentType = String(req.headers['content-type'] ?? '');
      if (!SDK_CONTENT_TYPES.has(mediaType(contentType))) {
        return send(res, 415, {
          requestId,
          code: Codes.INVALID_PARAM,
          message: 'content-type must be application/json or multipart/form-data',
        });
      }
      // Checked before anything is parsed or dispatched: a refused request has changed nothing.
      const unsigned = checkAuthorization(req, credentials);
      if (unsigned)
        return send(res, 200, { requestId, code: SIGN_PARAM_INVALID, message: `${unsigned}: sign with this data folder's credentials` });
      const body = parseBody(await readBody(req), contentType);
      const refused = verifyTc3(req, body, credentials);
      if (refused)
        return send(res, 200, { requestId, code: SIGN_PARAM_INVALID, message: `${refused}: sign with this data folder's credentials` });
      const action = typeof body.action === 'string' ? body.action : '';
      if (db.handles(action)) return send(res, 200, { requestId, ...(await db.call(action, body)) });
      const fn = actions.get(action);
      if (!fn) throw new DbError(Codes.INVALID_ACTION, `the local CloudBase emulator has no handler for action "${action}"`);
      const env = url.searchParams.get('env') || (typeof body.envName === 'string' && body.envName) || 'local';
      const data = await fn(body, ctxFor(env));
      // A plugin's store writes (cloud pay's records) are as durable as the database's before the answer.
      await store.durable();
      if (Buffer.isBuffer(data)) {
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': data.length });
        return void res.end(data);
      }
      send(res, 200, { requestId, data });
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      const message = e instanceof Error ? e.message : String(e);
      if (typeof code === 'string' && code) return send(res, 200, { requestId, code, message });
      console.error('[emulator]', e);
      send(res, 200, { requestId, code: Codes.SYS_ERR, message });
    }
  }

  /** /__stats*: the same signature as /admin (a GET signs an empty payload). */
  async function statsAllowed(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
    let body: Doc | undefined;
    try {
      if (req.method !== 'GET') body = parseBody(await readBody(req), String(req.headers['content-type'] ?? ''));
    } catch {
      body = undefined; // an unreadable body cannot carry a valid signature of a POST
    }
    const refused = req.method !== 'GET' && !body ? 'unreadable body' : verifyTc3(req, body, credentials);
    if (refused) send(res, 401, { code: SIGN_PARAM_INVALID, message: `${refused}: sign with this data folder's credentials` });
    return !refused;
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = parseTarget(req.url);
    if (!url) return send(res, 400, { code: Codes.INVALID_PARAM, message: 'malformed URL' });
    if (!isLocalHostHeader(req.headers.host)) {
      return send(res, 403, {
        code: 'INVALID_HOST',
        message: 'the local CloudBase answers only requests addressed to localhost or an IP address',
      });
    }
    const path = url.pathname;
    const guarded = path === '/admin' || path.startsWith('/admin/') || path === '/__stats' || path.startsWith('/__stats/');
    if (guarded && fromBrowser(req)) {
      return send(res, 403, { code: 'INVALID_REQUEST_SOURCE', message: 'the local CloudBase does not answer web pages' });
    }
    if (req.method === 'POST' && (path === '/admin' || path.startsWith('/admin/'))) return admin(req, res, url);
    if (path === '/__stats' || path === '/__stats/transactions' || path === '/__stats/reset') {
      if (!(await statsAllowed(req, res))) return;
      if (req.method === 'GET' && path === '/__stats') return send(res, 200, db.stats());
      if (req.method === 'GET' && path === '/__stats/transactions') return send(res, 200, db.txStats());
      if (req.method === 'POST' && path === '/__stats/reset') {
        db.resetStats();
        return send(res, 200, { ok: true });
      }
    }
    for (const p of plugins) if (p.route && (await p.route(req, res, ctxFor(url.searchParams.get('env') || 'local')))) return;
    send(res, 404, { code: 'NOT_FOUND', message: `no route for ${req.method} ${path}` });
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      console.error('[emulator]', e);
      if (!res.headersSent) send(res, 500, { code: Codes.SYS_ERR, message: (e as Error).message });
      else res.end();
    });
  });
  const host = opts.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, host, () => resolve());
    });
  } catch (e) {
    db.close();
    store.close();
    throw e;
  }
  const port = (server.address() as AddressInfo).port;
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  baseUrl = `http://${urlHost}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url: baseUrl,
    serviceUrl: `${baseUrl}/admin`,
    port,
    credentials,
    store: api,
    stats: () => db.stats(),
    txStats: () => db.txStats(),
    resetStats: () => db.resetStats(),
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => {
        db.close();
        store.close();
      });
      return closing;
    },
  };
}
