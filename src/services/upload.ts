import Taro from '@tarojs/taro';
import type { Fail, Result } from '@/contracts/result';
import { networkFail } from './api';
import { API_BASE } from './env';
import { rememberPhoto } from './photo-src';
import { getToken } from './token';

/** A stored photo: the cloud file id the functions keep, and a URL to show it now. */
export type UploadedPhoto = { fileID: string; url: string };

export const UPLOAD_FAILED = 'UPLOAD_FAILED';

const fail = (message: string, code = UPLOAD_FAILED): Fail => ({ ok: false, code, message });

/** Showing a photo lives in ./photo-src (the tab pages' cards need it, not the upload code). */
export { photoSrc } from './photo-src';

/** Lets the user pick up to `max` photos (album or camera). Resolves [] when they cancel. */
export async function choosePhotos(max: number): Promise<string[]> {
  if (max <= 0) return [];
  try {
    const r = await Taro.chooseImage({ count: max, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    return r.tempFilePaths.slice(0, max);
  } catch {
    return [];
  }
}

function extOf(path: string): string {
  const m = /\.(png|jpe?g|gif|webp)$/i.exec(path);
  return m ? `.${m[1].toLowerCase()}` : '.jpg';
}

/**
 * Uploads one photo. weapp: Taro.cloud.uploadFile → fileID. H5: multipart POST {API_BASE}/api/upload with
 * the bearer token → { fileID, url }. Never throws.
 */
export async function uploadPhoto(filePath: string, folder = 'wish'): Promise<Result<UploadedPhoto>> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const name = `${Date.now()}-${Math.random().toString(36).slice(2, 10)}${extOf(filePath)}`;
      const r = await Taro.cloud.uploadFile({ cloudPath: `${folder}/${name}`, filePath });
      return r.fileID ? { ok: true, data: { fileID: r.fileID, url: r.fileID } } : fail('图片上传没有成功，请重试');
    } catch (e) {
      const msg = String((e as { errMsg?: string })?.errMsg ?? '');
      return /timeout|network|request:fail/i.test(msg) ? networkFail() : fail('图片上传没有成功，请重试');
    }
  }
  return uploadHttp(filePath);
}

async function uploadHttp(filePath: string): Promise<Result<UploadedPhoto>> {
  let res: { statusCode: number; data: unknown };
  try {
    const token = getToken();
    res = await Taro.uploadFile({
      url: `${API_BASE}/api/upload`,
      filePath,
      name: 'file',
      fileName: `photo${extOf(filePath)}`,
      header: token ? { Authorization: `Bearer ${token}` } : {},
    });
  } catch {
    return networkFail();
  }
  let body: { fileID?: unknown; url?: unknown; code?: unknown; message?: unknown } = {};
  try {
    body = typeof res.data === 'string' ? JSON.parse(res.data) : ((res.data as object) ?? {});
  } catch {
    /* not JSON: handled by the status below */
  }
  if (res.statusCode === 200 && typeof body.fileID === 'string') {
    const url = typeof body.url === 'string' ? body.url : '';
    if (url) rememberPhoto(body.fileID, url);
    return { ok: true, data: { fileID: body.fileID, url } };
  }
  // The gateway explains a refusal in Chinese (too large, not an image, today's limit reached): show its words.
  const said = typeof body.message === 'string' && body.message ? body.message : '';
  const code = typeof body.code === 'string' && body.code ? body.code : UPLOAD_FAILED;
  if (res.statusCode === 401) return fail('登录已过期，请重新进入后再上传', 'UNAUTHENTICATED');
  if (res.statusCode === 415) return fail(said || '只能上传 JPG、PNG、WebP 或 GIF 图片', code);
  if (res.statusCode === 413) return fail(said || '图片不能超过 10 MB，请换一张小一些的', code);
  if (res.statusCode === 429) return fail(said || '今天上传的图片太多了，请明天再试', 'RATE_LIMITED');
  return fail('图片上传没有成功，请重试');
}
