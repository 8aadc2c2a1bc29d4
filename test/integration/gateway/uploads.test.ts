/**
 * Photos through the real gateway: an upload is judged by its bytes (JPEG, PNG, WebP, GIF), capped at
 * 10 MB and at UPLOAD_DAILY_LIMIT a day per user; stored files are served inert; /api/file answers only
 * a signed-in caller (bearer token, or the session cookie an <img> sends).
 */
import fs from 'node:fs';
import { join } from 'node:path';
import { getCloud } from '@/server/cloud';
import { UPLOAD_DAILY_LIMIT } from '../../../emulator/gateway/upload';
import { useLocalCloud } from '../../helpers/local-cloud';

jest.setTimeout(120_000);
const cloud = useLocalCloud();
const DAY = 24 * 3600 * 1000;

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(20)]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([26, 0, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.alloc(18)]);
const GIF = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(20)]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="fetch(\'/api/fn/user\')"><script>alert(1)</script></svg>');

let token = '';
beforeAll(async () => {
  token = (await cloud.as('demo-resident')).token;
});

async function send(data: Buffer, name: string, type: string, opts: { token?: string; now?: number } = {}) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)], { type }), name);
  const headers: Record<string, string> = {};
  if (opts.token ?? token) headers.authorization = `Bearer ${opts.token ?? token}`;
  if (opts.now) headers['x-local-now'] = String(opts.now);
  const res = await fetch(`${cloud.gateway.url}/api/upload`, { method: 'POST', headers, body: form });
  return { status: res.status, body: (await res.json()) as any };
}

const storedUploads = (): string[] => {
  const dir = join(cloud.dataDir, 'cloudbase', 'storage', 'local', 'uploads');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

/** GET /api/file as the H5 app's <img> would (no redirect following), with these headers. */
const fileRoute = (fileID: string, headers: Record<string, string> = {}) =>
  fetch(`${cloud.gateway.url}/api/file?fileID=${encodeURIComponent(fileID)}`, { headers, redirect: 'manual' });

test('stores JPEG, PNG, WebP and GIF under the type their bytes show, whatever the form declares', async () => {
  const cases: [Buffer, string, string, string, string][] = [
    [PNG, 'photo.svg', 'image/svg+xml', 'png', 'image/png'],
    [JPEG, 'photo.png', 'image/png', 'jpg', 'image/jpeg'],
    [WEBP, 'x.html', 'text/html', 'webp', 'image/webp'],
    [GIF, 'no-extension', 'application/octet-stream', 'gif', 'image/gif'],
  ];
  for (const [bytes, name, declared, ext, served] of cases) {
    const { status, body } = await send(bytes, name, declared);
    expect([name, status]).toEqual([name, 200]);
    expect(body.fileID).toMatch(new RegExp(`^cloud://.+/uploads/f[0-9a-z]+\\.${ext}$`));
    const shown = await fetch(body.url);
    expect(shown.headers.get('content-type')).toBe(served);
    expect(Buffer.from(await shown.arrayBuffer()).equals(bytes)).toBe(true);
  }
});

test('refuses an SVG with a script, HTML or text, whatever it is called, and stores nothing', async () => {
  const before = storedUploads();
  for (const [bytes, name, type] of [
    [SVG, 'photo.svg', 'image/svg+xml'],
    [SVG, 'photo.png', 'image/png'],
    [Buffer.from('<html><script>alert(1)</script></html>'), 'photo.jpg', 'image/jpeg'],
    [Buffer.from('just text'), 'photo.gif', 'image/gif'],
  ] as [Buffer, string, string][]) {
    expect(await send(bytes, name, type)).toEqual({
      status: 415,
      body: { ok: false, code: 'UPLOAD_NOT_IMAGE', message: '只能上传 JPG、PNG、WebP 或 GIF 图片' },
    });
  }
  expect(await send(Buffer.alloc(0), 'empty.png', 'image/png')).toMatchObject({ status: 400, body: { ok: false, code: 'UPLOAD_EMPTY' } });
  expect(await send(PNG, 'photo.png', 'image/png', { token: 'forged.token' })).toEqual({
    status: 401,
    body: { ok: false, code: 'UNAUTHENTICATED', message: '请先登录' },
  });
  expect(storedUploads()).toEqual(before);
});

test('takes an image of exactly 10 MB and refuses a larger one, saying the limit', async () => {
  const tenMb = Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024 - PNG.length)]);
  expect((await send(tenMb, 'big.png', 'image/png')).status).toBe(200);
  const before = storedUploads();
  const refusal = { status: 413, body: { ok: false, code: 'UPLOAD_TOO_LARGE', message: '图片不能超过 10 MB，请换一张小一些的' } };
  expect(await send(Buffer.concat([tenMb, Buffer.alloc(1)]), 'big.png', 'image/png')).toEqual(refusal);
  expect(await send(Buffer.concat([tenMb, Buffer.alloc(10 * 1024 * 1024)]), 'huge.png', 'image/png')).toEqual(refusal);
  expect(storedUploads()).toEqual(before);
});

test(`a user may upload ${UPLOAD_DAILY_LIMIT} images a day; then 429 RATE_LIMITED until the next day`, async () => {
  const busy = (await cloud.as('upload-busy')).token;
  const t = Date.UTC(2030, 0, 10, 1);
  const answers = await Promise.all(
    Array.from({ length: UPLOAD_DAILY_LIMIT + 5 }, () => send(PNG, 'p.png', 'image/png', { token: busy, now: t })),
  );
  expect(answers.filter((a) => a.status === 200)).toHaveLength(UPLOAD_DAILY_LIMIT);
  const refused = answers.filter((a) => a.status !== 200);
  expect(refused).toHaveLength(5);
  for (const r of refused)
    expect(r).toEqual({ status: 429, body: { ok: false, code: 'RATE_LIMITED', message: '今天上传的图片太多了，请明天再试' } });
  // Someone else is not held back; the same user is welcome again a day later.
  expect((await send(PNG, 'p.png', 'image/png', { now: t })).status).toBe(200);
  expect((await send(PNG, 'p.png', 'image/png', { token: busy, now: t + DAY + 60_000 })).status).toBe(200);
});

test('/api/file hands a short-lived signed URL only to a signed-in caller: bearer token or the session cookie', async () => {
  const { body } = await send(PNG, 'p.png', 'image/png');
  const anonymous = await fileRoute(body.fileID);
  expect(anonymous.status).toBe(401);
  expect(await anonymous.json()).toEqual({ ok: false, code: 'UNAUTHENTICATED', message: '请先登录' });

  const login = await fetch(`${cloud.gateway.url}/api/dev/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"openid":"demo-volunteer"}',
  });
  const setCookie = login.headers.get('set-cookie') ?? '';
  expect(setCookie).toMatch(/^civic_file_session=[\w-]+\.[\w-]{43}; Max-Age=604800; Path=\/api\/file; HttpOnly; SameSite=Strict$/);
  const cookie = setCookie.split(';')[0];
  expect((await fileRoute(body.fileID, { cookie: 'civic_file_session=forged.cookie' })).status).toBe(401);

  for (const headers of [{ cookie }, { authorization: `Bearer ${token}` }] as Record<string, string>[]) {
    const redirect = await fileRoute(body.fileID, headers);
    expect(redirect.status).toBe(302);
    const location = new URL(redirect.headers.get('location') ?? '');
    expect(Number(location.searchParams.get('t'))).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 600);
    const image = await fetch(location);
    expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true);
    location.searchParams.delete('sign');
    expect((await fetch(location)).status).toBe(403);
  }
  expect((await fileRoute(`${body.fileID}-gone`, { cookie })).status).toBe(404);

  // A session the app already holds (a token, no cookie yet) gets the cookie on its next call.
  const call = await fetch(`${cloud.gateway.url}/api/fn/user`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: '{"action":"login"}',
  });
  expect(call.headers.get('set-cookie')).toContain(`civic_file_session=${token};`);
});

test("every stored file is served inert: nosniff, a sandboxing CSP, its extension's type, and a download unless a raster image", async () => {
  const storage = getCloud();
  const { fileID: svgID } = await storage.uploadFile({ cloudPath: 'x/evil.svg', fileContent: SVG });
  const { fileID: htmlID } = await storage.uploadFile({ cloudPath: 'x/evil.html', fileContent: Buffer.from('<script>alert(1)</script>') });
  const { fileID: pngID } = await storage.uploadFile({ cloudPath: 'x/ok.png', fileContent: PNG });
  const { fileList } = (await storage.getTempFileURL({ fileList: [svgID, htmlID, pngID] })) as { fileList: { tempFileURL: string }[] };
  const [svg, html, png] = await Promise.all(fileList.map((f) => fetch(f.tempFileURL)));
  for (const res of [svg, html, png]) {
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; img-src 'self'; sandbox");
  }
  expect([svg.headers.get('content-type'), svg.headers.get('content-disposition')]).toEqual(['image/svg+xml', 'attachment']);
  expect([html.headers.get('content-type'), html.headers.get('content-disposition')]).toEqual(['application/octet-stream', 'attachment']);
  expect([png.headers.get('content-type'), png.headers.get('content-disposition')]).toEqual(['image/png', null]);
});
