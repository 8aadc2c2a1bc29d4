/**
 * Request fields as @cloudbase/database 1.4.3 sends them: `query`, `data`, `projection`, `order` are EJSON
 * strings (insertDocument's `data` is an array of EJSON strings); `order` is `{ field: 1 | -1, … }` in
 * orderBy() call order; `limit` defaults to 100 and is capped at 1000; `offset` is the skip.
 */
import type { Doc } from '../types';
import { isPlainObject, parseEJSON, reviveEJSON } from '../store/ejson';
import { invalidParam } from './errors';
import type { SortSpec } from './mongo';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export function ejsonField(value: unknown, name: string): any {
  if (value === undefined || value === null || value === '') return undefined;
  try {
    return typeof value === 'string' ? parseEJSON(value) : reviveEJSON(value);
  } catch {
    throw invalidParam(`${name} is not valid EJSON`);
  }
}

export function collectionName(body: Doc): string {
  const name = body.collectionName;
  if (typeof name !== 'string' || name === '') throw invalidParam('collectionName is required');
  if (name.startsWith('$') || /[\u0000-\u001f]/.test(name)) throw invalidParam(`invalid collection name ${JSON.stringify(name)}`);
  return name;
}

export function queryOf(body: Doc): Doc | undefined {
  const q = ejsonField(body.query, 'query');
  if (q !== undefined && !isPlainObject(q)) throw invalidParam('query must be an object');
  return q;
}

export function objectField(body: Doc, name: string): Doc {
  const v = ejsonField(body[name], name);
  if (!isPlainObject(v)) throw invalidParam(`${name} must be an object`);
  return v;
}

function direction(v: unknown): 1 | -1 {
  if (v === -1 || v === 'desc' || v === 'descending') return -1;
  if (v === 1 || v === 'asc' || v === 'ascending') return 1;
  throw invalidParam(`invalid sort direction ${JSON.stringify(v)}`);
}

export function orderOf(body: Doc): SortSpec {
  const order = ejsonField(body.order, 'order');
  if (order === undefined) return [];
  const spec: SortSpec = [];
  const items: unknown[] = Array.isArray(order) ? order : [order];
  for (const item of items) {
    if (!isPlainObject(item)) throw invalidParam('order must be an object or an array');
    if (typeof item.field === 'string' && 'direction' in item) spec.push([item.field, direction(item.direction)]);
    else for (const [f, d] of Object.entries(item)) spec.push([f, direction(d)]);
  }
  return spec;
}

function nonNegativeInt(v: unknown, name: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw invalidParam(`${name} must be a non-negative integer`);
  return n;
}

export function limitOf(body: Doc): number {
  const n = nonNegativeInt(body.limit, 'limit');
  if (!n) return DEFAULT_LIMIT;
  return Math.min(n, MAX_LIMIT);
}

export function offsetOf(body: Doc): number {
  return nonNegativeInt(body.offset, 'offset') ?? 0;
}

export function projectionOf(body: Doc): Doc | undefined {
  const p = ejsonField(body.projection, 'projection');
  if (p === undefined) return undefined;
  if (!isPlainObject(p)) throw invalidParam('projection must be an object');
  return p;
}

/** The `_id` a DOC-type request addresses (`{ _id: X }`), if any. */
export function docIdOf(query: Doc | undefined): unknown {
  if (!query) return undefined;
  const keys = Object.keys(query);
  return keys.length === 1 && keys[0] === '_id' && !isPlainObject(query._id) ? query._id : undefined;
}
