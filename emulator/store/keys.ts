/** Map keys for document ids and indexed values, and CloudBase-style generated ids. */
import { randomBytes } from 'node:crypto';
import type { DocId } from '../types';
import { ObjectIdValue } from './ejson';

/** `_id` 'x' and 1 are different documents; the key keeps them apart. Undefined for unsupported id types. */
export function idKey(id: unknown): string | undefined {
  if (typeof id === 'string') return id;
  if (typeof id === 'number') return `\u0000n:${id}`;
  if (id instanceof ObjectIdValue) return `\u0000o:${id.hex}`;
  return undefined;
}

/** Key of a scalar for the equality index; undefined for values the index does not cover (null, objects…). */
export function valueKey(v: unknown): string | undefined {
  switch (typeof v) {
    case 'string':
      return `s${v}`;
    case 'number':
      return Number.isNaN(v) ? undefined : `n${v === 0 ? 0 : v}`;
    case 'boolean':
      return v ? 'b1' : 'b0';
    default:
      if (v instanceof Date) return `d${v.getTime()}`;
      if (v instanceof ObjectIdValue) return `o${v.hex}`;
      return undefined;
  }
}

let counter = randomBytes(3).readUIntBE(0, 3);
const machine = randomBytes(5).toString('hex');
let pool = Buffer.alloc(0);
let poolAt = 0;

function random4(): string {
  if (poolAt + 4 > pool.length) {
    pool = randomBytes(4096);
    poolAt = 0;
  }
  poolAt += 4;
  return pool.toString('hex', poolAt - 4, poolAt);
}

/**
 * A new document id: 32 hex characters like CloudBase's (time, process, counter, random), increasing over
 * time so natural order and id order roughly agree.
 */
export function newDocId(): DocId {
  counter = (counter + 1) & 0xffffff;
  const time = Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, '0');
  return time + machine + counter.toString(16).padStart(6, '0') + random4();
}
