/**
 * The storage actions @cloudbase/node-sdk 3.17.2 sends (src/storage/index.ts), answered in the shapes it reads:
 *   storage.getUploadMetadata  { path, method: 'put' } → { url, token, authorization, fileId, cosFileId, download_url }
 *     then the SDK PUTs the bytes to `url` with headers authorization, x-cos-security-token, x-cos-meta-fileid;
 *   storage.batchGetDownloadUrl { file_list: [{ fileid, max_age?, url_type? }] }
 *     → { download_list: [{ fileID, tempFileURL, maxAge, code: 'SUCCESS' | 'STORAGE_FILE_NONEXIST' | … }] }
 *     (the SDK GETs `encodeURI(tempFileURL)` for downloadFile, so the URL carries the path unencoded);
 *   storage.batchDeleteFile    { fileid_list: [fileID] } → { delete_list: [{ fileID, code }] }.
 */
import fs from 'node:fs';
import { checkCloudPath, checkEnv, isFile, localPath, parseFileId, storageError, toFileId } from './files';
import { nowSeconds, sign } from './sign';

export type StorageCtx = { dataDir: string; baseUrl: string; env: string };

export const STORAGE_PREFIX = '/__storage';
export const UPLOAD_TTL_SECONDS = 600;
export const DEFAULT_MAX_AGE_SECONDS = 7200;

const envOf = (body: Record<string, unknown>, ctx: StorageCtx): string =>
  checkEnv(typeof body.envName === 'string' && body.envName ? body.envName : ctx.env);

export function uploadUrl(ctx: StorageCtx, env: string, cloudPath: string): string {
  return `${ctx.baseUrl}${STORAGE_PREFIX}/${env}/${cloudPath.split('/').map(encodeURIComponent).join('/')}`;
}

export function tempFileUrl(ctx: StorageCtx, env: string, cloudPath: string, maxAge: number): string {
  const t = nowSeconds() + maxAge;
  return `${ctx.baseUrl}${STORAGE_PREFIX}/${env}/${cloudPath}?t=${t}&sign=${sign(ctx.dataDir, 'get', env, cloudPath, t)}`;
}

export async function getUploadMetadata(body: Record<string, unknown>, ctx: StorageCtx): Promise<Record<string, unknown>> {
  const env = envOf(body, ctx);
  const cloudPath = checkCloudPath(body.path);
  if (body.method !== undefined && body.method !== 'put') throw storageError('INVALID_PARAM', 'only method "put" is supported');
  const expires = nowSeconds() + UPLOAD_TTL_SECONDS;
  const fileId = toFileId(env, cloudPath);
  return {
    url: uploadUrl(ctx, env, cloudPath),
    token: `local-${expires}`,
    authorization: `${expires}:${sign(ctx.dataDir, 'put', env, cloudPath, expires)}`,
    fileId,
    cosFileId: Buffer.from(fileId).toString('base64url'), // sent as a header by the SDK: ASCII only
    download_url: tempFileUrl(ctx, env, cloudPath, DEFAULT_MAX_AGE_SECONDS),
  };
}

type Item = { fileID: unknown; code: string; message?: string };

const failure = (fileID: unknown, e: unknown): Item => ({
  fileID,
  code: (e as { code?: string }).code ?? 'SYS_ERR',
  message: (e as Error).message,
});

export async function batchGetDownloadUrl(body: Record<string, unknown>, ctx: StorageCtx): Promise<Record<string, unknown>> {
  if (!Array.isArray(body.file_list)) throw storageError('INVALID_PARAM', 'file_list must be an array');
  const list = await Promise.all(
    body.file_list.map(async (entry: unknown) => {
      const { fileid, max_age } = (entry ?? {}) as { fileid?: unknown; max_age?: unknown };
      const maxAge = typeof max_age === 'number' && max_age > 0 ? Math.floor(max_age) : DEFAULT_MAX_AGE_SECONDS;
      try {
        const { env, cloudPath } = parseFileId(fileid);
        if (!(await isFile(localPath(ctx.dataDir, env, cloudPath)))) {
          return { fileID: fileid, tempFileURL: '', maxAge, code: 'STORAGE_FILE_NONEXIST', message: 'file not found' };
        }
        return { fileID: fileid, tempFileURL: tempFileUrl(ctx, env, cloudPath, maxAge), maxAge, code: 'SUCCESS' };
      } catch (e) {
        return { ...failure(fileid, e), tempFileURL: '', maxAge };
      }
    }),
  );
  return { download_list: list };
}

export async function batchDeleteFile(body: Record<string, unknown>, ctx: StorageCtx): Promise<Record<string, unknown>> {
  if (!Array.isArray(body.fileid_list)) throw storageError('INVALID_PARAM', 'fileid_list must be an array');
  const list = await Promise.all(
    body.fileid_list.map(async (fileID: unknown): Promise<Item> => {
      try {
        const { env, cloudPath } = parseFileId(fileID);
        await fs.promises.unlink(localPath(ctx.dataDir, env, cloudPath));
        return { fileID, code: 'SUCCESS' };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { fileID, code: 'STORAGE_FILE_NONEXIST', message: 'file not found' };
        return failure(fileID, e);
      }
    }),
  );
  return { delete_list: list };
}
