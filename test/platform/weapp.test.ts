import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPages, kb, MAIN_BUDGET, packageSizes, SUBPACKAGE_BUDGET, subpackagesOf, UPLOADED_EXTENSIONS, type AppJson } from './sizes';
import { runWechatCi, snapshotBuild, snapshotProject } from './wechat-ci';

/**
 * The weapp build (dist/weapp, built by `npm test` before jest) against the platform's rules and through
 * WeChat's own tools, offline. Everything reads one snapshot of the build.
 */
const CI_TIMEOUT = 300_000;
const EXTENSION_LIST_REQUEST = 'CONNECT servicewechat.com:443 HTTP/1.1';
let root: string;
let weapp: string;
let app: AppJson;
let broken: { dir: string; page: string };
let checks: ReturnType<typeof startChecks>;

/**
 * WeChat's three runs (each a child process, ~15 s of compiling) start at once and each test awaits its own:
 * jest runs this file on one core, and one after another they left the other idle.
 */
function startChecks() {
  const settled = <T>(run: Promise<T>): Promise<T> => {
    run.catch(() => undefined); // awaited by its test, which sees the failure; not an unhandled rejection meanwhile
    return run;
  };
  return {
    quality: settled(runWechatCi('quality', root)),
    compiled: settled(runWechatCi('compile', root)),
    brokenCompiled: settled(runWechatCi('compile', broken.dir)),
  };
}

beforeAll(() => {
  ({ root, weapp, app } = snapshotBuild());
  // The same build with one broken subpackage template (the check can fail).
  const sub = subpackagesOf(app)[0];
  broken = { dir: snapshotProject(), page: `${sub.root}${sub.pages[0]}` };
  writeFileSync(join(broken.dir, 'dist', 'weapp', `${broken.page}.wxml`), '<view>{{ unclosed </view><text>');
  checks = startChecks();
});

afterAll(async () => {
  await Promise.allSettled(Object.values(checks ?? {}));
  for (const dir of [root, broken?.dir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const pageFilesMissing = (has: (file: string) => boolean) =>
  allPages(app).flatMap((page) => ['.js', '.json', '.wxml'].map((ext) => page + ext).filter((file) => !has(file)));

describe('app.json', () => {
  it('opts in to the privacy check and declares getLocation', () => {
    expect(app.__usePrivacyCheck__).toBe(true);
    expect(app.requiredPrivateInfos).toEqual(expect.arrayContaining(['getLocation']));
  });

  it('has the five tabs 首页 心愿 活动 集市 我的, all in the main package', () => {
    const tabs = app.tabBar?.list ?? [];
    expect(tabs.map((t) => t.text)).toEqual(['首页', '心愿', '活动', '集市', '我的']);
    const roots = subpackagesOf(app).map((p) => p.root);
    expect(tabs.filter((t) => !app.pages.includes(t.pagePath) || roots.some((r) => t.pagePath.startsWith(r)))).toEqual([]);
  });

  it('has subpackages, and every page has its .js .json .wxml in the build', () => {
    expect(subpackagesOf(app).length).toBeGreaterThan(0);
    expect(pageFilesMissing((file) => existsSync(join(weapp, file)))).toEqual([]);
  });
});

describe('package sizes', () => {
  it(`keeps the main package ≤ ${kb(MAIN_BUDGET)} and each subpackage ≤ ${kb(SUBPACKAGE_BUDGET)}`, () => {
    const sizes = packageSizes(weapp, app);
    const lines = [`main package  ${kb(sizes.main.bytes)} in ${sizes.main.files} files  (budget ${kb(MAIN_BUDGET)})`];
    for (const sub of sizes.subpackages) {
      lines.push(`${sub.root}  ${kb(sub.bytes)} in ${sub.files} files  (budget ${kb(SUBPACKAGE_BUDGET)})`);
    }
    console.log(lines.join('\n'));
    expect(sizes.main.bytes).toBeGreaterThan(0);
    expect(sizes.main.bytes).toBeLessThanOrEqual(MAIN_BUDGET);
    expect(sizes.subpackages.filter((s) => s.files === 0).map((s) => s.root)).toEqual([]);
    expect(sizes.subpackages.filter((s) => s.bytes > SUBPACKAGE_BUDGET).map((s) => `${s.root} ${kb(s.bytes)}`)).toEqual([]);
  });
});

describe('WeChat code quality check (miniprogram-ci checkCodeQuality)', () => {
  it(
    'passes the package-size, image/audio and cross-package rules, measuring the packages as we do',
    async () => {
      const { result, requests } = await checks.quality;
      console.log(result.items.map((r) => (r.success ? `✓ ${r.name}` : `✗ ${r.name}  ${r.text ?? ''}`)).join('\n'));
      // miniprogram-ci counts a rule whose checker throws as passed: the figures compared below catch that case.
      const byName = new Map(result.items.map((r) => [r.name, r]));
      expect(
        ['PACKAGE_SIZE_LIMIT', 'IMAGE_AND_AUDIO_LIMIT', 'CONTAINS_OTHER_PKG_JS'].filter((n) => byName.get(n)?.success !== true),
      ).toEqual([]);

      const measured = byName.get('PACKAGE_SIZE_LIMIT')?.detail as Record<string, number>;
      console.log(
        `WeChat's measure: ${Object.entries(measured)
          .map(([k, v]) => `${k} ${kb(v)}`)
          .join(', ')}`,
      );
      const ours = packageSizes(weapp, app);
      expect(measured).toEqual({ __APP__: ours.main.bytes, ...Object.fromEntries(ours.subpackages.map((s) => [s.root, s.bytes])) });
      expect([...UPLOADED_EXTENSIONS].sort()).toEqual([...result.uploadedExtensions].sort());
      expect(requests.filter((line) => line !== EXTENSION_LIST_REQUEST)).toEqual([]);
    },
    CI_TIMEOUT,
  );
});

describe('WeChat compiler (miniprogram-ci getCompiledResult)', () => {
  it(
    'compiles every page, subpackage pages included, without an error and without the network',
    async () => {
      const { result, requests } = await checks.compiled;
      if (!result.ok) throw new Error(`WeChat's compiler failed on ${result.error.path ?? '?'}: ${result.error.message}`);
      expect(pageFilesMissing((file) => result.files.includes(file))).toEqual([]);
      expect(result.appJson.pages).toEqual(app.pages);
      expect(result.unparsableJson).toEqual([]);
      // Its one request of its own (the upload extension list) went to the local proxy and was refused.
      expect(requests).toContain(EXTENSION_LIST_REQUEST);
      expect(requests.filter((line) => line !== EXTENSION_LIST_REQUEST)).toEqual([]);
    },
    CI_TIMEOUT,
  );

  it(
    'rejects the same build with one broken subpackage template (the check can fail)',
    async () => {
      const { result } = await checks.brokenCompiled;
      expect(result).toMatchObject({ ok: false, error: { path: `${broken.page}.wxml` } });
    },
    CI_TIMEOUT,
  );
});
