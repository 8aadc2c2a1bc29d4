/**
 * Building views from documents: an optional field is left out, never sent as undefined (a page tells
 * "not set" by the key's absence, and the function's answer stays small).
 */

/**
 * The fields of `doc` named in `keys`, as they are: a view's fields that show the document's unchanged. A
 * spread result escapes the view type's excess-field check, so name the keys `as const satisfies readonly
 * (keyof View)[]`: a document field the view lacks (one not meant for its readers) then fails to compile.
 */
export function pick<T extends object, K extends keyof T & string>(doc: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = doc[k];
  return out;
}

/** `{ [key]: value }`, or nothing when the value is not set. */
export const opt = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/** The fields of `doc` named in `keys` that are set, as they are: a view's optional fields shown unchanged. */
export function present<T extends object, K extends keyof T & string>(doc: T, keys: readonly K[]): { [P in K]?: Exclude<T[P], undefined> } {
  const out: Partial<Record<K, unknown>> = {};
  for (const k of keys) if (doc[k] !== undefined) out[k] = doc[k];
  return out as { [P in K]?: Exclude<T[P], undefined> };
}
