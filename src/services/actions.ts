import type { Result } from '@/contracts/result';
import { call } from './api';

/** An action's input, optional where every field is (`balance()`, `history()`). */
type Args<I> = Record<never, never> extends I ? [input?: I] : [input: I];

/** One function sending each action of a cloud function, typed by the domain's zod-free contract. */
export type Api<In extends { [A in keyof Out]: object }, Out> = {
  [A in keyof Out & string]: (...args: Args<In[A]>) => Promise<Result<Out[A]>>;
};

/**
 * Names a caller may read off an api object without meaning an action: `await api` / Promise.resolve(api)
 * look for `then`; React devtools, jest and console printing look for these. They answer undefined, so an api
 * object is never mistaken for a promise or a React element.
 */
const NOT_ACTIONS = new Set(['then', 'catch', 'finally', 'toJSON', 'constructor', 'asymmetricMatch', 'nodeType', 'tagName']);

/**
 * The typed wrappers of one cloud function (`eventApi.list(input)` sends `list`). The action names live once,
 * as the keys of the contract's input/output maps (the server's router is typed against the same keys), so
 * there is no runtime list: reading a property answers the sender of that action, made once and kept. Pages
 * carry no schema and no hand-written list of calls.
 *
 * Proxy can't be polyfilled: WeChat's JavaScript support page warns that some old clients lack it. The logic
 * layer runs on iOS JavaScriptCore (Proxy since iOS 10) and Android V8; set the 基础库最低版本 in the admin
 * console at or above the project's libVersion so those old clients are asked to update WeChat instead.
 */
export function apiOf<In extends { [A in keyof Out]: object }, Out extends { [A in keyof In]: unknown }>(fn: string): Api<In, Out> {
  const senders = new Map<string, (input?: object) => Promise<Result<unknown>>>();
  const sender = (action: string) => {
    let send = senders.get(action);
    if (!send) senders.set(action, (send = (input) => call(fn, action, input ?? {})));
    return send;
  };
  return new Proxy({} as Api<In, Out>, {
    get: (_, key) =>
      typeof key !== 'string' || key.startsWith('$$') || key.startsWith('@@') || NOT_ACTIONS.has(key) ? undefined : sender(key),
  });
}
