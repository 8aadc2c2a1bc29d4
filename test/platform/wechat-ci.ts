import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { AppJson } from './sizes';

/**
 * WeChat's own tools (miniprogram-ci) offline. Each call runs in a child process, because miniprogram-ci
 * leaves a file watcher and a compiler process behind and writes an MD5-named cache folder into the
 * current directory: the child runs in a scratch folder and exits when done.
 */
const ROOT = join(__dirname, '..', '..');
export const WEAPP_DIR = join(ROOT, 'dist', 'weapp');
const APPID = 'touristappid';

/** The settings a release upload uses: Babel parses every JS file, minifying parses every WXML and WXSS file. */
const STRICT_SETTING = { es6: true, minify: true };

export type QualityItem = { name: string; success: boolean; text?: string; detail?: unknown };
/** checkCodeQuality's rules, and the file extensions an upload carries (the list the compiler falls back to offline). */
export type Quality = { items: QualityItem[]; uploadedExtensions: string[] };
export type Compiled =
  | { ok: true; files: string[]; appJson: { pages: string[] }; unparsableJson: string[] }
  | { ok: false; error: { message: string; path?: string; code?: number } };
type Answer<T> = { result: T; requests: string[] };

/** A copy of project.config.json + dist/weapp/, so a build running meanwhile cannot change files mid-check. */
export function snapshotProject(): string {
  if (!existsSync(join(WEAPP_DIR, 'app.json'))) {
    throw new Error('dist/weapp/app.json is missing: build it first with `npx taro build --type weapp`');
  }
  const root = mkdtempSync(join(tmpdir(), 'civic-weapp-'));
  cpSync(join(ROOT, 'project.config.json'), join(root, 'project.config.json'));
  cpSync(WEAPP_DIR, join(root, 'dist', 'weapp'), { recursive: true });
  return root;
}

/** A snapshot (snapshotProject) with its dist/weapp folder and app.json read, for a test file's beforeAll. */
export function snapshotBuild(): { root: string; weapp: string; app: AppJson } {
  const root = snapshotProject();
  const weapp = join(root, 'dist', 'weapp');
  return { root, weapp, app: JSON.parse(readFileSync(join(weapp, 'app.json'), 'utf8')) };
}

/** Runs `quality` (checkCodeQuality) or `compile` (getCompiledResult) on a project root in a child process. */
export async function runWechatCi(command: 'quality', projectRoot: string): Promise<Answer<Quality>>;
export async function runWechatCi(command: 'compile', projectRoot: string): Promise<Answer<Compiled>>;
export async function runWechatCi(command: string, projectRoot: string): Promise<Answer<unknown>> {
  const scratch = mkdtempSync(join(tmpdir(), 'civic-ci-'));
  try {
    const out = join(scratch, 'answer.json');
    const tsx = pathToFileURL(require.resolve('tsx', { paths: [ROOT] })).href;
    await promisify(execFile)(process.execPath, ['--import', tsx, __filename, command, projectRoot, out], {
      cwd: scratch,
      timeout: 300_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// ---- the child process ----

/** A locally generated RSA key: the Project constructor insists on one; offline calls never use it. */
function writeLocalKey(dir: string): string {
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const path = join(dir, 'private.key');
  writeFileSync(path, privateKey);
  return path;
}

/**
 * miniprogram-ci's one request of its own during a compile (GET servicewechat.com/wxa/ci/getwhiteextlist,
 * with a built-in fallback list) goes to this local proxy, which records it and refuses to tunnel it.
 */
async function refusingProxy(requests: string[]): Promise<string> {
  const server = createServer((socket) => {
    socket.once('data', (chunk) => {
      requests.push(chunk.toString('latin1').split('\r\n')[0]);
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

async function child(command: string, projectRoot: string, out: string): Promise<void> {
  const ci = require('miniprogram-ci') as typeof import('miniprogram-ci');
  const requests: string[] = [];
  ci.proxy(await refusingProxy(requests));
  const project = new ci.Project({
    appid: APPID,
    type: 'miniProgram',
    projectPath: projectRoot,
    privateKeyPath: writeLocalKey(process.cwd()),
    // webpack's extracted licence comments: not part of the app (nor of WeChat's upload whitelist).
    ignores: ['**/*.LICENSE.txt'],
  });
  // Never ask servicewechat.com/wxa/ci/getattr for the app's attributes (needs a registered key and the network).
  project.attr = async () => ci.DefaultProjectAttr;

  let result: unknown;
  if (command === 'quality') {
    const items = (await ci.checkCodeQuality(project)).map(({ name, success, text, detail }) => ({ name, success, text, detail }));
    result = { items, uploadedExtensions: [...(await ci.getWhiteExtList()).MiniProgramWhiteList] };
  } else {
    try {
      const files = await ci.getCompiledResult({ project, version: '0.0.0', setting: STRICT_SETTING });
      const unparsableJson = Object.keys(files).filter((f) => {
        if (!f.endsWith('.json')) return false;
        try {
          JSON.parse(String(files[f]));
          return false;
        } catch {
          return true;
        }
      });
      result = { ok: true, files: Object.keys(files), appJson: JSON.parse(String(files['app.json'])), unparsableJson };
    } catch (err) {
      const e = err as { message?: string; path?: string; code?: number };
      result = { ok: false, error: { message: String(e.message ?? err), path: e.path, code: e.code } };
    }
  }
  writeFileSync(out, JSON.stringify({ result, requests }));
}

if (require.main === module) {
  const [command, projectRoot, out] = process.argv.slice(2);
  child(command, projectRoot, out).then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
