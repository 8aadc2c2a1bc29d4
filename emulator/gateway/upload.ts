/**
 * The H5 stand-ins for WeChat's own photo handling (in weapp, Taro.cloud.uploadFile and <image src="cloud://…">):
 *   POST /api/upload  multipart, one file, a bearer token → { ok: true, fileID, url }
 *   GET  /api/file?fileID=cloud://…  a signed-in caller → 302 to a temporary (10 min) signed storage URL
 *
 * An upload is trusted for nothing it declares: the type comes from the bytes (JPEG, PNG, WebP or GIF magic
 * numbers; an SVG, HTML or anything else is refused), the stored name is a fresh id with the detected
 * extension, the size is capped at 10 MB (WeChat's image content check takes no larger image), and each
 * user may upload UPLOAD_DAILY_LIMIT images a day (counted in the database: takeHit, key upload:<userId>).
 *
 * An <img> cannot send an Authorization header, so /api/file also takes the session cookie the gateway
 * sets next to the bearer token (auth.ts SESSION_COOKIE: HttpOnly, SameSite=Strict, Path=/api/file).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getCloud } from '../../src/server/cloud';
import { newId, userIdOf } from '../../src/server/shared/ids';
import { takeHit, type LimitRule } from '../../src/server/shared/rate-limit';
import { cookieToken, type DevAuth } from './auth';
import { sendJson } from './http';
import { firstFilePart } from './multipart';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Room for the multipart envelope around one image. */
const MAX_FORM_BYTES = MAX_IMAGE_BYTES + 64 * 1024;
/** Beyond this the connection is cut instead of drained to answer 413. */
const DRAIN_LIMIT = 64 * 1024 * 1024;
/** A wish takes at most 3 photos and a listing 9: 60 a day leaves room for retakes without inviting a flood. */
export const UPLOAD_DAILY_LIMIT = 60;
export const UPLOAD_RULE: LimitRule = { limit: UPLOAD_DAILY_LIMIT, windowMs: 24 * 3600 * 1000 };
/** How long the URL /api/file redirects to stays valid. */
export const FILE_URL_SECONDS = 600;

export type ImageKind = { ext: 'jpg' | 'png' | 'webp' | 'gif'; type: string };

/** The image format the bytes begin with, or null: never the declared type or the file name. */
export function sniffImage(b: Buffer): ImageKind | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return { ext: 'jpg', type: 'image/jpeg' };
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return { ext: 'png', type: 'image/png' };
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP')
    return { ext: 'webp', type: 'image/webp' };
  if (b.length >= 6 && /^GIF8[79]a$/.test(b.toString('latin1', 0, 6))) return { ext: 'gif', type: 'image/gif' };
  return null;
}

const fail = (res: ServerResponse, status: number, code: string, message: string) => sendJson(res, status, { ok: false, code, message });

/** The body, or null when it is larger than `limit` (drained up to DRAIN_LIMIT so the client reads the answer). */
async function readCapped(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > DRAIN_LIMIT) {
      req.destroy();
      return null;
    }
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  return size <= limit ? Buffer.concat(chunks) : null;
}

export type UploadContext = { auth: DevAuth; nowOf(req: IncomingMessage): number };

export async function upload(req: IncomingMessage, res: ServerResponse, ctx: UploadContext): Promise<void> {
  const openid = ctx.auth.verify(req.headers.authorization);
  if (!openid) return fail(res, 401, 'UNAUTHENTICATED', '请先登录');
  const tooLarge = `图片不能超过 ${MAX_IMAGE_BYTES / 1024 / 1024} MB，请换一张小一些的`;
  const body = await readCapped(req, MAX_FORM_BYTES);
  if (!body) return fail(res, 413, 'UPLOAD_TOO_LARGE', tooLarge);
  const file = firstFilePart(body, String(req.headers['content-type'] ?? ''));
  if (!file || file.data.length === 0) return fail(res, 400, 'UPLOAD_EMPTY', '没有收到图片，请重新选择');
  if (file.data.length > MAX_IMAGE_BYTES) return fail(res, 413, 'UPLOAD_TOO_LARGE', tooLarge);
  const kind = sniffImage(file.data);
  if (!kind) return fail(res, 415, 'UPLOAD_NOT_IMAGE', '只能上传 JPG、PNG、WebP 或 GIF 图片');
  // Counted only for an image we would store; the count lives in the database, like any function's limit.
  if (!(await takeHit(`upload:${userIdOf(openid)}`, UPLOAD_RULE, ctx.nowOf(req)))) {
    return fail(res, 429, 'RATE_LIMITED', '今天上传的图片太多了，请明天再试');
  }
  const cloud = getCloud();
  const { fileID } = await cloud.uploadFile({ cloudPath: `uploads/${newId('f')}.${kind.ext}`, fileContent: file.data });
  const temp = await cloud.getTempFileURL({ fileList: [fileID] });
  const list = (temp as { fileList?: { tempFileURL: string }[] } | void)?.fileList ?? [];
  sendJson(res, 200, { ok: true, fileID, url: list[0]?.tempFileURL ?? '' });
}

/** H5 stand-in for <image src="cloud://…">: a signed-in caller is redirected to a short-lived signed URL. */
export async function file(req: IncomingMessage, res: ServerResponse, url: URL, ctx: UploadContext): Promise<void> {
  const openid = ctx.auth.verify(req.headers.authorization) ?? ctx.auth.verifyToken(cookieToken(req));
  if (!openid) return fail(res, 401, 'UNAUTHENTICATED', '请先登录');
  const fileID = url.searchParams.get('fileID') ?? '';
  if (!fileID.startsWith('cloud://')) return fail(res, 400, 'BAD_REQUEST', 'fileID 必须是 cloud:// 开头的文件 ID');
  const temp = await getCloud().getTempFileURL({ fileList: [{ fileID, maxAge: FILE_URL_SECONDS }] });
  const found = ((temp as { fileList?: { tempFileURL?: string; status?: number }[] } | void)?.fileList ?? [])[0];
  if (!found?.tempFileURL || found.status) return fail(res, 404, 'NOT_FOUND', '没有找到这个文件');
  // A browser may reuse the redirect for half the URL's life, and only for this user.
  res.writeHead(302, {
    location: found.tempFileURL,
    'cache-control': `private, max-age=${FILE_URL_SECONDS / 2}`,
    vary: 'Cookie, Authorization',
  });
  res.end();
}
