import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

/** The budgets of docs/architecture.md "Budgets", in bytes (1 KB = 1024 bytes, as WeChat counts). */
export const KB = 1024;
export const MAIN_BUDGET = 500 * KB;
export const SUBPACKAGE_BUDGET = 300 * KB;

export type AppJson = {
  pages: string[];
  subPackages?: { root: string; pages: string[]; independent?: boolean }[];
  subpackages?: { root: string; pages: string[]; independent?: boolean }[];
  tabBar?: { list: { pagePath: string; text: string }[] };
  [key: string]: unknown;
};

export type PackageSize = { root: string; bytes: number; files: number };
export type Sizes = { main: PackageSize; subpackages: PackageSize[] };

/**
 * The file types a mini-program upload carries (miniprogram-ci's built-in MiniProgramWhiteList; the platform
 * test checks the two agree). Anything else (source maps, LICENSE.txt) is left out and counts towards no package.
 */
export const UPLOADED_EXTENSIONS = [
  '.wxml',
  '.wxss',
  '.wxs',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.svg',
  '.js',
  '.json',
  '.cer',
  '.mp3',
  '.aac',
  '.m4a',
  '.mp4',
  '.wav',
  '.ogg',
  '.silk',
  '.wasm',
  '.br',
  '.cur',
  '.ico',
  '.skel',
  '.crt',
  '.cert',
];
const uploaded = (file: string) => UPLOADED_EXTENSIONS.includes(extname(file).toLowerCase());

function filesUnder(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return entry.isFile() ? [{ path: full, bytes: statSync(full).size }] : [];
  });
}

/** Both spellings WeChat accepts, with roots normalised to "root/" (no leading "./" or "/"). */
export function subpackagesOf(app: AppJson): { root: string; pages: string[] }[] {
  return [...(app.subPackages ?? []), ...(app.subpackages ?? [])].map((p) => ({
    root: p.root.replace(/^\.?\//, '').replace(/\/?$/, '/'),
    pages: p.pages,
  }));
}

/** Every page path of the app, subpackage pages prefixed by their root. */
export function allPages(app: AppJson): string[] {
  return [...app.pages, ...subpackagesOf(app).flatMap((p) => p.pages.map((page) => p.root + page))];
}

/**
 * Sizes of the main package (every file not under a subpackage root) and of each subpackage,
 * computed from the files of an output folder such as dist/weapp and its app.json.
 */
export function packageSizes(dir: string, app: AppJson = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8'))): Sizes {
  const subs = subpackagesOf(app).map((p) => ({ root: p.root, bytes: 0, files: 0 }));
  const main: PackageSize = { root: '', bytes: 0, files: 0 };
  for (const file of filesUnder(dir)) {
    const rel = relative(dir, file.path).split(sep).join('/');
    if (!uploaded(rel)) continue;
    const owner = subs.find((s) => rel.startsWith(s.root)) ?? main;
    owner.bytes += file.bytes;
    owner.files += 1;
  }
  return { main, subpackages: subs };
}

export const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
