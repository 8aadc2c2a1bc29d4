import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { eventually } from '../helpers/poll';

/**
 * A stand-in for WeChat's logic layer, enough to run the weapp build's own JS (dist/weapp: app.js, the page
 * files and the chunks they require) in node: App/Page/getCurrentPages, a `wx` with the APIs the app calls, each a
 * no-op except window info, storage and cloud.callFunction (answered by `answer`), and each page's setData recorded.
 * The render layer (WXML, WXSS) is not here: this shows what data the build hands WeChat to render.
 */
export type LogicPage = {
  route: string;
  data: Record<string, unknown>;
  setDatas: Record<string, unknown>[];
  /** Dispatches a tap on the element with this id through Taro's event handler, as WeChat's bindtap would. */
  tap(id: string): void;
};

const SRC = join(__dirname, '..', '..', 'src');
const TARO_OWN = new Set(['cloud', 'getCurrentInstance', 'getCurrentPages']);

/** Every `Taro.<api>` the app's source calls. */
function appApis(): string[] {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
  const names = files(SRC)
    .filter((f) => /\.tsx?$/.test(f))
    .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bTaro\.([a-z]\w*)/g)].map((m) => m[1]));
  return [...new Set(names)].filter((n) => !TARO_OWN.has(n));
}

type PageConfig = Record<string, unknown> & { onLoad(query: object): void };
type CloudCall = { name: string; data: { action: string; data: object } };

export function weappLogic(
  dir: string,
  opts: { windowWidth: number; storage?: Record<string, unknown>; answer(call: CloudCall): unknown },
) {
  const storage: Record<string, unknown> = { ...opts.storage };
  const stack: (LogicPage & Record<string, unknown>)[] = [];
  const registered: Record<string, PageConfig> = {};
  let app: Record<string, (arg: object) => void> | undefined;
  let loading = '';

  const known: Record<string, (...args: never[]) => unknown> = {
    getWindowInfo: () => ({ windowWidth: opts.windowWidth, windowHeight: 640, screenWidth: opts.windowWidth, pixelRatio: 3 }),
    getSystemInfoSync: () => ({ windowWidth: opts.windowWidth, windowHeight: 640, platform: 'devtools', SDKVersion: '3.0.0' }),
    getStorageSync: (key: string) => storage[key],
    setStorageSync: (key: string, value: unknown) => void (storage[key] = value),
    removeStorageSync: (key: string) => void delete storage[key],
    canIUse: () => true,
  };
  const cloud = { init: () => undefined, callFunction: async (call: CloudCall) => ({ result: await opts.answer(call) }) };
  // Taro wraps the APIs `wx` has (its own keys): the ones the app calls, each a no-op unless known above.
  const wx: Record<string, unknown> = { cloud };
  for (const name of appApis()) wx[name] ??= known[name] ?? (() => undefined);
  const sandbox: Record<string, unknown> = {
    wx,
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    App: (config: typeof app) => void (app = config),
    Page: (config: PageConfig) => void (registered[loading] = config),
    Component: (config: PageConfig) => void (registered[loading] = config),
    getApp: () => app,
    getCurrentPages: () => stack,
    requirePlugin: () => ({}),
  };
  sandbox.global = sandbox;
  sandbox.globalThis = sandbox;
  const context = createContext(sandbox);
  const modules = new Map<string, { exports: unknown }>();

  function load(file: string): unknown {
    const path = file.endsWith('.js') ? file : `${file}.js`;
    const cached = modules.get(path);
    if (cached) return cached.exports;
    const module = { exports: {} };
    modules.set(path, module);
    const run = runInContext(`(function (require, module, exports) {${readFileSync(path, 'utf8')}\n})`, context, { filename: path });
    run((p: string) => load(resolve(dirname(path), p)), module, module.exports);
    return module.exports;
  }

  load(join(dir, 'app.js'));
  app?.onLaunch?.({ path: 'pages/index/index', query: {} });
  app?.onShow?.({ path: 'pages/index/index', query: {} });

  return {
    storage,
    /** Opens a page as navigateTo would: its file loaded, a page instance pushed, onLoad and onShow called. */
    open(route: string): LogicPage {
      loading = route;
      load(join(dir, route));
      const config = registered[route];
      const page = Object.assign(Object.create(config) as Record<string, unknown>, {
        route,
        data: {},
        setDatas: [] as Record<string, unknown>[],
        __wxExparserNodeId__: `node-${stack.length}`,
        setData(this: LogicPage, data: Record<string, unknown>, done?: () => void) {
          this.setDatas.push(data);
          Object.assign(this.data, data);
          if (done) setTimeout(done);
        },
        tap(id: string) {
          const target = { id, dataset: {} };
          (config.eh as (e: object) => void).call(page, { type: 'tap', target, currentTarget: target, detail: {}, timeStamp: 0 });
        },
      }) as LogicPage & Record<string, unknown>;
      stack.push(page);
      config.onLoad.call(page, {});
      (config.onShow as (() => void) | undefined)?.call(page);
      return page;
    },
  };
}

/** Every value a page was given for `pageMeta.<field>` (whole-object writes and path writes), in order. */
export function pageMetaWrites(page: LogicPage, field: string): unknown[] {
  return page.setDatas.flatMap((data) =>
    Object.entries(data).flatMap(([path, value]) => {
      if (path === 'pageMeta') return [(value as Record<string, unknown>)[field]];
      return path === `pageMeta.${field}` ? [value] : [];
    }),
  );
}

/** Resolves once `done()` holds (checked every 10 ms), or fails after `ms`. */
export async function until(done: () => boolean, ms = 10_000): Promise<void> {
  await eventually(done, (held) => held, { timeoutMs: ms, everyMs: 10, what: 'until: not done' });
}
