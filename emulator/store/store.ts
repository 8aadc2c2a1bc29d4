/**
 * The durable embedded store: collections in memory (collection.ts), every write batch journaled with a
 * synchronous write before it is applied and acknowledged (journal.ts). Callers keep each request's
 * read-modify-write synchronous, so on Node's single thread every batch is atomic and serialised.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Doc } from '../types';
import { Collection } from './collection';
import { Journal } from './journal';
import { idKey } from './keys';

export type WriteOp =
  | { op: 'put'; c: string; d: Doc }
  | { op: 'del'; c: string; id: unknown }
  | { op: 'create'; c: string }
  | { op: 'clear'; c: string }
  | { op: 'drop'; c: string };

export interface StoreOptions {
  /** journal size that triggers compaction (default 32 MiB) */
  compactBytes?: number;
}

const LOCK = 'LOCK';

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Data folders open in this process (the LOCK file guards against other processes). */
const openDirs = new Set<string>();

export class Store {
  private readonly colls = new Map<string, Collection>();
  private clock = 0;
  private readonly journal: Journal;
  private readonly compactBytes: number;
  private closed = false;

  private constructor(private readonly dir: string, opts: StoreOptions) {
    this.journal = new Journal(dir);
    this.compactBytes = opts.compactBytes ?? 32 << 20;
  }

  /** Opens (creating) the data folder, takes its lock and loads snapshot + journal. */
  static open(dir: string, opts: StoreOptions = {}): Store {
    fs.mkdirSync(dir, { recursive: true });
    const real = fs.realpathSync(dir);
    if (openDirs.has(real)) throw new Error(`emulator data folder ${dir} is in use by this process`);
    const lock = path.join(dir, LOCK);
    if (fs.existsSync(lock)) {
      const pid = Number(fs.readFileSync(lock, 'utf8'));
      if (pid && pid !== process.pid && pidAlive(pid)) throw new Error(`emulator data folder ${dir} is in use by process ${pid}`);
    }
    fs.writeFileSync(lock, String(process.pid));
    const store = new Store(real, opts);
    const loaded = store.journal.open();
    openDirs.add(real);
    for (const name of loaded.collections) store.ensure(name);
    for (const [c, d] of loaded.docs) store.ensure(c).put(idKey(d._id)!, d, 0);
    for (const batch of loaded.batches) store.apply(batch.ops as WriteOp[]);
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

  /** Journals the batch (one line, synchronously), then applies it. Throws before applying if the write fails. */
  commit(ops: WriteOp[]): void {
    if (ops.length === 0) return;
    if (this.closed) throw new Error('store is closed');
    this.journal.append({ ops });
    this.apply(ops);
    if (this.journal.size > this.compactBytes) this.compact();
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
        case 'put':
          this.ensure(op.c).put(idKey(op.d._id)!, op.d, ver);
          break;
        case 'del':
          this.colls.get(op.c)?.delete(idKey(op.id)!, ver);
          break;
        case 'create':
          this.ensure(op.c);
          break;
        case 'clear':
          this.colls.get(op.c)?.clear(ver);
          break;
        case 'drop':
          this.colls.get(op.c)?.clear(ver);
          this.colls.delete(op.c);
          break;
      }
    }
  }
}
