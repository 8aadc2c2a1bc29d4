import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { buildFunctions, FUNCTIONS_DIR, functionNames, ROOT, type BuiltFunction } from '../../scripts/functions';
import { BUNDLE_BUDGET } from '../bench/cold-start';
import { kb } from './sizes';

const SDK_VERSION: string = JSON.parse(readFileSync(join(ROOT, 'node_modules/wx-server-sdk/package.json'), 'utf8')).version;

const names = functionNames();
const fileOf = (fn: string, file: string) => join(FUNCTIONS_DIR, fn, file);
const readJson = (path: string): any => JSON.parse(readFileSync(path, 'utf8'));

/** What a fresh Node process sees when the cloud runtime loads the deployable file. */
type Loaded = { mainType: string; mainKind: string; returnsPromise: boolean; answer: unknown };
function loadInFreshNode(bundle: string): Loaded {
  const probe = `
    const m = require(${JSON.stringify(bundle)});
    const p = typeof m.main === 'function' ? m.main({ action: '__no_such_action__' }, {}) : undefined;
    Promise.resolve(p).then((answer) => {
      process.stdout.write(JSON.stringify({
        mainType: typeof m.main,
        mainKind: m.main && m.main.constructor.name,
        returnsPromise: !!p && typeof p.then === 'function',
        answer,
      }));
      process.exit(0);
    });`;
  // As an older cloud runtime would: without require() of ES modules (Node 20.19+ allows it by default).
  const out = execFileSync(process.execPath, ['--no-experimental-require-module', '-e', probe], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
    env: { PATH: process.env.PATH ?? '', TENCENTCLOUD_RUNENV: 'SCF' },
  });
  return JSON.parse(out);
}

let built: BuiltFunction[] = [];
beforeAll(async () => {
  // Check the bundles of the current source, exactly as `npm run build:functions` writes them.
  built = await buildFunctions();
}, 120_000);

it('finds the cloud functions', () => {
  expect(names).toEqual(expect.arrayContaining(['org', 'user']));
});

describe.each(names)('cloud function %s', (fn) => {
  it('pins wx-server-sdk exactly, at the version the bundle is tested with', () => {
    const pkg = readJson(fileOf(fn, 'package.json'));
    expect(pkg.main ?? 'index.js').toBe('index.js');
    expect(pkg.dependencies['wx-server-sdk']).toBe(SDK_VERSION);
    // zod is bundled into index.js (scripts/functions.ts): the cloud installs the SDK alone.
    expect(Object.keys(pkg.dependencies)).toEqual(['wx-server-sdk']);
  });

  it('declares every module its bundle requires at run time', () => {
    const deps = Object.keys(readJson(fileOf(fn, 'package.json')).dependencies ?? {});
    const source = readFileSync(fileOf(fn, 'index.js'), 'utf8');
    const required = [...source.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    // A package's subpath (zod/v4/core, say) is that package.
    const external = required
      .filter((id) => !id.startsWith('node:') && !builtinModules.includes(id))
      .map((id) => (id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0]));
    expect(required).toContain('wx-server-sdk');
    expect(external.filter((id) => !deps.includes(id))).toEqual([]);
  });

  it('has a config.json that parses, with openapi permissions as a list of names', () => {
    const config = readJson(fileOf(fn, 'config.json'));
    expect(config).toEqual(expect.any(Object));
    const openapi = config.permissions?.openapi ?? [];
    expect(Array.isArray(openapi) && openapi.every((p: unknown) => typeof p === 'string' && /^\w+\.\w+$/.test(p))).toBe(true);
  });

  it(`keeps its own code within ${kb(BUNDLE_BUDGET)}`, () => {
    const { bytes, ownBytes: own } = built.find((b) => b.name === fn)!;
    console.log(`cloudfunctions/${fn}/index.js  own code ${kb(own)} of ${kb(bytes)}  (budget ${kb(BUNDLE_BUDGET)})`);
    expect(own).toBeGreaterThan(0);
    expect(own).toBeLessThanOrEqual(BUNDLE_BUDGET);
  });

  it('exports an async main when required by a fresh node process', () => {
    const loaded = loadInFreshNode(fileOf(fn, 'index.js'));
    expect(loaded.mainType).toBe('function');
    expect(loaded.mainKind).toBe('AsyncFunction');
    expect(loaded.returnsPromise).toBe(true);
    if (fn === 'payCallback') {
      // Not a router: what is no notification is logged and answered as WeChat Pay wants, before any database call.
      expect(loaded.answer).toEqual({ errcode: 0, errmsg: 'OK' });
    } else {
      // The router answers an unknown action with the envelope, before any database call.
      expect(loaded.answer).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
    }
  }, 40_000);
});
