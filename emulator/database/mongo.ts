/**
 * MongoDB semantics through mingo 7, with the corrections CloudBase (MongoDB 4.0 underneath) needs:
 * `$mod` only matches numbers (mingo lets `null % 2 === 0` match), `$sample` picks distinct documents
 * (mingo draws with replacement), sort keys of arrays use the smallest (ascending) or largest
 * (descending) element as MongoDB does, a find() projection may name a field and a path inside it, and
 * the operators of mongo-ops.ts ($elemMatch, $count, $substr/$substrBytes, $indexOfBytes/$indexOfCP, $week).
 */
import { dirname, join } from 'node:path';
import { Context } from 'mingo';
import { Aggregator } from 'mingo/aggregator';
import * as accumulator from 'mingo/operators/accumulator';
import * as expression from 'mingo/operators/expression';
import * as pipeline from 'mingo/operators/pipeline';
import * as projection from 'mingo/operators/projection';
import * as queryOps from 'mingo/operators/query';
import * as window from 'mingo/operators/window';
import { Lazy } from 'mingo/lazy';
import { Query } from 'mingo/query';
import type { Options } from 'mingo/types';
import { update as mingoUpdate } from 'mingo/updater';
import { compare, ensureArray, resolve } from 'mingo/util';
import type { Doc } from '../types';
import { $count, $elemMatch, $indexOfBytes, $indexOfCP, $substr, $substrBytes, $week } from './mongo-ops';

const $mod = (selector: string, value: unknown) => {
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'number' || typeof value[1] !== 'number') {
    throw new Error('malformed $mod: expects [divisor, remainder]');
  }
  const [divisor, remainder] = value as [number, number];
  if (divisor === 0) throw new Error('$mod: divisor cannot be 0');
  const test = (x: unknown) => typeof x === 'number' && Math.trunc(x) % Math.trunc(divisor) === Math.trunc(remainder);
  return (obj: unknown) => ensureArray(resolve(obj as Doc, selector, { unwrapArray: true })).some(test);
};

const $sample = (coll: any, expr: { size?: unknown }) => {
  const size = Number(expr?.size);
  if (!Number.isInteger(size) || size < 0) throw new Error('$sample size must be a non-negative integer');
  return coll.transform((xs: unknown[]) => {
    const a = xs.slice();
    const k = Math.min(size, a.length);
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(Math.random() * (a.length - i));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return Lazy(a.slice(0, k));
  });
};

/** All of mingo's operators, with ours replacing its own (mingo's top-level helpers let defaults win). */
const context = Context.init({
  accumulator: accumulator as any,
  expression: { ...(expression as any), $substr, $substrBytes, $indexOfBytes, $indexOfCP, $week },
  pipeline: { ...(pipeline as any), $sample, $count },
  projection: projection as any,
  query: { ...(queryOps as any), $mod, $elemMatch },
  window: window as any,
});

export type CollectionResolver = (name: string) => Doc[];

export function mingoOptions(resolver?: CollectionResolver): Partial<Options> {
  return { idKey: '_id', context, ...(resolver ? { collectionResolver: resolver } : {}) } as Partial<Options>;
}

/**
 * The options every filter and projection compiles with, made once. Given plain options, each `new Query`
 * copies every operator table into a fresh context (a tenth of the database's time under a sign-up rush);
 * given mingo's own ComputeOptions it shares them. mingo 7 keeps that class out of its package exports,
 * hence the path; should a release move it, queries fall back to plain options (slower, the same answers).
 */
const queryOptions: Partial<Options> = (() => {
  try {
    const internal = require(join(dirname(require.resolve('mingo')), 'core', '_internal.js')) as {
      ComputeOptions?: { init(o: Partial<Options>): Partial<Options> };
    };
    return internal.ComputeOptions?.init(mingoOptions()) ?? mingoOptions();
  } catch {
    return mingoOptions();
  }
})();

export type Matcher = (doc: Doc) => boolean;

/** Compiles a MongoDB query; an empty/absent filter matches everything. */
export function compileFilter(filter: Doc | undefined): Matcher {
  if (!filter || Object.keys(filter).length === 0) return () => true;
  const q = new Query(filter, queryOptions);
  return (doc) => q.test(doc);
}

/** Applies update operators in place; returns the modified paths (empty when nothing changed). */
export function applyOperators(doc: Doc, modifier: Doc): string[] {
  return mingoUpdate(doc, modifier as any, undefined, undefined, { cloneMode: 'deep', queryOptions: mingoOptions() });
}

export function runPipeline(docs: Doc[], pipeline: Doc[], resolver: CollectionResolver): Doc[] {
  return new Aggregator(pipeline, mingoOptions(resolver)).run(docs) as Doc[];
}

const sense = (v: unknown) => (v === true || v === 1 ? 1 : v === false || v === 0 ? 0 : undefined);

/**
 * MongoDB 4.0 accepts a find() projection that names a field and a path inside it (`{ a: 1, 'a.b': 1 }`):
 * the field wins and comes whole. mingo refuses that path collision, as MongoDB 4.4 does, so the inner
 * paths are dropped first (only when both include or both exclude: a mix stays an error).
 */
function withoutInnerPaths(projection: Doc): Doc {
  const keys = Object.keys(projection);
  const out: Doc = {};
  for (const k of keys) {
    const s = sense(projection[k]);
    if (s === undefined || !keys.some((p) => k.startsWith(p + '.') && sense(projection[p]) === s)) out[k] = projection[k];
  }
  return out;
}

/** Applies a find() projection to documents (inclusion/exclusion, `$slice`, `$elemMatch`). */
export function project(docs: Doc[], projection: Doc | undefined): Doc[] {
  if (!projection || Object.keys(projection).length === 0) return docs;
  return new Query({}, queryOptions).find(docs, withoutInnerPaths(projection) as any).all() as Doc[];
}

export type SortSpec = Array<[string, 1 | -1]>;

const EMPTY_ARRAY_KEY = Symbol('empty array');

function sortKey(doc: Doc, field: string, dir: 1 | -1): unknown {
  const v = resolve(doc, field);
  if (!Array.isArray(v)) return v;
  if (v.length === 0) return EMPTY_ARRAY_KEY;
  let best = v[0];
  for (const el of v) if (compare(el, best) * dir < 0) best = el;
  return best;
}

function compareKeys(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === EMPTY_ARRAY_KEY) return -1;
  if (b === EMPTY_ARRAY_KEY) return 1;
  return compare(a ?? null, b ?? null);
}

/** Stable sort: documents that tie keep their natural (insertion) order. */
export function sortDocs(docs: Doc[], spec: SortSpec): Doc[] {
  if (spec.length === 0) return docs;
  const keyed = docs.map((doc) => ({ doc, keys: spec.map(([f, dir]) => sortKey(doc, f, dir)) }));
  keyed.sort((x, y) => {
    for (let i = 0; i < spec.length; i++) {
      const c = compareKeys(x.keys[i], y.keys[i]);
      if (c !== 0) return c * spec[i][1];
    }
    return 0;
  });
  return keyed.map((k) => k.doc);
}
