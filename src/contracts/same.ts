/**
 * Compile-time checks that a schema (in a *.schema.ts file) parses to exactly the plain type its zod-free
 * half declares for pages: `const _x: Same<z.input<typeof S>, T> = true` fails to compile when they drift.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** True when every value of a per-action map of Same checks is true. */
export type AllSame<T extends Record<string, boolean>> = false extends T[keyof T] ? false : true;
