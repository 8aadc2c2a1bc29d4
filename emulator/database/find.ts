/**
 * Selecting documents: a small planner (`_id` lookups, then equality indexes on other fields) narrows the
 * candidates, the compiled MongoDB filter decides, and results come in natural (insertion) order.
 * An overlay (a transaction's snapshot and own writes) replaces or adds documents as that transaction sees them.
 */
import type { Doc } from '../types';
import type { Store } from '../store/store';
import type { Collection } from '../store/collection';
import { isPlainObject } from '../store/ejson';
import { idKey, valueKey } from '../store/keys';
import { compileFilter } from './mongo';

export interface Entry {
  idk: string;
  doc: Doc;
}

/** A transaction's pending writes in one collection: id key → new document, or null when removed. */
export type Overlay = Map<string, Doc | null>;

type Equality = [field: string, values: unknown[]];

function equalities(filter: Doc, out: Equality[] = []): Equality[] {
  for (const [k, v] of Object.entries(filter)) {
    if (k === '$and' && Array.isArray(v)) {
      for (const sub of v) if (isPlainObject(sub)) equalities(sub, out);
      continue;
    }
    if (k.startsWith('$')) continue;
    if (valueKey(v) !== undefined) out.push([k, [v]]);
    else if (isPlainObject(v)) {
      if (v.$eq !== undefined && valueKey(v.$eq) !== undefined) out.push([k, [v.$eq]]);
      else if (Array.isArray(v.$in) && v.$in.every((x) => valueKey(x) !== undefined)) out.push([k, v.$in]);
    }
  }
  return out;
}

/** Candidate id keys (a superset of the matches), or undefined for a full scan. */
function plan(coll: Collection, filter: Doc | undefined): Set<string> | undefined {
  if (!filter) return undefined;
  let best: Set<string> | undefined;
  for (const [field, values] of equalities(filter)) {
    let set: Set<string> | undefined = new Set();
    for (const v of values) {
      if (field === '_id') {
        const k = idKey(v);
        if (k !== undefined && coll.get(k)) set.add(k);
        continue;
      }
      const hit = coll.lookup(field, v);
      if (!hit) {
        set = undefined;
        break;
      }
      for (const k of hit) set.add(k);
    }
    if (set && (!best || set.size < best.size)) best = set;
    if (best && best.size === 0) break;
  }
  return best;
}

function committed(coll: Collection, filter: Doc | undefined): Entry[] {
  const ids = plan(coll, filter);
  if (!ids) {
    const out: Entry[] = [];
    for (const [idk, rec] of coll.recs) out.push({ idk, doc: rec.doc });
    return out;
  }
  const recs = [...ids].map((idk) => ({ idk, rec: coll.get(idk)! })).filter((x) => x.rec);
  recs.sort((a, b) => a.rec.seq - b.rec.seq);
  return recs.map(({ idk, rec }) => ({ idk, doc: rec.doc }));
}

/** Documents of `collection` matching `filter`, in natural order, as the given overlay sees them. */
export function selectEntries(store: Store, collection: string, filter: Doc | undefined, overlay?: Overlay): Entry[] {
  const coll = store.collection(collection);
  const match = compileFilter(filter);
  const base = coll ? committed(coll, filter) : [];
  if (!overlay || overlay.size === 0) return base.filter((e) => match(e.doc));
  const out: Entry[] = [];
  const seen = new Set<string>();
  const bySeq: Array<Entry & { seq: number }> = [];
  for (const e of base) {
    seen.add(e.idk);
    const own = overlay.get(e.idk);
    const doc = own === undefined ? e.doc : own;
    if (doc && match(doc)) out.push({ idk: e.idk, doc });
  }
  let extra = 0;
  for (const [idk, doc] of overlay) {
    if (seen.has(idk) || !doc || !match(doc)) continue;
    const rec = coll?.get(idk);
    bySeq.push({ idk, doc, seq: rec ? rec.seq : Number.MAX_SAFE_INTEGER / 2 + extra++ });
  }
  if (bySeq.length === 0) return out;
  const seqOf = (idk: string) => coll?.get(idk)?.seq ?? -1;
  return [...out.map((e) => ({ ...e, seq: seqOf(e.idk) })), ...bySeq].sort((a, b) => a.seq - b.seq).map(({ idk, doc }) => ({ idk, doc }));
}

/** One document by `_id` key as the overlay sees it. */
export function entryById(store: Store, collection: string, idk: string, overlay?: Overlay): Doc | undefined {
  const own = overlay?.get(idk);
  if (own !== undefined) return own ?? undefined;
  return store.collection(collection)?.get(idk)?.doc;
}

export function allDocs(store: Store, collection: string): Doc[] {
  const coll = store.collection(collection);
  return coll ? [...coll.recs.values()].map((r) => r.doc) : [];
}
