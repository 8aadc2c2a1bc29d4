/**
 * The storage host the SDK talks to after getUploadMetadata / batchGetDownloadUrl, in COS's manner:
 *   PUT  /__storage/<env>/<path>              header authorization "<expires>:<hmac>" → 200, empty body
 *   GET  /__storage/<env>/<path>?t=&sign=     (HEAD too) → the bytes, or 403 once expired, 404 when deleted
 * Errors are COS's XML `<Error><Code/><Message/><Resource/><RequestId/><TraceId/></Error>`, which the SDK parses.
 *
 * Every answer is inert in a browser whatever was stored: the content type comes from the stored name's
 * extension only, `nosniff` keeps the browser from guessing another, the CSP (`sandbox`, nothing may load)
 * keeps even an SVG or HTML file from running script when opened, and anything but a raster image is
 * served as a download.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import { STORAGE_PREFIX, type StorageCtx } from './actions';
import { contentTypeOf, isFile, localPath, writeFileDurably } from './files';
import { nowSeconds, verify } from './sign';

export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

/** Headers for every answer of the storage host (see the header comment). */
const INERT = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; img-src 'self'; sandbox",
} as const;
const RASTER = /\.(png|jpe?g|gif|webp)$/i;

const esc = (s: string): string => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

function sendError(res: http.ServerResponse, status: number, code: string, message: string, resource: string): void {
  const id = randomBytes(12).toString('base64');
  const xml =
    `<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>${code}</Code><Message>${esc(message)}</Message>` +
    `<Resource>${esc(resource)}</Resource><RequestId>${id}</RequestId><TraceId>${id}</TraceId></Error>`;
  res.writeHead(status, { ...INERT, 'content-type': 'application/xml', 'content-length': Buffer.byteLength(xml) });
  res.end(xml);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on('end', () => resolve(size <= limit ? Buffer.concat(chunks) : null));
    req.on('error', reject);
  });
}

/** `/__storage/<env>/<a>/<b>` → { env, cloudPath: 'a/b' } (segments percent-decoded), or null. */
export function parseStoragePath(pathname: string): { env: string; cloudPath: string } | null {
  if (!pathname.startsWith(`${STORAGE_PREFIX}/`)) return null;
  try {
    const [env, ...rest] = pathname
      .slice(STORAGE_PREFIX.length + 1)
      .split('/')
      .map(decodeURIComponent);
    return rest.length ? { env, cloudPath: rest.join('/') } : null;
  } catch {
    return null;
  }
}

async function upload(req: http.IncomingMessage, res: http.ServerResponse, ctx: StorageCtx, env: string, cloudPath: string, file: string) {
  const [exp, sig] = String(req.headers.authorization ?? '').split(':');
  const expires = Number(exp);
  if (!Number.isInteger(expires) || !verify(ctx.dataDir, 'put', env, cloudPath, expires, sig ?? '')) {
    return sendError(res, 403, 'SignatureDoesNotMatch', 'The upload signature does not match', cloudPath);
  }
  if (expires < nowSeconds()) return sendError(res, 403, 'AccessDenied', 'Request has expired', cloudPath);
  const body = await readBody(req, MAX_UPLOAD_BYTES);
  if (!body) return sendError(res, 400, 'EntityTooLarge', `Files are limited to ${MAX_UPLOAD_BYTES} bytes`, cloudPath);
  await writeFileDurably(ctx.dataDir, file, body);
  res.writeHead(200, { 'content-length': 0 });
  res.end();
}

async function download(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  ctx: StorageCtx,
  url: URL,
  env: string,
  cloudPath: string,
  file: string,
) {
  const t = Number(url.searchParams.get('t'));
  if (!Number.isInteger(t) || !verify(ctx.dataDir, 'get', env, cloudPath, t, url.searchParams.get('sign') ?? '')) {
    return sendError(res, 403, 'AccessDenied', 'Invalid signature', cloudPath);
  }
  if (t < nowSeconds()) return sendError(res, 403, 'AccessDenied', 'Request has expired', cloudPath);
  if (!(await isFile(file))) return sendError(res, 404, 'NoSuchKey', 'The specified key does not exist.', cloudPath);
  const { size } = await fs.promises.stat(file);
  res.writeHead(200, {
    ...INERT,
    'content-type': contentTypeOf(cloudPath),
    'content-length': size,
    'cache-control': 'private',
    ...(RASTER.test(cloudPath) ? {} : { 'content-disposition': 'attachment' }),
  });
  if (req.method === 'HEAD') return res.end();
  await new Promise<void>((resolve, reject) => {
    fs.createReadStream(file).on('error', reject).on('end', resolve).pipe(res);
  });
}

export async function storageRoute(req: http.IncomingMessage, res: http.ServerResponse, ctx: StorageCtx): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://emulator.local');
  const target = parseStoragePath(url.pathname);
  if (!target && !url.pathname.startsWith(`${STORAGE_PREFIX}/`)) return false;
  if (!target) {
    sendError(res, 400, 'InvalidURI', 'Malformed storage URL', url.pathname);
    return true;
  }
  const { env, cloudPath } = target;
  let file: string;
  try {
    file = localPath(ctx.dataDir, env, cloudPath);
  } catch (e) {
    sendError(res, 400, 'InvalidURI', (e as Error).message, url.pathname);
    return true;
  }
  if (req.method === 'PUT') await upload(req, res, ctx, env, cloudPath, file);
  else if (req.method === 'GET' || req.method === 'HEAD') await download(req, res, ctx, url, env, cloudPath, file);
  else sendError(res, 405, 'MethodNotAllowed', `${req.method ?? ''} is not allowed`, cloudPath);
  return true;
}
