/** The gateway's H5 files: compressed when the browser asks, hashed files cached for good, index.html revalidated. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { pickEncoding, serveStatic } from '../../../emulator/gateway/static';

const root = mkdtempSync(join(tmpdir(), 'civic-static-'));
const APP = `/* app */\n${'console.log("文明实践 first load");\n'.repeat(2000)}`;
let server: Server;
let base: string;

beforeAll(async () => {
  mkdirSync(join(root, 'js'));
  writeFileSync(join(root, 'js', 'app.3202eee3.js'), APP);
  writeFileSync(join(root, 'js', 'tiny.0123abcd.js'), 'x()');
  writeFileSync(join(root, 'index.html'), `<!doctype html><title>文明实践</title>${'<!-- pad -->'.repeat(200)}`);
  writeFileSync(join(root, 'logo.png'), Buffer.alloc(4096, 7));
  server = createServer((req, res) => void serveStatic(root, req.url ?? '/', req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('a hashed script: brotli when asked, gzip otherwise, plain without Accept-Encoding; cached for a year', async () => {
  const br = await get('/js/app.3202eee3.js', { 'accept-encoding': 'gzip, deflate, br' });
  expect(br.status).toBe(200);
  expect(br.headers['content-encoding']).toBe('br');
  expect(br.headers.vary).toBe('Accept-Encoding');
  expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(Number(br.headers['content-length'])).toBe(br.body.length);
  expect(br.body.length).toBeLessThan(APP.length / 10);
  expect(brotliDecompressSync(br.body).toString()).toBe(APP);

  const gz = await get('/js/app.3202eee3.js', { 'accept-encoding': 'gzip' });
  expect(gz.headers['content-encoding']).toBe('gzip');
  expect(gunzipSync(gz.body).toString()).toBe(APP);

  const plain = await get('/js/app.3202eee3.js');
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.toString()).toBe(APP);
  expect(plain.headers.vary).toBe('Accept-Encoding');
});

test('index.html: no-cache with an ETag; the same ETag answers 304 with no body; a rewrite changes it', async () => {
  const first = await get('/', { 'accept-encoding': 'gzip' });
  expect(first.status).toBe(200);
  expect(first.headers['cache-control']).toBe('no-cache');
  expect(first.headers['content-encoding']).toBe('gzip');
  const etag = String(first.headers.etag);
  expect(etag).toMatch(/^W\/".+"$/);

  const again = await get('/', { 'if-none-match': etag, 'accept-encoding': 'gzip' });
  expect(again.status).toBe(304);
  expect(again.body.length).toBe(0);
  expect(again.headers.etag).toBe(etag);

  // A rebuild writes index.html anew: new bytes, new mtime, a new ETag and a fresh compressed copy.
  const html = join(root, 'index.html');
  writeFileSync(html, `<!doctype html><title>新版</title>${'<!-- pad -->'.repeat(300)}`);
  utimesSync(html, new Date(), new Date(Date.now() + 5_000));
  const rebuilt = await get('/', { 'if-none-match': etag, 'accept-encoding': 'gzip' });
  expect(rebuilt.status).toBe(200);
  expect(rebuilt.headers.etag).not.toBe(etag);
  expect(gunzipSync(rebuilt.body).toString()).toContain('新版');
});

test('small files and images go uncompressed; HEAD sends headers only; unknown paths get index.html', async () => {
  const tiny = await get('/js/tiny.0123abcd.js', { 'accept-encoding': 'br' });
  expect(tiny.headers['content-encoding']).toBeUndefined();
  expect(tiny.body.toString()).toBe('x()');
  const png = await get('/logo.png', { 'accept-encoding': 'gzip, br' });
  expect(png.headers['content-encoding']).toBeUndefined();
  expect(png.headers.vary).toBeUndefined();
  expect(png.headers['cache-control']).toBe('public, max-age=300');
  const head = await get('/js/app.3202eee3.js', { 'accept-encoding': 'br' }, 'HEAD');
  expect(head.status).toBe(200);
  expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
  expect(head.body.length).toBe(0);
  const route = await get('/pages/me/index');
  expect(route.headers['content-type']).toBe('text/html; charset=utf-8');
});

test('Accept-Encoding: br only when offered, q=0 refuses', () => {
  expect(pickEncoding('gzip, deflate, br')).toBe('br');
  expect(pickEncoding('gzip')).toBe('gzip');
  expect(pickEncoding('br;q=0, gzip')).toBe('gzip');
  expect(pickEncoding('identity')).toBeNull();
  expect(pickEncoding('*')).toBeNull();
  expect(pickEncoding(undefined)).toBeNull();
});
