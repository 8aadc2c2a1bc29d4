/**
 * The durable embedded store: collections in memory (collection.ts), every write batch journaled with a
 * synchronous write before it is applied and acknowledged (journal.ts). With durability 'power' the caller
 * also awaits `durable()` before answering (group commit: many answers share one fdatasync). Callers keep each request's
 * read-modify-write synchronous, so on Node's single thread every batch is atomic and serialised.
 * Every write goes through `commit`, which first checks the unique indexes (unique.ts): a batch that
 * would break one is refused whole, before it reaches the journal.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Doc, IndexDefinitions } from '../types';
import { Collection } from './collection';
import { Journal, type Durability } from './journal';
import { idKey } from './keys';
import { UniqueIndexes } from './unique';

export type WriteOp =
  | { op: 'put'; c: string; d: Doc }
  | { op: 'del'; c: string; id: unknown }
  | { op: 'create'; c: string }
  | { op: 'clear'; c: string }
  | { op: 'drop'; c: string };

export interface StoreOptions {
  /** journal size that triggers compaction (default 32 MiB) */
  compactBytes?: number;
  /** Index definitions by collection; the unique ones are enforced (unique.ts). */
  indexes?: IndexDefinitions;
  /** 'process' (default): writes survive the process; 'power': also a power cut (see journal.ts). */
  durability?: Durability;
}

/**
 * How `commit` checks unique indexes: `ordered` (default) checks each write in turn, as MongoDB checks
 * each document of an insertMany / updateMany; `final` checks only the state after the whole batch, as a
 * transaction's commit.
 */
export type CheckMode = 'ordered' | 'final';

const LOCK = 'LOCK';

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The id of another live process whose LOCK file holds the data folder `dir`, or 0 when none does. */
export function lockHolder(dir: string): number {
  const lock = path.join(dir, LOCK);
  const pid = fs.existsSync(lock) ? Number(fs.readFileSync(lock, 'utf8')) : 0;
  return pid && pid !== process.pid && pidAlive(pid) ? pid : 0;
}

/** Data folders open in this process (the LOCK file guards against other processes). */
const openDirs = new Set<string>();

export class Store {
  private readonly colls = new Map<string, Collection>();
  private clock = 0;
  private readonly journal: Journal;
  private readonly compactBytes: number;
  private closed = false;
  private readonly unique: UniqueIndexes;
  /** false while loading: the unique maps are built once the data is in */
  private ready = false;
  private readonly observers = new Set<(ops: WriteOp[]) => void>();

  private constructor(
    private readonly dir: string,
    opts: StoreOptions,
    unique: UniqueIndexes,
  ) {
    this.journal = new Journal(dir, opts.durability);
    this.compactBytes = opts.compactBytes ?? 32 << 20;
    this.unique = unique;
  }

  /** Opens (creating) the data folder, takes its lock and loads snapshot + journal. */
  static open(dir: string, opts: StoreOptions = {}): Store {
    const unique = new UniqueIndexes(opts.indexes);
    fs.mkdirSync(dir, { recursive: true });
    const real = fs.realpathSync(dir);
    if (openDirs.has(real)) throw new Error(`emulator data folder ${dir} is in use by this process`);
    const holder = lockHolder(dir);
    if (holder) throw new Error(`emulator data folder ${dir} is in use by process ${holder}`);
    const lock = path.join(dir, LOCK);
    fs.writeFileSync(lock, String(process.pid));
    const store = new Store(real, opts, unique);
    let loaded;
    try {
      loaded = store.journal.open();
    } catch (e) {
      fs.rmSync(lock, { force: true });
      throw e;
    }
    openDirs.add(real);
    for (const name of loaded.collections) store.ensure(name);
    for (const [c, d] of loaded.docs) store.ensure(c).put(idKey(d._id)!, d, 0);
    // every batch passed the shape check (records.ts), so the replay cannot trip on a malformed one
    for (const batch of loaded.batches) store.apply(batch.ops as WriteOp[]);
    try {
      store.unique.rebuild((c) => [...(store.colls.get(c)?.recs ?? [])].map(([idk, rec]): [string, Doc] => [idk, rec.doc]));
    } catch (e) {
      store.close();
      throw new Error(`emulator data folder ${dir}: ${(e as Error).message}`);
    }
    store.ready = true;
    return store;
  }

  collection(name: string): Collection | undefined {
    return this.colls.get(name);
  }

  names(): string[] {
    return [...this.colls.keys()];
  }

  /** Version of a document id (0 when never written): changes on every write of that id. */
  version(coll: string, idk: string): number {
    return this.colls.get(coll)?.version(idk) ?? 0;
  }

  /** True when `coll` has a unique index. */
  hasUnique(coll: string): boolean {
    return this.unique.has(coll);
  }

  /**
   * Throws the duplicate key error (DATABASE_REQUEST_FAILED, E11000) when applying `steps` in turn would
   * break a unique index; each step is checked as a whole (see unique.ts). Writes nothing.
   */
  checkUnique(steps: WriteOp[][]): void {
    this.unique.check(steps, (c, idk) => this.colls.get(c)?.get(idk)?.doc);
  }

  /**
   * Checks the unique indexes (the whole batch is refused on a violation), journals the batch (one line,
   * synchronously), then applies it. Throws before applying if the check or the write fails.
   */
  commit(ops: WriteOp[], mode: CheckMode = 'ordered'): void {
    if (ops.length === 0) return;
    if (this.closed) throw new Error('store is closed');
    this.checkUnique(mode === 'final' ? [ops] : ops.map((op) => [op]));
    this.journal.append({ ops });
    for (const fn of this.observers) fn(ops);
    this.apply(ops);
    if (this.journal.size > this.compactBytes) this.compact();
  }

  /**
   * Calls `fn` with every committed batch just before it is applied, while the store still holds the
   * documents as they were (open transactions keep their snapshots by it: database/transactions.ts).
   * `fn` must not throw. Answers a function that stops the calls.
   */
  observe(fn: (ops: WriteOp[]) => void): () => void {
    this.observers.add(fn);
    return () => this.observers.delete(fn);
  }

  /**
   * 'power': a promise that resolves once every batch committed so far is on disk (rejects if syncing
   * failed); undefined when nothing is pending and always in 'process' mode. Answer only after it.
   */
  durable(): Promise<void> | undefined {
    return this.journal.durable();
  }

  compact(): void {
    const colls = this.colls;
    this.journal.compact({
      collections: [...colls.keys()],
      *docs() {
        for (const [name, coll] of colls) for (const rec of coll.recs.values()) yield [name, rec.doc];
      },
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.journal.close();
    fs.rmSync(path.join(this.dir, LOCK), { force: true });
    openDirs.delete(this.dir);
  }

  private ensure(name: string): Collection {
    let coll = this.colls.get(name);
    if (!coll) this.colls.set(name, (coll = new Collection(name)));
    return coll;
  }

  private apply(ops: WriteOp[]): void {
    const ver = ++this.clock;
    for (const op of ops) {
      switch (op.op) {
        case 'put': {
          const coll = this.ensure(op.c);
          const idk = idKey(op.d._id)!;
          if (this.ready) this.unique.onPut(op.c, idk, coll.get(idk)?.doc, op.d);
          coll.put(idk, op.d, ver);
          break;
        }
        case 'del': {
          const idk = idKey(op.id)!;
          const old = this.colls.get(op.c)?.get(idk)?.doc;
          if (old && this.ready) this.unique.onDelete(op.c, idk, old);
          this.colls.get(op.c)?.delete(idk, ver);
          break;
        }
        case 'create':
          this.ensure(op.c);
          break;
        case 'clear':
        case 'drop':
          this.colls.get(op.c)?.clear(ver);
          if (this.ready) this.unique.onClear(op.c);
          if (op.op === 'drop') this.colls.delete(op.c);
          break;
      }
    }
  }
}
