/** The store as seen by tests, seed scripts and plugins (types.ts StoreApi): durable, not counted in stats. */
import type { Doc, DocId, StoreApi } from '../types';
import { cloneValue, isPlainObject } from './ejson';
import { idKey, newDocId } from './keys';
import type { Store, WriteOp } from './store';
import { compileFilter } from '../database/mongo';

function keyOrThrow(id: unknown): string {
  const k = idKey(id);
  if (k === undefined) throw new Error(`_id must be a string, a number or an ObjectId, not ${JSON.stringify(id)}`);
  return k;
}

export function storeApi(store: Store): StoreApi {
  const docs = (collection: string): Doc[] => [...(store.collection(collection)?.recs.values() ?? [])].map((r) => r.doc);
  const matching = (collection: string, filter?: Doc) => {
    const match = compileFilter(filter);
    return docs(collection).filter((d) => match(d));
  };
  return {
    insert(collection, input) {
      const list = (Array.isArray(input) ? input : [input]).map((d) => {
        if (!isPlainObject(d)) throw new Error('documents must be plain objects');
        return cloneValue(d._id === undefined ? { _id: newDocId(), ...d } : d);
      });
      const seen = new Set<string>();
      for (const d of list) {
        const k = keyOrThrow(d._id);
        if (seen.has(k) || store.collection(collection)?.get(k)) throw new Error(`duplicate _id ${String(d._id)} in ${collection}`);
        seen.add(k);
      }
      store.commit([{ op: 'create', c: collection }, ...list.map((d): WriteOp => ({ op: 'put', c: collection, d }))]);
      return list.map((d) => d._id as DocId);
    },
    put(collection, doc) {
      keyOrThrow(doc._id);
      store.commit([{ op: 'put', c: collection, d: cloneValue(doc) }]);
    },
    remove(collection, id) {
      const exists = store.collection(collection)?.get(keyOrThrow(id)) !== undefined;
      if (exists) store.commit([{ op: 'del', c: collection, id }]);
      return exists;
    },
    find: (collection, filter) => matching(collection, filter).map(cloneValue),
    get(collection, id) {
      const rec = store.collection(collection)?.get(keyOrThrow(id));
      return rec ? cloneValue(rec.doc) : undefined;
    },
    count: (collection, filter) => matching(collection, filter).length,
    clear(collection) {
      if (collection !== undefined) store.commit([{ op: 'clear', c: collection }]);
      else store.commit(store.names().map((c): WriteOp => ({ op: 'drop', c })));
    },
    collections: () => store.names(),
  };
}
