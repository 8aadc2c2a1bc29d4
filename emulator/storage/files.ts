/**
 * Cloud storage on local disk: DATA/storage/<env>/<cloudPath>. File ids look like CloudBase's,
 * `cloud://<env>.<bucket>/<cloudPath>` with bucket `<hex of env's first 2 chars>-<env>-1300000000`.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type StorageError = Error & { code: string };

export function storageError(code: string, message: string): StorageError {
  return Object.assign(new Error(message), { code });
}

const ENV = /^[a-z0-9_-]{1,40}$/;

export const bucketOf = (env: string): string => `${Buffer.from(env.slice(0, 2)).toString('hex')}-${env}-1300000000`;

/** A cloud path: relative, '/'-separated, no empty/'.'/'..' segment, none of \ ? # % or control characters. */
export function checkCloudPath(cloudPath: unknown): string {
  if (typeof cloudPath !== 'string' || cloudPath === '' || cloudPath.length > 850) {
    throw storageError('INVALID_PARAM', 'cloudPath must be a non-empty string of at most 850 characters');
  }
  if (/[\\?#%\u0000-\u001f\u007f]/.test(cloudPath)) throw storageError('INVALID_PARAM', `invalid cloudPath: ${cloudPath}`);
  if (cloudPath.split('/').some((s) => s === '' || s === '.' || s === '..')) {
    throw storageError('INVALID_PARAM', `invalid cloudPath: ${cloudPath}`);
  }
  return cloudPath;
}

export function checkEnv(env: unknown): string {
  if (typeof env !== 'string' || !ENV.test(env)) throw storageError('INVALID_ENV', `invalid env: ${String(env)}`);
  return env;
}

export const toFileId = (env: string, cloudPath: string): string => `cloud://${env}.${bucketOf(env)}/${cloudPath}`;

/** `cloud://env.bucket/path` → { env, cloudPath }; throws INVALID_PARAM for anything else. */
export function parseFileId(fileId: unknown): { env: string; cloudPath: string } {
  const m = typeof fileId === 'string' ? /^cloud:\/\/([^./]+)\.([^/]+)\/(.+)$/.exec(fileId) : null;
  if (!m) throw storageError('INVALID_PARAM', `invalid fileID: ${String(fileId)}`);
  return { env: checkEnv(m[1]), cloudPath: checkCloudPath(m[3]) };
}

export const storageRoot = (dataDir: string): string => path.join(dataDir, 'storage');

export function localPath(dataDir: string, env: string, cloudPath: string): string {
  const root = path.join(storageRoot(dataDir), checkEnv(env));
  const full = path.join(root, ...checkCloudPath(cloudPath).split('/'));
  if (!full.startsWith(root + path.sep)) throw storageError('INVALID_PARAM', `invalid cloudPath: ${cloudPath}`);
  return full;
}

function fsyncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes all of `content` to a temporary file, fsyncs it, then renames it into place. */
export async function writeFileDurably(dataDir: string, target: string, content: Buffer): Promise<void> {
  const tmpDir = path.join(storageRoot(dataDir), '.tmp');
  await fs.promises.mkdir(tmpDir, { recursive: true });
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  const tmp = path.join(tmpDir, `${Date.now()}-${randomBytes(6).toString('hex')}`);
  const handle = await fs.promises.open(tmp, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.promises.rename(tmp, target);
  fsyncDir(path.dirname(target));
}

export async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.promises.stat(file)).isFile();
  } catch {
    return false;
  }
}

const TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const contentTypeOf = (cloudPath: string): string =>
  TYPES[path.extname(cloudPath).slice(1).toLowerCase()] ?? 'application/octet-stream';
