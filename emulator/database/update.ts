/**
 * Update semantics of modifyDocument:
 * - merge (doc().update, where().update): `data` holds update operators — the SDK turns plain fields into
 *   `$set` on dot paths, so nested objects in update() merge field by field; `_.set(obj)` replaces a field.
 * - replace (doc().set, merge: false): the document becomes `{ _id, ...data }`.
 * Errors MongoDB raises and mingo ignores are checked first (non-numeric `$inc`, `$push` to a non-array,
 * a field created inside a scalar, conflicting paths, changing `_id`).
 */
import type { Doc } from '../types';
import { cloneValue, isPlainObject } from '../store/ejson';
import { applyOperators } from './mongo';
import { asDbError, invalidParam, requestFailed } from './errors';

const CREATING = new Set(['$set', '$inc', '$mul', '$push', '$addToSet', '$min', '$max', '$currentDate', '$bit']);
const NO_OP_WHEN_MISSING = new Set(['$unset', '$pull', '$pullAll', '$pop', '$rename']);
const NUMERIC = new Set(['$inc', '$mul']);
const ARRAY_TARGET = new Set(['$push', '$addToSet', '$pull', '$pullAll', '$pop']);

export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (v instanceof Date) return 'date';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'double';
  if (typeof v === 'boolean') return 'bool';
  return typeof v === 'object' ? 'object' : typeof v;
}

/** The modifier to apply: operator fields as given, stray plain fields as `$set` (CloudBase's merge). */
export function normalizeModifier(data: Doc): Doc {
  const mod: Doc = {};
  for (const [k, v] of Object.entries(data)) {
    if (k.startsWith('$')) mod[k] = v;
    else mod.$set = { ...((mod.$set as Doc) ?? {}), [k]: v };
  }
  for (const [op, fields] of Object.entries(mod)) {
    if (!CREATING.has(op) && !NO_OP_WHEN_MISSING.has(op)) throw invalidParam(`unknown update operator ${op}`);
    if (!isPlainObject(fields)) throw invalidParam(`${op} expects an object of field paths`);
  }
  return mod;
}

function checkConflicts(mod: Doc): void {
  const paths: string[] = [];
  for (const [op, fields] of Object.entries(mod)) {
    for (const [p, v] of Object.entries(fields as Doc)) {
      if (p === '_id' || p.startsWith('_id.') || (op === '$rename' && v === '_id')) {
        throw requestFailed(`Performing an update on the path '_id' would modify the immutable field '_id'`);
      }
      paths.push(p);
      if (op === '$rename') {
        if (typeof v !== 'string' || v === '' || v === p) throw requestFailed(`$rename target of '${p}' must be a different field path`);
        paths.push(v);
      }
    }
  }
  for (let i = 0; i < paths.length; i++) {
    for (let j = i + 1; j < paths.length; j++) {
      const [a, b] = paths[i].length <= paths[j].length ? [paths[i], paths[j]] : [paths[j], paths[i]];
      if (a === b || b.startsWith(a + '.')) throw requestFailed(`Updating the path '${b}' would create a conflict at '${a}'`);
    }
  }
}

function checkPath(doc: Doc, op: string, path: string, arg: unknown): void {
  const parts = path.split('.');
  let cur: unknown = doc;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (cur === undefined) return;
    if (Array.isArray(cur)) {
      if (!/^\d+$/.test(part)) {
        if (NO_OP_WHEN_MISSING.has(op)) return;
        throw requestFailed(`Cannot create field '${part}' in element {${parts[i - 1]}: array}`);
      }
      cur = cur[Number(part)];
    } else if (isPlainObject(cur)) {
      cur = cur[part];
    } else {
      if (NO_OP_WHEN_MISSING.has(op)) return;
      throw requestFailed(`Cannot create field '${part}' in element {${parts[i - 1]}: ${typeName(cur)}}`);
    }
  }
  if (NUMERIC.has(op)) {
    if (typeof arg !== 'number') throw requestFailed(`Cannot ${op.slice(1)} with non-numeric argument: {${path}: ${typeName(arg)}}`);
    if (cur !== undefined && typeof cur !== 'number') {
      throw requestFailed(`Cannot apply ${op} to a value of non-numeric type. Field '${path}' is of type ${typeName(cur)}`);
    }
  }
  if (ARRAY_TARGET.has(op) && cur !== undefined && !Array.isArray(cur)) {
    throw requestFailed(`The field '${path}' must be an array but is of type ${typeName(cur)} (${op})`);
  }
}

export interface UpdateOutcome {
  doc: Doc;
  modified: boolean;
}

/** Applies update operators to a copy of `base`. */
export function applyUpdate(base: Doc, modifier: Doc): UpdateOutcome {
  checkConflicts(modifier);
  for (const [op, fields] of Object.entries(modifier)) {
    for (const [p, arg] of Object.entries(fields as Doc)) checkPath(base, op, p, arg);
  }
  const doc = cloneValue(base);
  try {
    const changed = applyOperators(doc, modifier);
    return { doc, modified: changed.length > 0 };
  } catch (e) {
    throw asDbError(e);
  }
}

/** doc().set: the whole document replaced, `_id` kept. */
export function replaceDoc(id: unknown, data: Doc): Doc {
  const out: Doc = { _id: id };
  for (const [k, v] of Object.entries(data)) {
    if (k === '_id') continue;
    if (k.startsWith('$')) throw invalidParam(`field names cannot start with '$' in a replacement document (${k})`);
    out[k] = cloneValue(v);
  }
  return out;
}
