import * as tables from '@/contracts/routes';
import { ROUTES } from '@/contracts/routes';

/** Every route of every table the module exports (a table added later is covered without listing it here). */
const ALL_ROUTES: string[] = Object.values(tables).flatMap((t) => Object.values(t as Record<string, string>));
/** app.config.ts adds the demo-identity subpackage for H5 builds alone. */
const H5_ONLY_ROUTES: string[] = [ROUTES.identities];

type AppConfig = { pages: string[]; subPackages: { root: string; pages: string[] }[] };

/** The pages src/app.config.ts registers for one build target, as "/<path>" routes. */
function registeredPages(taroEnv: 'weapp' | 'h5'): string[] {
  const before = process.env.TARO_ENV;
  process.env.TARO_ENV = taroEnv;
  (globalThis as any).defineAppConfig = (c: AppConfig) => c;
  let config: AppConfig | undefined;
  try {
    jest.isolateModules(() => {
      config = require('../../../src/app.config').default;
    });
  } finally {
    process.env.TARO_ENV = before;
    delete (globalThis as any).defineAppConfig;
  }
  const c = config!;
  return [...c.pages, ...c.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))].map((p) => `/${p}`);
}

describe('the route table (contracts/routes) and app.config.ts', () => {
  it('weapp: every route in the table is a registered page and every registered page is in the table', () => {
    const pages = registeredPages('weapp');
    const routes = ALL_ROUTES.filter((r) => !H5_ONLY_ROUTES.includes(r));
    expect([...routes].sort()).toEqual([...pages].sort());
  });

  it('h5: the same, the H5-only demo pages included', () => {
    expect([...ALL_ROUTES].sort()).toEqual(registeredPages('h5').sort());
  });

  it('names each route once', () => {
    expect(new Set(ALL_ROUTES).size).toBe(ALL_ROUTES.length);
  });
});
