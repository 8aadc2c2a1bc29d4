/**
 * Who may talk to the local CloudBase: whoever holds the data folder's credentials, checked the way
 * CloudBase checks them.
 *
 * Credentials: `<dataDir>/credentials.json` (mode 0600) `{ secretId, secretKey }`, made once per data
 * folder. The gateway and the tests hand them to wx-server-sdk through TENCENTCLOUD_SECRETID /
 * TENCENTCLOUD_SECRETKEY (sdk-env.ts), as WeChat's runtime does for a deployed function.
 *
 * What @cloudbase/node-sdk 3.17.2 sends (utils/tcbapirequester.js getHeaders → @cloudbase/signature-nodejs
 * 2.2.0 Signer.tc3sign), and what `verifyTc3` recomputes from the request as received:
 *   Authorization: TC3-HMAC-SHA256 Credential=<secretId>/<yyyy-mm-dd>/tcb/tc3_request,
 *                  SignedParams=<k;…>, SignedHeaders=<content-type;host;user-agent;…>, Signature=<hex>
 *   X-Timestamp: <unix seconds>   X-Signature-Expires: 600
 * canonical request = method (as the SDK passes it: 'post') \n //host/path \n query \n
 *   each signed header `name:value` (trimmed, lower-cased; multipart content type without its boundary) \n
 *   \n signed header names \n sha256 over `&key=value\r\n` for each body field, keys lower-cased and sorted,
 *   values as strings (objects JSON-encoded, multipart files as bytes), empty values skipped (GET: sha256 of '');
 * signature = HMAC chain TC3<secretKey> → date → 'tcb' → 'tc3_request' → "TC3-HMAC-SHA256\n<ts>\n<scope>\n<sha256(canonical)>".
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

/**
 * Headers only a browser adds (Origin on every cross-origin or POST request, Sec-Fetch-Site on every request
 * of current browsers): no SDK sends them, so a web page's request is recognised and refused. Not
 * Sec-Fetch-Mode: Node's own fetch sends that one.
 */
export const fromBrowser = (req: http.IncomingMessage): boolean =>
  req.headers.origin !== undefined || req.headers['sec-fetch-site'] !== undefined;

/** localhost or an IP literal, with an optional port: a rebound DNS name would carry its own name. */
export function isLocalHostHeader(host: string | undefined): boolean {
  if (!host) return false;
  const m = /^(\[[0-9a-f:.]+\]|[^:]+)(?::\d{1,5})?$/i.exec(host);
  if (!m) return false;
  const name = m[1].toLowerCase();
  return name === 'localhost' || name.startsWith('[') || /^\d{1,3}(\.\d{1,3}){3}$/.test(name);
}

/** A request target whose path does not percent-decode (`/%`, `/%E0%A4%A`), or no URL at all: null. */
export function parseTarget(target: string | undefined): URL | null {
  try {
    const url = new URL(target ?? '/', 'http://emulator.local');
    decodeURIComponent(url.pathname);
    return url;
  } catch {
    return null;
  }
}

export type Credentials = { secretId: string; secretKey: string };

/** CloudBase's answer to a request whose authentication is missing, malformed, stale or wrong. */
export const SIGN_PARAM_INVALID = 'SIGN_PARAM_INVALID';
/** How old a signature may be (the SDK declares X-Signature-Expires: 600), and how far ahead of us. */
export const SIGNATURE_MAX_AGE_SECONDS = 600;
const CLOCK_SKEW_SECONDS = 60;

export const credentialsFile = (dataDir: string): string => path.join(dataDir, 'credentials.json');

function parseCredentials(text: string, file: string): Credentials {
  const c = JSON.parse(text) as Partial<Credentials>;
  if (typeof c.secretId !== 'string' || typeof c.secretKey !== 'string' || !c.secretId || !c.secretKey) {
    throw new Error(`${file} must hold { "secretId": "…", "secretKey": "…" }`);
  }
  return { secretId: c.secretId, secretKey: c.secretKey };
}

/** The data folder's credentials, made on first use (exclusive create, so two starters agree on one). */
export function credentialsFor(dataDir: string): Credentials {
  const file = credentialsFile(dataDir);
  const fresh: Credentials = {
    secretId: `AKIDlocal${randomBytes(16).toString('hex')}`,
    secretKey: randomBytes(24).toString('base64url'),
  };
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, `${JSON.stringify(fresh)}\n`, { flag: 'wx', mode: 0o600 });
    return fresh;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  return parseCredentials(fs.readFileSync(file, 'utf8'), file);
}

/** The credentials of an emulator's data folder, for a client in another process (it must be able to read the file). */
export function readCredentials(dataDir: string): Credentials {
  const file = credentialsFile(dataDir);
  return parseCredentials(fs.readFileSync(file, 'utf8'), file);
}

const AUTHORIZATION =
  /^TC3-HMAC-SHA256 Credential=([^/\s,]+)\/(\d{4}-\d{2}-\d{2})\/tcb\/tc3_request,(?: SignedParams=[^,]*,)? SignedHeaders=([a-z0-9;_-]+), Signature=([0-9a-f]{64})$/;

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data).digest();

/** The day's signing key (TC3<secretKey> → date → 'tcb' → 'tc3_request'): the same for every request of that day, so made once. */
const signingKeys = new Map<string, Buffer>();
function signingKey(secretKey: string, date: string): Buffer {
  const id = `${date}\n${secretKey}`;
  let key = signingKeys.get(id);
  if (!key) {
    key = hmac(hmac(hmac(`TC3${secretKey}`, date), 'tcb'), 'tc3_request');
    if (signingKeys.size >= 16) signingKeys.clear(); // a few days × a few data folders at most
    signingKeys.set(id, key);
  }
  return key;
}

/** encodeURIComponent plus the characters COS/TC3 also escapes (Signer.camSafeUrlEncode). */
const camSafe = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Signer.formatKeyAndValue on the parsed body: lower-cased keys, values as the signer saw them. */
function bodyHash(body: Record<string, unknown>, multipart: boolean): string {
  const kv = new Map<string, string | Buffer>();
  for (const key of Object.keys(body)) {
    const v = body[key];
    if (v === undefined) continue;
    const value = Buffer.isBuffer(v) && multipart ? v : typeof v === 'string' ? v.trim() : JSON.stringify(v).trim();
    kv.set(camSafe(key.toLowerCase().trim()), value);
  }
  const hash = createHash('sha256');
  for (const key of [...kv.keys()].sort((l, r) => l.localeCompare(r))) {
    const value = kv.get(key)!;
    if (value === '') continue; // the signer skips falsy values ('' — a Buffer, even empty, is not falsy)
    hash.update(`&${key}=`);
    hash.update(value);
    hash.update('\r\n');
  }
  return hash.digest('hex');
}

type Parsed = { secretId: string; date: string; names: string[]; signature: string; timestamp: number };

function parseAuthorization(req: http.IncomingMessage, creds: Credentials, nowSeconds: number): Parsed | string {
  const auth = AUTHORIZATION.exec(String(req.headers.authorization ?? ''));
  if (!auth) return 'missing or malformed Authorization header (a TC3-HMAC-SHA256 signature is required)';
  const [, secretId, date, signedList, signature] = auth;
  const given = Buffer.from(secretId);
  const ours = Buffer.from(creds.secretId);
  if (given.length !== ours.length || !timingSafeEqual(given, ours)) return 'unknown SecretId';
  const timestamp = Number(req.headers['x-timestamp']);
  if (!Number.isSafeInteger(timestamp)) return 'missing X-Timestamp header';
  if (timestamp < nowSeconds - SIGNATURE_MAX_AGE_SECONDS || timestamp > nowSeconds + CLOCK_SKEW_SECONDS) return 'signature expired';
  if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date) return 'credential date does not match X-Timestamp';
  const names = signedList.split(';');
  if (!names.includes('host') || !names.includes('content-type')) return 'host and content-type must be signed';
  return { secretId, date, names, signature, timestamp };
}

/**
 * The part of the check that needs no body: a well-formed Authorization naming our SecretId, a fresh
 * timestamp. Run first, so a caller without the credentials learns nothing about how a body is parsed.
 */
export function checkAuthorization(
  req: http.IncomingMessage,
  creds: Credentials,
  nowSeconds = Math.floor(Date.now() / 1000),
): string | null {
  const parsed = parseAuthorization(req, creds, nowSeconds);
  return typeof parsed === 'string' ? parsed : null;
}

/**
 * Checks a request's TC3 signature against `creds`. `body` is the parsed body (JSON fields, or multipart
 * fields with files as Buffers), undefined for a GET. Answers the reason it is refused, or null.
 */
export function verifyTc3(
  req: http.IncomingMessage,
  body: Record<string, unknown> | undefined,
  creds: Credentials,
  nowSeconds = Math.floor(Date.now() / 1000),
): string | null {
  const parsed = parseAuthorization(req, creds, nowSeconds);
  if (typeof parsed === 'string') return parsed;
  const { date, names, signature, timestamp } = parsed;
  const lines: string[] = [];
  for (const name of names) {
    const raw = req.headers[name];
    if (raw === undefined) return `signed header ${name} is missing`;
    const value = Array.isArray(raw) ? raw.join(', ') : raw;
    // The signer keeps the content type as given, except a multipart one, which it signs without its boundary.
    const canonical =
      name === 'content-type' ? (value.startsWith('multipart/form-data') ? 'multipart/form-data' : value) : value.trim().toLowerCase();
    lines.push(`${name}:${canonical}`);
  }
  const target = req.url ?? '/';
  const q = target.indexOf('?');
  const pathname = q === -1 ? target : target.slice(0, q);
  const query = q === -1 ? '' : target.slice(q + 1);
  const method = (req.method ?? 'GET').toLowerCase();
  const multipart = String(req.headers['content-type'] ?? '').startsWith('multipart/form-data');
  const payload = method === 'get' || body === undefined ? sha256('') : bodyHash(body, multipart);
  const canonicalRequest = `${method}\n//${req.headers.host ?? ''}${pathname}\n${query}\n${lines.join('\n')}\n\n${names.join(';')}\n${payload}`;

  const scope = `${date}/tcb/tc3_request`;
  const stringToSign = `TC3-HMAC-SHA256\n${timestamp}\n${scope}\n${sha256(canonicalRequest)}`;
  const expected = hmac(signingKey(creds.secretKey, date), stringToSign);
  return timingSafeEqual(expected, Buffer.from(signature, 'hex')) ? null : 'signature does not match';
}
