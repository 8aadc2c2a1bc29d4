import Taro from '@tarojs/taro';
import type { Fail, Result } from '@/contracts/result';
import { networkFail } from './api';
import { API_BASE } from './env';
import { getToken } from './token';

/** A stored photo: the cloud file id the functions keep, and a URL to show it now. */
export type UploadedPhoto = { fileID: string; url: string };

export const UPLOAD_FAILED = 'UPLOAD_FAILED';

const fail = (message: string, code = UPLOAD_FAILED): Fail => ({ ok: false, code, message });

/** URLs from this session's uploads; other photos come through the local gateway's file route. */
const known = new Map<string, string>();

/** Something an <Image> can show for a cloud file id, or undefined when this device cannot show it. */
export function photoSrc(fileID: string): string | undefined {
  if (process.env.TARO_ENV === 'weapp') return fileID;
  return known.get(fileID) ?? `${API_BASE}/api/file?fileID=${encodeURIComponent(fileID)}`;
}

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
  let body: { fileID?: unknown; url?: unknown } = {};
  try {
    body = typeof res.data === 'string' ? JSON.parse(res.data) : ((res.data as object) ?? {});
  } catch {
    /* not JSON: handled by the status below */
  }
  if (res.statusCode === 200 && typeof body.fileID === 'string') {
    const url = typeof body.url === 'string' ? body.url : '';
    if (url) known.set(body.fileID, url);
    return { ok: true, data: { fileID: body.fileID, url } };
  }
  if (res.statusCode === 401) return fail('登录已过期，请重新进入后再上传', 'UNAUTHENTICATED');
  if (res.statusCode === 415) return fail('只能上传图片（JPG、PNG）');
  if (res.statusCode === 413) return fail('图片太大了，请换一张小一些的');
  return fail('图片上传没有成功，请重试');
}
