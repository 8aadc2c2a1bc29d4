/**
 * Operators where mingo 7 answers differently from MongoDB (so from CloudBase); mongo.ts puts these in
 * place of mingo's own:
 * - `$elemMatch` (query): a query on fields (`{ value: 1 }`) is matched only by elements that are
 *   documents (or arrays, which MongoDB reads as documents with keys "0", "1", …), never by scalars;
 *   operators alone (`{ $gte: 1 }`) test each element itself, scalars included. mingo let `[1, 2]` match
 *   `{ value: 1 }`.
 * - `$count` (stage): no documents in, no document out (mingo answered `[{ total: 0 }]`).
 * - `$substrBytes` / `$substr` (its alias): a negative length means "to the end of the string", a negative
 *   or too large start gives "" (MongoDB reads both as huge unsigned numbers); mingo refused negatives.
 * - `$indexOfBytes` counts UTF-8 bytes (mingo counted UTF-16 units); `$indexOfCP` (code points) was missing.
 * - `$week`: weeks start on Sunday, days before the year's first Sunday are week 0 (mingo answered the ISO
 *   week of the year before for them, and week 1 for the last days of some years).
 */
import { evalExpr } from 'mingo/core';
import { Lazy } from 'mingo/lazy';
import { $dayOfWeek, $dayOfYear } from 'mingo/operators/expression';
import { Query } from 'mingo/query';
import { resolve } from 'mingo/util';
import type { Doc } from '../types';
import { isPlainObject } from '../store/ejson';

type Options = any;

/** Operators that only stand at the top of a query: with them `$elemMatch` holds a query on documents. */
const TOP_LEVEL = new Set(['$and', '$or', '$nor', '$where', '$expr', '$text', '$comment', '$jsonSchema']);

const asDoc = (el: unknown): Doc | undefined =>
  isPlainObject(el) ? el : Array.isArray(el) ? Object.fromEntries(el.map((v, i) => [String(i), v])) : undefined;

export const $elemMatch = (selector: string, criteria: unknown, options: Options) => {
  if (!isPlainObject(criteria)) throw new Error('$elemMatch needs an Object');
  const keys = Object.keys(criteria);
  const onValue = keys.length > 0 && keys.every((k) => k.startsWith('$') && !TOP_LEVEL.has(k));
  const q = new Query(onValue ? { v: criteria } : criteria, options);
  const test = onValue
    ? (el: unknown) => q.test({ v: el })
    : (el: unknown) => {
        const doc = asDoc(el);
        return doc !== undefined && q.test(doc);
      };
  return (obj: unknown) => {
    const arr = resolve(obj as Doc, selector, { unwrapArray: true });
    return Array.isArray(arr) && arr.some(test);
  };
};

export const $count = (coll: any, expr: unknown) => {
  if (typeof expr !== 'string' || expr.trim() === '' || expr.startsWith('$') || expr.includes('.')) {
    throw new Error('the count field must be a non-empty string, must not start with $ and must not contain .');
  }
  return coll.transform((xs: unknown[]) => Lazy(xs.length > 0 ? [{ [expr]: xs.length }] : []));
};

function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (v instanceof Date) return 'date';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'double';
  return typeof v === 'object' ? 'object' : typeof v;
}

/** MongoDB's string coercion for string operators: null and missing are "". */
function coerceToString(v: unknown, op: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (v instanceof Date) return v.toISOString();
  throw new Error(`${op}: can't convert from BSON type ${typeName(v)} to String`);
}

/** A numeric argument as MongoDB's unsigned size_type would read it: negatives become "huge". */
function unsigned(v: unknown, op: string, what: string): number {
  if (typeof v !== 'number' || Number.isNaN(v)) throw new Error(`${op}: ${what} must be a numeric type (is BSON type ${typeName(v)})`);
  const n = Math.trunc(v);
  return n < 0 ? Number.MAX_SAFE_INTEGER : n;
}

const isContinuation = (b: number | undefined) => b !== undefined && (b & 0xc0) === 0x80;

const substrBytes = (op: string) => (obj: unknown, expr: unknown, options: Options) => {
  if (!Array.isArray(expr) || expr.length !== 3) throw new Error(`${op} expects an array of 3 arguments`);
  const [s, start, length] = evalExpr(obj, expr, options) as unknown[];
  const bytes = Buffer.from(coerceToString(s, op), 'utf8');
  const lower = unsigned(start, op, 'starting index');
  const len = unsigned(length, op, 'length');
  if (lower < bytes.length && isContinuation(bytes[lower])) {
    throw new Error(`${op}:  Invalid range, starting index is a UTF-8 continuation byte.`);
  }
  if (lower + len < bytes.length && isContinuation(bytes[lower + len])) {
    throw new Error(`${op}:  Invalid range, ending index is in the middle of a UTF-8 character.`);
  }
  if (lower >= bytes.length) return '';
  return bytes.subarray(lower, Math.min(bytes.length, lower + len)).toString('utf8');
};

export const $substrBytes = substrBytes('$substrBytes');
export const $substr = substrBytes('$substr');

/** Arguments of $indexOfBytes / $indexOfCP, or null when the string is null or missing. */
function indexArgs(op: string, obj: unknown, expr: unknown, options: Options) {
  if (!Array.isArray(expr) || expr.length < 2 || expr.length > 4)
    throw new Error(`Expression ${op} takes at least 2 arguments, and at most 4`);
  const [str, token, start, end] = evalExpr(obj, expr, options) as unknown[];
  if (str === null || str === undefined) return null;
  if (typeof str !== 'string') throw new Error(`${op} requires a string as the first argument, found: ${typeName(str)}`);
  if (typeof token !== 'string') throw new Error(`${op} requires a string as the second argument, found: ${typeName(token)}`);
  const bound = (v: unknown, what: string): number | undefined => {
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v))
      throw new Error(`${op} requires an integral ${what} index, found a value of type: ${typeName(v)}`);
    if (v < 0) throw new Error(`${op} requires a nonnegative ${what} index, found: ${v}`);
    return v;
  };
  return { str, token, start: bound(start, 'starting') ?? 0, end: bound(end, 'ending') };
}

/** First index ≥ start where `token` occurs inside [start, end) of `units`, or -1. */
function indexIn<T>(units: T[], token: T[], start: number, end: number): number {
  if (start > units.length || start > end) return -1;
  for (let i = start; i + token.length <= Math.min(end, units.length); i++) {
    let j = 0;
    while (j < token.length && units[i + j] === token[j]) j++;
    if (j === token.length) return i;
  }
  return -1;
}

export const $indexOfBytes = (obj: unknown, expr: unknown, options: Options) => {
  const a = indexArgs('$indexOfBytes', obj, expr, options);
  if (!a) return null;
  const units = [...Buffer.from(a.str, 'utf8')];
  return indexIn(units, [...Buffer.from(a.token, 'utf8')], a.start, a.end ?? units.length);
};

export const $indexOfCP = (obj: unknown, expr: unknown, options: Options) => {
  const a = indexArgs('$indexOfCP', obj, expr, options);
  if (!a) return null;
  const units = Array.from(a.str);
  return indexIn(units, Array.from(a.token), a.start, a.end ?? units.length);
};

/** Week of the year 0–53 as MongoDB's $week (strftime %U): weeks begin on Sunday. */
export const $week = (obj: unknown, expr: unknown, options: Options) => {
  const arg = evalExpr(obj, expr, options) as unknown;
  if (arg === null || arg === undefined || (isPlainObject(arg) && (arg.date === null || arg.date === undefined))) return null;
  const yday = ($dayOfYear as any)(obj, expr, options) - 1;
  const wday = ($dayOfWeek as any)(obj, expr, options) - 1;
  return Math.floor((yday + 7 - wday) / 7);
};
