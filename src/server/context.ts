import { AsyncLocalStorage } from 'node:async_hooks';
import { getCloud } from './cloud';

/** One invocation's identity as the local runtime knows it (it plays WeChat's part there). */
export type LocalInvocation = { openid: string; appid?: string; now?: number };

const KEY = Symbol.for('civic-practice.local-invocation');
type Holder = { [KEY]?: AsyncLocalStorage<LocalInvocation> };

/**
 * The local runtime's context store. Only the local gateway and tests create it; production never does,
 * so there the caller always comes from WeChat's context.
 */
export function localInvocations(): AsyncLocalStorage<LocalInvocation> {
  const g = globalThis as Holder;
  g[KEY] ??= new AsyncLocalStorage<LocalInvocation>();
  return g[KEY];
}

export type CallerIdentity = { openid?: string; appid?: string; now: number };

/** The only seam that reads who is calling. Never read identity from the event. */
export function callerIdentity(): CallerIdentity {
  const local = (globalThis as Holder)[KEY]?.getStore();
  if (local) return { openid: local.openid || undefined, appid: local.appid, now: local.now ?? Date.now() };
  const wx = getCloud().getWXContext() as { OPENID?: string; APPID?: string };
  return { openid: wx.OPENID || undefined, appid: wx.APPID || undefined, now: Date.now() };
}

/** The CloudBase environment this function runs in (cloud pay names it); locally TCB_ENV or 'local'. */
export function cloudEnvId(): string {
  const wx = getCloud().getWXContext() as { ENV?: string };
  return wx.ENV || process.env.TCB_ENV || 'local';
}
