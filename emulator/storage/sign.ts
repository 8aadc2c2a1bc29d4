/** Signatures for the upload and temporary download URLs: HMAC-SHA256 under a secret kept in DATA/storage/.secret. */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { storageRoot } from './files';

const secrets = new Map<string, Buffer>();

function secretFor(dataDir: string): Buffer {
  const cached = secrets.get(dataDir);
  if (cached) return cached;
  const file = path.join(storageRoot(dataDir), '.secret');
  let secret: Buffer;
  try {
    secret = fs.readFileSync(file);
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32), { flag: 'wx', mode: 0o600 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    secret = fs.readFileSync(file);
  }
  secrets.set(dataDir, secret);
  return secret;
}

export type Verb = 'get' | 'put';

export function sign(dataDir: string, verb: Verb, env: string, cloudPath: string, expires: number): string {
  return createHmac('sha256', secretFor(dataDir)).update(`${verb}\n${env}\n${cloudPath}\n${expires}`).digest('hex');
}

export function verify(dataDir: string, verb: Verb, env: string, cloudPath: string, expires: number, signature: string): boolean {
  const expected = Buffer.from(sign(dataDir, verb, env, cloudPath, expires), 'hex');
  const given = Buffer.from(/^[0-9a-f]{64}$/.test(signature) ? signature : '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);
