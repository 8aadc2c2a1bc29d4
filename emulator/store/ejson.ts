/**
 * The value model of the store and its Extended JSON codec.
 *
 * In memory a document holds JSON values plus Date, RegExp and ObjectIdValue. On the wire the SDK sends
 * canonical EJSON (`{"$numberInt":"1"}`, `{"$date":{"$numberLong":"…"}}`, `{"$regularExpression":…}`,
 * `{"$oid":…}`, and its own `{"$tcb_server_date":{"offset":…}}`), and parses answers with bson's
 * EJSON.parse (relaxed). We answer in relaxed form: plain JSON numbers, `$date`/`$regularExpression`/`$oid`
 * wrappers, `$numberDouble` only for NaN/±Infinity/-0. The journal uses the same encoding.
 */

/** A MongoDB ObjectId kept as its hex string (compares by value in mingo because the key is not `$oid`). */
export class ObjectIdValue {
  constructor(readonly hex: string) {}
  toString(): string {
    return this.hex;
  }
}

const JS_REGEX_FLAGS = new Set(['i', 'm', 's', 'u']);

function toRegExp(pattern: string, options: string): RegExp {
  const flags = [...new Set(options.split(''))].filter((f) => JS_REGEX_FLAGS.has(f)).join('');
  return new RegExp(pattern, flags);
}

function reviveSpecial(value: unknown, now: number): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length === 0 || keys[0][0] !== '$') return value;
  const k = keys[0];
  const v = obj[k];
  if (keys.length === 1) {
    switch (k) {
      case '$numberInt':
      case '$numberLong':
      case '$numberDouble':
      case '$numberDecimal':
        return typeof v === 'string' ? Number(v) : v;
      case '$date':
        if (typeof v === 'number') return new Date(v);
        if (typeof v === 'string') return new Date(v);
        return value;
      case '$oid':
        return typeof v === 'string' ? new ObjectIdValue(v) : value;
      case '$regularExpression': {
        const re = v as { pattern?: unknown; options?: unknown };
        return typeof re?.pattern === 'string' ? toRegExp(re.pattern, String(re.options ?? '')) : value;
      }
      case '$tcb_server_date': {
        const offset = Number((v as { offset?: unknown })?.offset ?? 0);
        return new Date(now + (Number.isFinite(offset) ? offset : 0));
      }
      default:
        return value;
    }
  }
  if (keys.length === 2 && obj.$regex !== undefined && typeof obj.$regex === 'string' && typeof obj.$options === 'string') {
    return toRegExp(obj.$regex, obj.$options);
  }
  return value;
}

/** Parses an EJSON string into store values; `$tcb_server_date` becomes the current time plus its offset. */
export function parseEJSON(text: string): any {
  const now = Date.now();
  return JSON.parse(text, (_key, value) => reviveSpecial(value, now));
}

/** Converts an already-parsed JSON value (e.g. a request field that was not a string) into store values. */
export function reviveEJSON(value: unknown): any {
  if (value === undefined) return undefined;
  return parseEJSON(JSON.stringify(value));
}

function replacerOf(objectIds: 'oid' | 'hex') {
  return function replacer(this: any, key: string, value: unknown): unknown {
    const raw = this[key];
    if (raw instanceof Date) return { $date: { $numberLong: String(raw.getTime()) } };
    if (raw instanceof RegExp) return { $regularExpression: { pattern: raw.source, options: raw.flags } };
    if (raw instanceof ObjectIdValue) return objectIds === 'hex' ? raw.hex : { $oid: raw.hex };
    if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) {
      return { $numberDouble: Object.is(value, -0) ? '-0.0' : String(value) };
    }
    return value;
  };
}
const lossless = replacerOf('oid');
const answered = replacerOf('hex');

/**
 * Serialises store values to (relaxed) EJSON that bson's EJSON.parse reads back losslessly. With
 * `objectIds: 'hex'` an ObjectId becomes its hex string instead, as CloudBase answers documents (the SDK
 * would turn `{ $oid }` into an empty object).
 */
export function stringifyEJSON(value: unknown, opts: { objectIds?: 'oid' | 'hex' } = {}): string {
  return JSON.stringify(value, opts.objectIds === 'hex' ? answered : lossless);
}

/** Deep copy of a store value. */
export function cloneValue<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneValue) as unknown as T;
  if (value instanceof Date) return new Date(value.getTime()) as unknown as T;
  if (value instanceof RegExp || value instanceof ObjectIdValue) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = cloneValue((value as Record<string, unknown>)[k]);
  return out as T;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
