import Taro from '@tarojs/taro';
import { genericErrorMessage as errorMessage } from '@/contracts/generic-errors';
import type { Fail, Result } from '@/contracts/result';
import { API_BASE } from './env';
import { getToken } from './token';

/** Code of the failure the client makes up when the function could not be reached. */
export const NETWORK = 'NETWORK';
export const NETWORK_MESSAGE = '网络不好，请稍后再试';

const TIMEOUT_MS = 15_000;

export function networkFail(): Fail {
  return { ok: false, code: NETWORK, message: NETWORK_MESSAGE };
}

type AuthListener = (fail: Fail) => void;
let onUnauthenticated: AuthListener | undefined;

/** The session listens here to send the user back to login when the server no longer knows them. */
export function setUnauthenticatedListener(fn: AuthListener | undefined): void {
  onUnauthenticated = fn;
}

type CallListener = (fn: string, action: string) => void;
const answered = new Set<CallListener>();

/** Hears every call that succeeded (首页 keeps its answer until a write may have changed it). Answers the unsubscribe. */
export function onCallAnswered(fn: CallListener): () => void {
  answered.add(fn);
  return () => answered.delete(fn);
}

/**
 * The only way the app talks to cloud functions. Never throws: every problem is a `Fail`.
 * weapp: Taro.cloud.callFunction; H5: POST {API_BASE}/api/fn/:fn with a bearer token.
 */
export async function call<T>(fn: string, action: string, data?: object): Promise<Result<T>> {
  let result: Result<T>;
  try {
    result = process.env.TARO_ENV === 'weapp' ? await callCloud<T>(fn, action, data) : await callHttp<T>(fn, action, data);
  } catch {
    result = networkFail();
  }
  if (!result.ok && result.code === 'UNAUTHENTICATED' && onUnauthenticated) onUnauthenticated(result);
  if (result.ok) answered.forEach((l) => l(fn, action));
  return result;
}

/** Turns whatever came back into the envelope; anything unexpected is a server fault. */
export function toResult<T>(raw: unknown): Result<T> {
  if (raw && typeof raw === 'object' && 'ok' in raw) {
    const r = raw as { ok: unknown; data?: unknown; code?: unknown; message?: unknown; fields?: unknown };
    if (r.ok === true) return { ok: true, data: r.data as T };
    if (r.ok === false) {
      const code = typeof r.code === 'string' && r.code ? r.code : 'INTERNAL';
      const fail: Fail = {
        ok: false,
        code,
        message: typeof r.message === 'string' && r.message ? r.message : errorMessage(code),
      };
      if (r.fields && typeof r.fields === 'object') fail.fields = r.fields as Record<string, string>;
      return fail;
    }
  }
  return { ok: false, code: 'INTERNAL', message: errorMessage('INTERNAL') };
}

async function callCloud<T>(fn: string, action: string, data?: object): Promise<Result<T>> {
  try {
    const res = await Taro.cloud.callFunction({ name: fn, data: { action, data: data ?? {} } });
    return toResult<T>(res.result);
  } catch (e) {
    // errMsg like "cloud.callFunction:fail ... timeout" / "request:fail" = the phone could not reach the cloud.
    const msg = String((e as { errMsg?: string })?.errMsg ?? (e as Error)?.message ?? '');
    if (/timeout|network|request:fail|-1\b|ERR_/i.test(msg)) return networkFail();
    return { ok: false, code: 'INTERNAL', message: errorMessage('INTERNAL') };
  }
}

/** H5: JSON over fetch to the gateway. */
async function callHttp<T>(fn: string, action: string, data?: object): Promise<Result<T>> {
  if (process.env.TARO_ENV !== 'h5') return networkFail();
  const res = await postJson(`/api/fn/${encodeURIComponent(fn)}`, { action, data: data ?? {} });
  if (!res) return networkFail();
  const envelope = toResult<T>(res.body);
  if (res.body && typeof res.body === 'object' && 'ok' in (res.body as object)) return envelope;
  if (res.status === 401) return { ok: false, code: 'UNAUTHENTICATED', message: errorMessage('UNAUTHENTICATED') };
  if (res.status === 403) return { ok: false, code: 'FORBIDDEN', message: errorMessage('FORBIDDEN') };
  if (res.status >= 500 && res.status !== 502 && res.status !== 503 && res.status !== 504) return envelope;
  // 404 / 502–504 / an HTML page: the gateway is not there.
  return networkFail();
}

type HttpAnswer = { status: number; body: unknown };

/** H5 only. Resolves to undefined when the network failed or timed out. */
export async function requestJson(method: 'GET' | 'POST', path: string, body?: object): Promise<HttpAnswer | undefined> {
  if (process.env.TARO_ENV !== 'h5' || typeof fetch !== 'function') return undefined;
  const ctrl = typeof AbortController === 'function' ? new AbortController() : undefined;
  const timer = setTimeout(() => ctrl?.abort(), TIMEOUT_MS);
  try {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body) headers['Content-Type'] = 'application/json';
    const token = getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    const res = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      body: body ? JSON.stringify(body) : undefined,
      signal: ctrl?.signal,
    });
    let parsed: unknown;
    try {
      parsed = await res.json();
    } catch {
      parsed = undefined;
    }
    return { status: res.status, body: parsed };
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

function postJson(path: string, body: object): Promise<HttpAnswer | undefined> {
  return requestJson('POST', path, body);
}
