import type { Page } from '../../contracts/paging';
import { AppError } from '../errors';

/**
 * The server side of the one paging contract (contracts/paging): a list answers `{ items, next }`, and
 * `next` is an opaque cursor — base64url of a small JSON array `[tag, ...values]`. The tag says which kind
 * of list made it (its sort order, or the in-memory window it counts in), so a cursor is only ever read
 * back by the kind of list that wrote it; anything else answers VALIDATION_FAILED.
 *
 * Two ways to page:
 * - keyset, where the database can sort (almost every list): the cursor holds the last item's sort values,
 *   and the next page is one read of limit + 1 of the documents strictly after them in the same order —
 *   no skip, so a page costs the same however deep, and rows inserted meanwhile never shift a page;
 * - offset in a window, where the order is computed in memory over a bounded read (nearest first): the
 *   cursor holds the position in that window.
 */

/** What the paging fields of an input (contracts/paging.schema) parse to. */
export type PageRequest = { cursor?: string; limit: number };

export type KeyValue = string | number | boolean;
type Kind = 'string' | 'number' | 'boolean';
/** One sort key of a list: the field (a dotted path may name a nested one), its direction, the type of its values. */
export type SortKey = readonly [field: string, dir: 'asc' | 'desc', kind: Kind];
/**
 * A list's order. Its last key must be unique among the documents listed (usually `_id`), so every
 * document has exactly one place and no page repeats or skips one; every listed document has every key.
 */
export type Order = readonly SortKey[];

/** By one field, then by `_id` the same way: documents with equal values still page exactly once. */
export const orderBy = (field: string, dir: 'asc' | 'desc', kind: Kind = 'number'): Order => [
  [field, dir, kind],
  ['_id', dir, 'string'],
];

/** A review queue: flagged first (a content check asked for a look), then the oldest. */
export const FLAGGED_THEN_OLDEST: Order = [['flagged', 'desc', 'boolean'], ...orderBy('createdAt', 'asc')];

/** The few query operators a keyset condition needs — `db.command` has them. */
export type Cmd = {
  lt(v: KeyValue): unknown;
  gt(v: KeyValue): unknown;
  and(conditions: unknown[]): unknown;
  or(conditions: unknown[]): unknown;
};

/** Longest string value a cursor may carry (ids are ≤ 64; a station name far less). */
const MAX_STRING = 200;
/** Largest position an offset cursor may carry (windows hold at most PAGE_MAX items). */
const MAX_OFFSET = 10_000;

export function badCursor(): AppError {
  return new AppError('VALIDATION_FAILED', '填写的内容有误：翻页标记无效', { cursor: '翻页标记无效' });
}

export function encodeCursor(tag: string, values: readonly KeyValue[]): string {
  return Buffer.from(JSON.stringify([tag, ...values]), 'utf8').toString('base64url');
}

/**
 * The values a cursor of `tag` carries, each of the kind named; VALIDATION_FAILED for anything else. The
 * values go into a query, so nothing but a string, a finite number or a boolean gets through (no objects:
 * no operators smuggled in).
 */
export function decodeCursor(cursor: string, tag: string, kinds: readonly Kind[]): KeyValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== kinds.length + 1 || parsed[0] !== tag) throw badCursor();
  const values = parsed.slice(1) as unknown[];
  values.forEach((v, i) => {
    const ok = typeof v === kinds[i] && (typeof v !== 'number' || Number.isFinite(v)) && (typeof v !== 'string' || v.length <= MAX_STRING);
    if (!ok) throw badCursor();
  });
  return values as KeyValue[];
}

// ---- keyset ----

/** A short fixed name for an order (its fields and directions), so a cursor fits only lists sorted alike. */
function tagOf(order: Order): string {
  let h = 5381;
  for (const ch of order.map(([f, d]) => `${f}:${d}`).join(',')) h = ((h * 33) ^ ch.charCodeAt(0)) >>> 0;
  return 'k' + h.toString(36);
}

function valueAt(doc: unknown, field: string): unknown {
  return field.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), doc);
}

/**
 * The condition "strictly after the cursor in `order`", to AND with the list's own filter; undefined on the
 * first page. For keys k1 … kn and the cursor's values v1 … vn it is
 *   k1 ≻ v1  OR  (k1 = v1 AND k2 ≻ v2)  OR … OR  (k1 = v1 AND … AND kn ≻ vn)
 * where ≻ is < for a descending key and > for an ascending one — e.g. `createdAt desc, _id desc` gives
 * `createdAt < c OR (createdAt = c AND _id < id)`.
 */
export function keysetAfter(order: Order, cursor: string | undefined, cmd: Cmd): unknown {
  if (cursor === undefined) return undefined;
  const values = decodeCursor(
    cursor,
    tagOf(order),
    order.map(([, , kind]) => kind),
  );
  const branches = order.map(([field, dir], i) => {
    const branch: Record<string, unknown> = {};
    for (let j = 0; j < i; j++) branch[order[j][0]] = values[j];
    branch[field] = dir === 'desc' ? cmd.lt(values[i]) : cmd.gt(values[i]);
    return branch;
  });
  return branches.length === 1 ? branches[0] : cmd.or(branches);
}

/** The list's filter and, after the first page, the keyset condition: what to hand to `where()`. */
export function keysetWhere(where: object, order: Order, cursor: string | undefined, cmd: Cmd): unknown {
  const after = keysetAfter(order, cursor, cmd);
  return after === undefined ? where : cmd.and([where, after]);
}

/**
 * A page from the documents a keyset read answered (up to limit + 1, in `order`): the first `limit`, and
 * `next` when the read found one more — then more follow.
 */
export function keysetPage<T>(order: Order, found: T[], limit: number): Page<T> {
  const items = found.slice(0, limit);
  if (found.length <= limit || !items.length) return { items, next: null };
  const last = items[items.length - 1];
  const values = order.map(([field, , kind]) => {
    const v = valueAt(last, field);
    // A listed document without a sort key would page wrongly: a bug in the list, not in the caller's input.
    if (typeof v !== kind) throw new Error(`keysetPage: ${field} is ${typeof v}, not ${kind}`);
    return v as KeyValue;
  });
  return { items, next: encodeCursor(tagOf(order), values) };
}

// ---- offset within a window computed in memory ----

/** The position an offset cursor of `tag` carries (a non-negative integer); 0 on the first page. */
export function offsetFrom(cursor: string | undefined, tag: string): number {
  if (cursor === undefined) return 0;
  const [n] = decodeCursor(cursor, tag, ['number']) as number[];
  if (!Number.isInteger(n) || n < 0 || n > MAX_OFFSET) throw badCursor();
  return n;
}

/** Items `offset` … `offset + limit` of a window; `next` points past them while the window holds more. */
export function windowPage<T>(all: readonly T[], offset: number, limit: number, tag: string): Page<T> {
  const end = offset + limit;
  return { items: all.slice(offset, end), next: end < all.length ? encodeCursor(tag, [end]) : null };
}
