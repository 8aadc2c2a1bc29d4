/**
 * Unique indexes, enforced like MongoDB (what CloudBase runs on) at the store's one choke point,
 * `Store.commit`: a batch is checked before it is journaled, and refused whole.
 *
 * - An index is a tuple of key fields (dotted paths through plain objects; a numeric part indexes an array;
 *   a path crossing an array otherwise yields the array of what it reaches in the elements).
 * - A missing field counts as null (non-sparse, like an index created in the CloudBase console): two
 *   documents both lacking the field collide.
 * - Values compare as MongoDB compares them (1 and 1.0 equal, 0 and -0 equal, '1' and 1 not, embedded
 *   documents field order included), except arrays: an array is one whole value here, where MongoDB would
 *   index each element (multikey). No index the project declares holds arrays.
 * - Per unique index a map of key → document id key, maintained on apply and rebuilt on open (no scan per
 *   write). Data that already violates an index makes the open fail, as MongoDB refuses to build the index.
 *
 * Checking is done in steps: the documents a step changes first give up their keys, then take their new
 * ones, which must be free. An ordinary batch is one step per write, in order (as MongoDB checks each
 * document write of an insertMany / updateMany; so a swap in one multi-update fails like in MongoDB); a
 * transaction's commit is one step (only its final state counts, as in a MongoDB transaction).
 */
import { Codes, DbError } from '../database/errors';
import type { Doc, IndexDefinition, IndexDefinitions } from '../types';
import { isPlainObject, ObjectIdValue, stringifyEJSON } from './ejson';
import { idKey } from './keys';
import type { WriteOp } from './store';

/** The value of a dotted path, undefined when missing (see the header for arrays). */
export function valueAt(doc: unknown, path: string): unknown {
  let v: unknown = doc;
  const parts = path.split('.');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (Array.isArray(v)) {
      if (/^\d+$/.test(part)) v = v[Number(part)];
      else {
        const rest = parts.slice(i).join('.');
        return v.map((el) => valueAt(el, rest)).filter((x) => x !== undefined);
      }
    } else if (isPlainObject(v)) v = v[part];
    else return undefined;
  }
  return v;
}

/** A string equal for values MongoDB's index treats as equal (missing = null). */
function canon(v: unknown): string {
  if (v === undefined || v === null) return 'z';
  switch (typeof v) {
    case 'number':
      return `n${v === 0 ? 0 : v}`;
    case 'string':
      return `s${JSON.stringify(v)}`;
    case 'boolean':
      return v ? 'b1' : 'b0';
  }
  if (v instanceof Date) return `d${v.getTime()}`;
  if (v instanceof ObjectIdValue) return `o${v.hex}`;
  if (v instanceof RegExp) return `r${String(v)}`;
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  if (isPlainObject(v))
    return `{${Object.keys(v)
      .map((k) => `${JSON.stringify(k)}:${canon(v[k])}`)
      .join(',')}}`;
  return `?${String(v)}`;
}

class UniqueIndex {
  readonly fields: string[];
  readonly holders = new Map<string, string>();

  constructor(
    readonly coll: string,
    readonly name: string,
    keys: Record<string, unknown>,
  ) {
    this.fields = Object.keys(keys);
  }

  keyOf(doc: Doc): string {
    return this.fields.map((f) => canon(valueAt(doc, f))).join('\u0001');
  }

  /** The error MongoDB answers, e.g. `… index: claimSlot_1 dup key: { claimSlot: "u1#0" }`. */
  duplicate(doc: Doc): DbError {
    const shown = this.fields.map((f) => `${f}: ${stringifyEJSON(valueAt(doc, f) ?? null)}`).join(', ');
    return new DbError(
      Codes.REQUEST_FAILED,
      `[DuplicateWrite] E11000 duplicate key error collection: ${this.coll} index: ${this.name} dup key: { ${shown} }`,
    );
  }
}

/** Checks the definitions (from cloudfunctions/database.json or EmulatorOptions.indexes). */
function validate(coll: string, def: IndexDefinition): void {
  const where = `index ${JSON.stringify(def?.name)} of collection ${coll}`;
  if (!def || typeof def.name !== 'string' || def.name === '') throw new Error(`${where}: needs a name`);
  if (!isPlainObject(def.keys) || Object.keys(def.keys).length === 0) throw new Error(`${where}: keys must name at least one field`);
  if (def.unique === true && !Object.values(def.keys).every((d) => d === 1 || d === -1)) {
    throw new Error(`${where}: a unique index takes keys of 1 or -1`);
  }
}

type View = (coll: string, idk: string) => Doc | undefined;

export class UniqueIndexes {
  private readonly byColl = new Map<string, UniqueIndex[]>();

  constructor(defs: IndexDefinitions = {}) {
    for (const [coll, list] of Object.entries(defs)) {
      if (!Array.isArray(list)) throw new Error(`indexes of collection ${coll} must be a list`);
      const names = new Set<string>();
      for (const def of list) {
        validate(coll, def);
        if (names.has(def.name)) throw new Error(`collection ${coll} declares index ${def.name} twice`);
        names.add(def.name);
        if (def.unique !== true) continue;
        const ixs = this.byColl.get(coll) ?? [];
        ixs.push(new UniqueIndex(coll, def.name, def.keys));
        this.byColl.set(coll, ixs);
      }
    }
  }

  has(coll: string): boolean {
    return this.byColl.has(coll);
  }

  /** Fills the maps from the loaded documents; throws when they already violate an index. */
  rebuild(docs: (coll: string) => Iterable<[string, Doc]>): void {
    for (const [coll, ixs] of this.byColl) {
      for (const ix of ixs) {
        ix.holders.clear();
        for (const [idk, doc] of docs(coll)) {
          const key = ix.keyOf(doc);
          const other = ix.holders.get(key);
          if (other !== undefined) {
            throw new Error(
              `cannot build unique index ${ix.name} on collection ${coll}: documents ${JSON.stringify(other)} and ${JSON.stringify(idk)} ` +
                `hold the same key (${ix.duplicate(doc).message}). Fix the data or the index definition before starting.`,
            );
          }
          ix.holders.set(key, idk);
        }
      }
    }
  }

  /**
   * Throws the duplicate key error when applying `steps` (in order; see the header) to the documents of
   * `view` would break a unique index. Writes nothing.
   */
  check(steps: WriteOp[][], view: View): void {
    if (this.byColl.size === 0) return;
    const docs = new Map<string, Map<string, Doc | null>>();
    const taken = new Map<UniqueIndex, Map<string, string | null>>();
    const cleared = new Set<string>();
    const docNow = (coll: string, idk: string): Doc | undefined => {
      const over = docs.get(coll)?.get(idk);
      if (over !== undefined) return over ?? undefined;
      return cleared.has(coll) ? undefined : view(coll, idk);
    };
    const holder = (ix: UniqueIndex, key: string): string | undefined => {
      const over = taken.get(ix)?.get(key);
      if (over !== undefined) return over ?? undefined;
      return cleared.has(ix.coll) ? undefined : ix.holders.get(key);
    };
    const mark = (ix: UniqueIndex, key: string, idk: string | null) => {
      let m = taken.get(ix);
      if (!m) taken.set(ix, (m = new Map()));
      m.set(key, idk);
    };
    for (const step of steps) {
      const finals = new Map<string, { coll: string; idk: string; doc: Doc | null }>();
      for (const op of step) {
        if (op.op === 'create') continue;
        if (op.op === 'clear' || op.op === 'drop') {
          if (step.length > 1) throw new Error('a clear or drop must be a step of its own');
          cleared.add(op.c);
          docs.delete(op.c);
          for (const ix of this.byColl.get(op.c) ?? []) taken.delete(ix);
          continue;
        }
        if (!this.byColl.has(op.c)) continue;
        const idk = idKey(op.op === 'put' ? op.d._id : op.id)!;
        finals.set(`${op.c}\u0001${idk}`, { coll: op.c, idk, doc: op.op === 'put' ? op.d : null });
      }
      for (const { coll, idk } of finals.values()) {
        const old = docNow(coll, idk);
        if (!old) continue;
        for (const ix of this.byColl.get(coll)!) {
          const key = ix.keyOf(old);
          if (holder(ix, key) === idk) mark(ix, key, null);
        }
      }
      for (const { coll, idk, doc } of finals.values()) {
        let m = docs.get(coll);
        if (!m) docs.set(coll, (m = new Map()));
        m.set(idk, doc);
        if (!doc) continue;
        for (const ix of this.byColl.get(coll)!) {
          const key = ix.keyOf(doc);
          const h = holder(ix, key);
          if (h !== undefined && h !== idk) throw ix.duplicate(doc);
          mark(ix, key, idk);
        }
      }
    }
  }

  /** Keeps the maps in step with an applied write (already checked). */
  onPut(coll: string, idk: string, old: Doc | undefined, doc: Doc): void {
    const ixs = this.byColl.get(coll);
    if (!ixs) return;
    for (const ix of ixs) {
      if (old) {
        const oldKey = ix.keyOf(old);
        if (ix.holders.get(oldKey) === idk) ix.holders.delete(oldKey);
      }
      ix.holders.set(ix.keyOf(doc), idk);
    }
  }

  onDelete(coll: string, idk: string, old: Doc): void {
    for (const ix of this.byColl.get(coll) ?? []) {
      const key = ix.keyOf(old);
      if (ix.holders.get(key) === idk) ix.holders.delete(key);
    }
  }

  onClear(coll: string): void {
    for (const ix of this.byColl.get(coll) ?? []) ix.holders.clear();
  }
}
