/**
 * `@tarojs/taro` for unit tests in jsdom (jest.config.js maps the import here). It implements the few APIs the
 * shared hooks and components call, records every call in `taroCalls`, and lets a test drive the page's
 * lifecycle the way the mini-program does: `page.show()` (the first show after load, and each return from
 * another page), `page.pullDown()`, `page.reachBottom()`. Any other API throws, so a test never passes against
 * a silent stub.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';

type PageEvent = 'show' | 'hide' | 'pullDown' | 'reachBottom';

const handlers: Record<PageEvent, Set<{ current: () => void }>> = {
  show: new Set(),
  hide: new Set(),
  pullDown: new Set(),
  reachBottom: new Set(),
};
const storage = new Map<string, unknown>();

/** Every Taro API call a test made, in order, with its argument. */
export const taroCalls: { api: string; arg?: unknown }[] = [];

/** The current page: its route (what getCurrentInstance().router answers) and its lifecycle events. */
export const page = {
  path: '/pages/index/index',
  params: {} as Record<string, string>,
  show: () => fire('show'),
  hide: () => fire('hide'),
  pullDown: () => fire('pullDown'),
  reachBottom: () => fire('reachBottom'),
};

/** Back to a fresh app: no storage, no calls, the home page (page hooks leave with their unmounted components). */
export function resetTaro(): void {
  storage.clear();
  taroCalls.length = 0;
  page.path = '/pages/index/index';
  page.params = {};
}

function fire(event: PageEvent): void {
  for (const h of [...handlers[event]]) h.current();
}

/** Taro's page hooks call the latest callback the component rendered, while it is mounted. */
function pageHook(event: PageEvent) {
  return function usePageEvent(fn: () => void): void {
    const ref = useRef(fn);
    useLayoutEffect(() => {
      ref.current = fn;
    });
    useEffect(() => {
      const h = { current: () => ref.current() };
      handlers[event].add(h);
      return () => {
        handlers[event].delete(h);
      };
    }, []);
  };
}

export const useDidShow = pageHook('show');
export const useDidHide = pageHook('hide');
export const usePullDownRefresh = pageHook('pullDown');
export const useReachBottom = pageHook('reachBottom');
export const useRouter = () => ({ path: page.path, params: page.params });

function record<A, R>(api: string, answer: (arg: A) => R) {
  return (arg: A): R => {
    taroCalls.push({ api, arg });
    return answer(arg);
  };
}
const ok = () => Promise.resolve({ errMsg: 'ok' });

const implemented: Record<string, unknown> = {
  getCurrentInstance: () => ({ router: { path: page.path, params: page.params } }),
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  reLaunch: record('reLaunch', ok),
  navigateTo: record('navigateTo', ok),
  redirectTo: record('redirectTo', ok),
  switchTab: record('switchTab', ok),
  navigateBack: record('navigateBack', ok),
  showToast: record('showToast', ok),
  stopPullDownRefresh: record('stopPullDownRefresh', () => undefined),
  previewImage: record('previewImage', ok),
  setTabBarBadge: record('setTabBarBadge', ok),
  removeTabBarBadge: record('removeTabBarBadge', ok),
};
const Taro = new Proxy(implemented, {
  get(target, name) {
    if (typeof name !== 'string' || name in target) return target[name as string];
    // Probes by jest and promise resolution, not API calls.
    if (name === 'then' || name === 'toJSON' || name === 'asymmetricMatch' || name === 'nodeType' || /^[_$@]/.test(name)) return undefined;
    throw new Error(`test/helpers/taro-jsdom: Taro.${name} is not implemented; add it there if a unit test needs it`);
  },
});

export default Taro;
