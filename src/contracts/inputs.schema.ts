import * as z from 'zod';

/** A builder of one action's input schema. */
type Builders = Record<string, () => z.ZodType>;

/**
 * A function's table of action inputs, each schema built on its action's first parse (`z.lazy`, which
 * keeps what the builder answered) instead of when the function loads: a cold instance serves one
 * action, so it builds that action's schema alone. Parsing is the builder's schema's, unchanged: the same
 * rules, defaults, messages and paths. `WishInput.submit` is then a schema like any other.
 */
export function actionInputs<B extends Builders>(builders: B): { [A in keyof B]: z.ZodLazy<ReturnType<B[A]>> } {
  const inputs: Record<string, z.ZodType> = {};
  for (const [action, build] of Object.entries(builders)) inputs[action] = z.lazy(build);
  return inputs as { [A in keyof B]: z.ZodLazy<ReturnType<B[A]>> };
}
