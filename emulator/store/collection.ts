/**
 * One collection in memory: documents by `_id` key in insertion order (a Map keeps it), each with an
 * insertion sequence (natural order) and a version (the store clock at its last write, for transactions),
 * plus equality indexes on fields, built on demand and maintained on every write.
 */
import type { Doc } from '../types';
import { isPlainObject } from './ejson';
import { valueKey } from './keys';

export interface DocRecord {
  doc: Doc;
  /** insertion sequence: natural order of the collection */
  seq: number;
  /** store clock value of the last write */
  ver: number;
}

/** Every scalar a MongoDB equality match on `path` could compare against (a superset is fine). */
export function pathValues(doc: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  collect(doc, path.split('.'), 0, out);
  return out;
}

function collect(value: unknown, parts: string[], i: number, out: unknown[]): void {
  if (i === parts.length) {
    if (Array.isArray(value)) for (const el of value) out.push(el);
    else out.push(value);
    return;
  }
  const part = parts[i];
  if (Array.isArray(value)) {
    if (/^\d+$/.test(part)) collect(value[Number(part)], parts, i + 1, out);
    for (const el of value) if (el !== null && typeof el === 'object') collect(el, parts, i, out);
    return;
  }
  if (isPlainObject(value)) collect(value[part], parts, i + 1, out);
}

class FieldIndex {
  readonly byValue = new Map<string, Set<string>>();
  constructor(readonly field: string) {}

  add(idk: string, doc: Doc): void {
    for (const key of this.keysOf(doc)) {
      let set = this.byValue.get(key);
      if (!set) this.byValue.set(key, (set = new Set()));
      set.add(idk);
    }
  }

  remove(idk: string, doc: Doc): void {
    for (const key of this.keysOf(doc)) {
      const set = this.byValue.get(key);
      if (!set) continue;
      set.delete(idk);
      if (set.size === 0) this.byValue.delete(key);
    }
  }

  private keysOf(doc: Doc): Set<string> {
    const keys = new Set<string>();
    for (const v of pathValues(doc, this.field)) {
      const k = valueKey(v);
      if (k !== undefined) keys.add(k);
    }
    return keys;
  }
}

/** Collections smaller than this are scanned; larger ones get an index on first equality query of a field. */
export const AUTO_INDEX_MIN_DOCS = 256;
const MAX_INDEXES = 32;

export class Collection {
  readonly recs = new Map<string, DocRecord>();
  /** versions of deleted ids, so a transaction that read a missing/deleted document can detect a re-insert */
  readonly tombstones = new Map<string, number>();
  private readonly indexes = new Map<string, FieldIndex>();
  private nextSeq = 0;

  constructor(readonly name: string) {}

  get size(): number {
    return this.recs.size;
  }

  get(idk: string): DocRecord | undefined {
    return this.recs.get(idk);
  }

  version(idk: string): number {
    return this.recs.get(idk)?.ver ?? this.tombstones.get(idk) ?? 0;
  }

  put(idk: string, doc: Doc, ver: number): void {
    const old = this.recs.get(idk);
    if (old) {
      for (const ix of this.indexes.values()) ix.remove(idk, old.doc);
      old.doc = doc;
      old.ver = ver;
    } else {
      this.recs.set(idk, { doc, seq: this.nextSeq++, ver });
      this.tombstones.delete(idk);
    }
    for (const ix of this.indexes.values()) ix.add(idk, doc);
  }

  delete(idk: string, ver: number): boolean {
    const old = this.recs.get(idk);
    if (!old) return false;
    for (const ix of this.indexes.values()) ix.remove(idk, old.doc);
    this.recs.delete(idk);
    this.tombstones.set(idk, ver);
    return true;
  }

  clear(ver: number): void {
    for (const idk of this.recs.keys()) this.tombstones.set(idk, ver);
    this.recs.clear();
    for (const ix of this.indexes.values()) ix.byValue.clear();
  }

  /** Ids whose `field` may equal `value`, or undefined when no index exists (or may be built) for it. */
  lookup(field: string, value: unknown): Set<string> | undefined {
    const key = valueKey(value);
    if (key === undefined) return undefined;
    let ix = this.indexes.get(field);
    if (!ix) {
      if (this.recs.size < AUTO_INDEX_MIN_DOCS || this.indexes.size >= MAX_INDEXES) return undefined;
      ix = new FieldIndex(field);
      for (const [idk, rec] of this.recs) ix.add(idk, rec.doc);
      this.indexes.set(field, ix);
    }
    return ix.byValue.get(key) ?? new Set();
  }

  indexedFields(): string[] {
    return [...this.indexes.keys()];
  }
}
