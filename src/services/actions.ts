import type { Result } from '@/contracts/result';
import { call } from './api';

/** An action's input, optional where every field is (`balance()`, `history()`). */
type Args<I> = Record<never, never> extends I ? [input?: I] : [input: I];

/** One function sending each action of a cloud function, typed by the domain's zod-free contract. */
export type Api<In extends { [A in keyof Out]: object }, Out> = {
  [A in keyof Out & string]: (...args: Args<In[A]>) => Promise<Result<Out[A]>>;
};

/**
 * The typed wrappers of one cloud function (`eventApi.list(input)` sends `list`), built from the contract's
 * list of actions, so pages carry no schema and no hand-written list of calls.
 */
export function apiOf<In extends { [A in keyof Out]: object }, Out>(fn: string, actions: readonly (keyof Out & string)[]): Api<In, Out> {
  const api: Record<string, (input?: object) => Promise<Result<unknown>>> = {};
  for (const action of actions) api[action] = (input) => call(fn, action, input ?? {});
  return api as unknown as Api<In, Out>;
}
