import { existsSync, promises as fs, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
/** Text compresses (app.js 244 KB → ~75 KB gzip); images and woff2 are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.map', '.txt', '.ttf']);
/** Below this a compressed body saves less than its headers cost. */
const MIN_COMPRESS = 1024;
/** Webpack's content hash in a name (`app.3202eee3.js`, `103.b57fea67e67e74c2dcf8.css`): the name changes with the bytes. */
const HASHED = /\.[0-9a-f]{8,}\.[a-z0-9]+$/;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

type Encoding = 'br' | 'gzip';
type Entry = { key: string; etag: string; bodies: Partial<Record<Encoding, Promise<Buffer>>> };
/**
 * Compressed bodies per file, kept while the file's size and mtime stay the same (a rebuild writes new names,
 * and a rewritten index.html gets a new mtime). Compressed on first request, off the event loop (zlib's thread
 * pool); concurrent first requests share one promise, so a file is compressed once per encoding.
 */
const cache = new Map<string, Entry>();

function entryFor(file: string, size: number, mtimeMs: number): Entry {
  const key = `${size}-${Math.floor(mtimeMs)}`;
  const hit = cache.get(file);
  if (hit?.key === key) return hit;
  const entry: Entry = { key, etag: `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`, bodies: {} };
  cache.set(file, entry);
  return entry;
}

function compress(file: string, encoding: Encoding): Promise<Buffer> {
  return fs.readFile(file).then((raw) =>
    encoding === 'br'
      ? // Quality 9 of 11: within ~3 % of the best ratio at a fraction of its time (served on first request).
        brotliAsync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } })
      : gzipAsync(raw, { level: 9 }),
  );
}

/** The best encoding the browser accepts (`br` only when it asks; `q=0` refuses). */
export function pickEncoding(accept: string | undefined): Encoding | null {
  const offered = new Map<string, number>();
  for (const part of (accept ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    offered.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const ok = (name: string) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  if (offered.has('br') && ok('br')) return 'br';
  if (offered.has('gzip') && ok('gzip')) return 'gzip';
  return null;
}

/** Hashed build output never changes under its name; index.html is checked every time (ETag → 304). */
function cacheControl(file: string): string {
  if (file.endsWith('.html')) return 'no-cache';
  return HASHED.test(basename(file)) ? 'public, max-age=31536000, immutable' : 'public, max-age=300';
}

function fresh(req: IncomingMessage, etag: string): boolean {
  const tags = req.headers['if-none-match'];
  return !!tags && tags.split(',').some((t) => t.trim() === etag || t.trim() === '*');
}

/** Serves the H5 build; unknown paths get index.html (the app routes by hash). */
export async function serveStatic(root: string, urlPath: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('malformed URL');
    return;
  }
  const clean = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('H5 build not found: run `npm run build:h5` (npm start does it for you).');
    return;
  }
  const stat = statSync(file);
  const entry = entryFor(file, stat.size, stat.mtimeMs);
  const ext = extname(file);
  const compressible = COMPRESSIBLE.has(ext);
  const headers: Record<string, string | number> = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': cacheControl(file),
    etag: entry.etag,
  };
  // Caches between us and the browser keep one copy per encoding.
  if (compressible) headers.vary = 'Accept-Encoding';
  if (fresh(req, entry.etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const encoding = compressible && stat.size >= MIN_COMPRESS ? pickEncoding(req.headers['accept-encoding']) : null;
  let body: Buffer;
  if (encoding) {
    const pending = (entry.bodies[encoding] ??= compress(file, encoding));
    // A failed compression is not cached: the next request tries again.
    body = await pending.catch((err: unknown) => {
      delete entry.bodies[encoding];
      throw err;
    });
    headers['content-encoding'] = encoding;
  } else {
    body = await fs.readFile(file);
  }
  headers['content-length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
