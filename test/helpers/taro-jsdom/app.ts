/**
 * For tests of client code that keeps module state (the session) or reads the build switches when it loads
 * (services/env): `freshApp()` loads the app's modules afresh, as a new app start does, and `fakeGateway()`
 * answers the H5 client's calls to /api/fn/:name with the answers a test queues.
 */
import type * as Rtl from '@testing-library/react/pure';
import type * as TaroJsdom from './taro';

export type GatewayAnswer = { status: number; body: unknown } | 'offline';
export type GatewayRequest = { url: string; body: unknown; auth?: string };

/** The gateway's answer of an action that succeeded with `data`. */
export const answerOk = (data: unknown): GatewayAnswer => ({ status: 200, body: { ok: true, data } });
/** The gateway's answer of a refused action. */
export const answerRefused = (code: string, message: string): GatewayAnswer => ({ status: 200, body: { ok: false, code, message } });
/** The sign-in answer (user.login) for `user`, who has signed in before. */
export const answerSignedIn = (user: unknown): GatewayAnswer => answerOk({ user, isNew: false });

/** fetch as the gateway: answers `answers` in order ('offline' = the network failed) and records each request. */
export function fakeGateway() {
  const gateway = { answers: [] as GatewayAnswer[], requests: [] as GatewayRequest[] };
  const saved = globalThis.fetch;
  beforeEach(() => {
    gateway.answers.length = 0;
    gateway.requests.length = 0;
    globalThis.fetch = (async (url: string, init: { body?: string; headers?: Record<string, string> }) => {
      gateway.requests.push({ url, body: init.body && JSON.parse(init.body), auth: init.headers?.Authorization });
      const a = gateway.answers.shift();
      if (!a || a === 'offline') throw new TypeError('Failed to fetch');
      return { status: a.status, json: async () => a.body };
    }) as unknown as typeof fetch;
  });
  afterAll(() => {
    globalThis.fetch = saved;
  });
  return gateway;
}

export type FreshApp = typeof Rtl & {
  taro: typeof TaroJsdom;
  storage: { get(key: string): unknown; set(key: string, value: unknown): void };
};

let cleanup: (() => void) | undefined;
const switches = { env: process.env.TARO_ENV, devLogin: process.env.TARO_APP_DEV_LOGIN };
afterEach(() => cleanup?.());
afterAll(() => {
  process.env.TARO_ENV = switches.env;
  process.env.TARO_APP_DEV_LOGIN = switches.devLogin;
});

/**
 * A rendered form driven as its user does: `fill` types each value into the field of that id, in order; `tap`
 * presses an element; `shown` waits until the element of that id shows `text`, and answers it.
 */
export function formDriver(app: Pick<FreshApp, 'fireEvent' | 'waitFor'>, container: HTMLElement) {
  const el = (id: string) => container.querySelector(`#${id}`);
  return {
    fill(values: Record<string, string>) {
      for (const [id, value] of Object.entries(values)) app.fireEvent.change(el(id)!, { target: { value } });
    },
    tap: (id: string) => app.fireEvent.click(el(id)!),
    shown: (id: string, text: string) =>
      app.waitFor(() => {
        expect(el(id)?.textContent).toContain(text);
        return el(id)!;
      }),
  };
}

/**
 * The H5 app loaded afresh with these switches (local dev login or not), this stored token and this current page.
 * Require the module under test after it. Testing Library comes from the same fresh load (one React), through
 * its pure entry: the default entry registers a cleanup hook on import, which a test body cannot do.
 */
export function freshApp(env: { devLogin: boolean; token?: string; path?: string }): FreshApp {
  jest.resetModules();
  process.env.TARO_ENV = 'h5';
  process.env.TARO_APP_DEV_LOGIN = env.devLogin ? 'true' : '';
  const rtl = require('@testing-library/react/pure') as typeof Rtl;
  cleanup = rtl.cleanup;
  const taro = require('./taro') as typeof TaroJsdom;
  const api = taro.default as unknown as { getStorageSync(k: string): unknown; setStorageSync(k: string, v: unknown): void };
  taro.resetTaro();
  if (env.path) taro.page.path = env.path;
  if (env.token) api.setStorageSync('session-token', env.token);
  return { ...rtl, taro, storage: { get: (k) => api.getStorageSync(k), set: (k, v) => api.setStorageSync(k, v) } };
}
