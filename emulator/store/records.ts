/**
 * What the lines of the store's files must hold (journal.ts), checked on every line at start so that a line
 * of the wrong shape is reported as damage instead of failing later inside the replay, and the error a
 * damaged file raises. Also used by db:repair (repair.ts) to tell intact lines from damaged ones.
 */
import { isPlainObject } from './ejson';
import { idKey } from './keys';
import type { Check, Region } from './lines';

const OPS = new Set(['put', 'del', 'create', 'clear', 'drop']);

function checkOp(op: unknown, i: number): string | undefined {
  if (!isPlainObject(op)) return `op ${i} is not an object`;
  if (typeof op.op !== 'string' || !OPS.has(op.op)) return `op ${i} has no known "op"`;
  if (typeof op.c !== 'string' || op.c === '') return `op ${i} has no collection name "c"`;
  if (op.op === 'put' && !(isPlainObject(op.d) && idKey(op.d._id) !== undefined)) return `op ${i} (put) has no document with a valid _id`;
  if (op.op === 'del' && idKey(op.id) === undefined) return `op ${i} (del) has no valid id`;
  return undefined;
}

/** A journal line: `{ ops: WriteOp[] }` with at least one op. */
export const checkBatch: Check = (v) => {
  if (!isPlainObject(v) || !Array.isArray(v.ops)) return 'not a batch { ops: [...] }';
  if (v.ops.length === 0) return 'a batch with no ops';
  for (let i = 0; i < v.ops.length; i++) {
    const bad = checkOp(v.ops[i], i);
    if (bad) return bad;
  }
  return undefined;
};

export interface SnapshotHeader {
  generation: number;
  collections: string[];
}

export function isSnapshotHeader(v: unknown): v is SnapshotHeader {
  return (
    isPlainObject(v) &&
    Number.isSafeInteger(v.generation) &&
    (v.generation as number) >= 0 &&
    Array.isArray(v.collections) &&
    v.collections.every((c) => typeof c === 'string')
  );
}

/** A snapshot line: the header `{ generation, collections }` or a document `{ c, d }`. */
export const checkSnapshotLine: Check = (v) => {
  if (isSnapshotHeader(v)) return undefined;
  if (!isPlainObject(v) || typeof v.c !== 'string' || v.c === '') return 'neither the snapshot header nor a { c, d } document line';
  if (!isPlainObject(v.d) || idKey(v.d._id) === undefined) return 'a document line without a document with a valid _id';
  return undefined;
};

/** The store refuses to start on a damaged file: where, what, and how to repair. */
export class DataDamagedError extends Error {
  readonly code = 'EMULATOR_DATA_DAMAGED';
  constructor(
    readonly file: string,
    readonly regions: Region[],
    dataDir: string,
    kept: string,
  ) {
    const r = regions[0];
    const more = regions.length > 1 ? `; ${regions.length - 1} more damaged region(s) after it` : '';
    super(
      `emulator data folder ${dataDir}: ${file} is damaged at byte offset ${r.offset} ` +
        `(${r.length} bytes: ${r.reason})${more}. The emulator did not start and changed nothing. ` +
        `To repair, stop everything using the folder and run \`npm run db:repair -- --data ${dataDir}\`: ` +
        `it keeps every intact line (${kept}), drops only the damaged bytes and keeps a backup of the file ` +
        `(see docs/journal.md).`,
    );
  }
}
