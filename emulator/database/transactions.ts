/**
 * Transactions with the snapshot isolation of CloudBase (MongoDB 4.x underneath):
 * - Snapshot: a transaction reads the data as it was when its first operation ran, plus its own writes
 *   (MongoDB fixes the snapshot at the transaction's first operation; starting one only opens it). Every
 *   batch committed after that is seen here first (Store.observe): the documents it changes are kept as
 *   the transaction's before-images, so its later reads still see them as they were.
 * - Write conflicts at the write: writing a document that another open transaction has written, or one
 *   changed since the snapshot, fails with DATABASE_TRANSACTION_CONFLICT and discards the transaction, as
 *   MongoDB aborts on a WriteConflict; later calls with its id answer DATABASE_TRANSACTION_FAIL. Through
 *   wx-server-sdk that error reaches the callback without its code, so `db.runTransaction` does not retry
 *   it (errors.ts). Reads are not validated: as under MongoDB, two transactions may each read what the
 *   other writes (write skew).
 * - Commit applies the writes as one journaled batch. A write outside any transaction onto a document the
 *   transaction has written is applied at once here (MongoDB would make it wait for the commit); the commit
 *   is then refused with DATABASE_TRANSACTION_CONFLICT so neither write is lost (runTransaction retries it).
 *
 * Fairness (an emulator addition, `lockWaitMs`; 0 turns it off): a transactional access to a document that
 * another open transaction has already touched waits for that transaction to finish (up to `lockWaitMs`
 * for each transaction ahead of it, so a long queue that keeps moving is not given up on).
 * When that access is the transaction's first operation, its snapshot is taken after the wait, so
 * read-modify-write transactions on one hot document queue up and each sees the last one's commit instead
 * of conflicting. After the wait the access proceeds.
 *
 * Unique indexes (store/unique.ts): like MongoDB, a write inside the transaction that would break one
 * (against committed data plus the transaction's own writes) fails with the E11000 duplicate key error and
 * discards the transaction. The commit checks again against what others committed meanwhile — only the
 * transaction's final state counts — and fails with the same error, writing nothing. Neither is a
 * conflict, so `db.runTransaction` does not retry.
 */
import { randomBytes } from 'node:crypto';
import type { Doc } from '../types';
import type { Store, WriteOp } from '../store/store';
import { idKey } from '../store/keys';
import { transactionConflict, transactionNotExist } from './errors';
import type { Overlay } from './find';

interface Pending {
  coll: string;
  id: unknown;
  doc: Doc | null;
}

export class Tx {
  readonly writes = new Map<string, Pending>();
  /** the transaction's own writes by collection */
  readonly overlays = new Map<string, Overlay>();
  /** before-images of documents changed since the snapshot, by collection; undefined until the first operation */
  before?: Map<string, Overlay>;
  readonly claims = new Set<string>();
  /** documents whose holder outlasted the wait once: later accesses do not wait again */
  readonly gaveUp = new Set<string>();
  touched = Date.now();
  private resolveDone!: () => void;
  readonly done = new Promise<void>((r) => (this.resolveDone = r));
  constructor(readonly id: string) {}
  finish(): void {
    this.resolveDone();
  }
}

const docKey = (coll: string, idk: string) => `${coll}\u0001${idk}`;
const toOp = (w: Pending): WriteOp => (w.doc ? { op: 'put', c: w.coll, d: w.doc } : { op: 'del', c: w.coll, id: w.id });

export interface TxOptions {
  lockWaitMs: number;
  timeoutMs: number;
}

export class TxManager {
  private readonly open = new Map<string, Tx>();
  /** fairness claims: document → the open transaction that touched it first */
  private readonly claims = new Map<string, Tx>();
  /** document → the open transaction holding an uncommitted write of it */
  private readonly writers = new Map<string, Tx>();
  private readonly sweeper: NodeJS.Timeout;
  private readonly unobserve: () => void;

  constructor(
    private readonly store: Store,
    private readonly opts: TxOptions,
  ) {
    this.sweeper = setInterval(() => this.sweep(), Math.max(50, Math.min(opts.timeoutMs / 2, 5000)));
    this.sweeper.unref();
    this.unobserve = store.observe((ops) => this.keepSnapshots(ops));
  }

  start(): Tx {
    this.sweep();
    const tx = new Tx(randomBytes(16).toString('hex'));
    this.open.set(tx.id, tx);
    return tx;
  }

  /** The open transaction with this id, or CloudBase's DATABASE_TRANSACTION_FAIL (finished or expired). */
  get(id: unknown): Tx {
    const tx = typeof id === 'string' ? this.open.get(id) : undefined;
    if (!tx) throw transactionNotExist();
    tx.touched = Date.now();
    return tx;
  }

  /** The collection as the transaction sees it on top of committed data (its snapshot, then its writes). */
  view(tx: Tx, coll: string): Overlay | undefined {
    const before = (tx.before ??= new Map()).get(coll);
    const own = tx.overlays.get(coll);
    if (!before?.size) return own;
    if (!own?.size) return before;
    return new Map([...before, ...own]);
  }

  /** True when the transaction has written into `coll` (it may have created it). */
  hasWrites(tx: Tx, coll: string): boolean {
    return (tx.overlays.get(coll)?.size ?? 0) > 0;
  }

  /**
   * Waits while another open transaction holds the document, then claims it for `tx`. Each holder is
   * waited for up to `lockWaitMs`: a queue that moves keeps its waiters, one stuck holder lets them go.
   */
  async acquire(tx: Tx, coll: string, idk: string): Promise<void> {
    const key = docKey(coll, idk);
    if (tx.gaveUp.has(key)) return;
    for (;;) {
      const holder = this.claims.get(key);
      if (!holder || holder === tx) break;
      let timer: NodeJS.Timeout | undefined;
      const ended = await Promise.race([
        holder.done.then(() => true),
        new Promise<boolean>((r) => (timer = setTimeout(() => r(false), this.opts.lockWaitMs))),
      ]);
      clearTimeout(timer);
      if (!ended) {
        tx.gaveUp.add(key);
        return;
      }
      this.get(tx.id);
    }
    this.claims.set(key, tx);
    tx.claims.add(key);
  }

  /**
   * Throws the duplicate key error when `changes`, written in turn on top of the transaction's writes,
   * would break a unique index; the transaction is then discarded.
   */
  checkUnique(tx: Tx, changes: Pending[]): void {
    if (!changes.some((c) => this.store.hasUnique(c.coll))) return;
    try {
      this.store.checkUnique([[...tx.writes.values()].map(toOp), ...changes.map((c) => [toOp(c)])]);
    } catch (e) {
      this.end(tx);
      throw e;
    }
  }

  /** Buffers a write; a write conflict discards the transaction and throws DATABASE_TRANSACTION_CONFLICT. */
  write(tx: Tx, coll: string, idk: string, id: unknown, doc: Doc | null): void {
    const key = docKey(coll, idk);
    const writer = this.writers.get(key);
    if ((writer && writer !== tx) || this.changedSinceSnapshot(tx, coll, idk)) {
      this.end(tx);
      throw transactionConflict();
    }
    this.writers.set(key, tx);
    tx.writes.set(key, { coll, id, doc });
    let own = tx.overlays.get(coll);
    if (!own) tx.overlays.set(coll, (own = new Map()));
    own.set(idk, doc);
  }

  /**
   * Applies the writes; throws DATABASE_TRANSACTION_CONFLICT when a write outside any transaction changed
   * one of the written documents meanwhile, or the duplicate key error of a unique index (the transaction
   * is discarded either way).
   */
  commit(tx: Tx): void {
    try {
      for (const w of tx.writes.values()) {
        if (this.changedSinceSnapshot(tx, w.coll, idKey(w.id)!)) throw transactionConflict();
      }
      this.store.commit([...tx.writes.values()].map(toOp), 'final');
    } finally {
      this.end(tx);
    }
  }

  abort(tx: Tx): void {
    this.end(tx);
  }

  close(): void {
    clearInterval(this.sweeper);
    this.unobserve();
    for (const tx of [...this.open.values()]) this.end(tx);
  }

  private changedSinceSnapshot(tx: Tx, coll: string, idk: string): boolean {
    this.view(tx, coll); // a write as the first operation takes the snapshot too
    return tx.before!.get(coll)?.has(idk) ?? false;
  }

  /** Before a batch is applied: every open transaction with a snapshot keeps what the batch overwrites. */
  private keepSnapshots(ops: WriteOp[]): void {
    if (this.open.size === 0) return;
    const readers = [...this.open.values()].filter((tx) => tx.before);
    if (readers.length === 0) return;
    for (const op of ops) {
      if (op.op === 'create') continue;
      const coll = this.store.collection(op.c);
      const keys = op.op === 'put' ? [idKey(op.d._id)!] : op.op === 'del' ? [idKey(op.id)!] : [...(coll?.recs.keys() ?? [])];
      for (const idk of keys) {
        const was = coll?.get(idk)?.doc ?? null;
        for (const tx of readers) {
          let before = tx.before!.get(op.c);
          if (!before) tx.before!.set(op.c, (before = new Map()));
          if (!before.has(idk)) before.set(idk, was);
        }
      }
    }
  }

  private end(tx: Tx): void {
    this.open.delete(tx.id);
    for (const key of tx.claims) if (this.claims.get(key) === tx) this.claims.delete(key);
    for (const key of tx.writes.keys()) if (this.writers.get(key) === tx) this.writers.delete(key);
    tx.finish();
  }

  private sweep(): void {
    const limit = Date.now() - this.opts.timeoutMs;
    for (const tx of [...this.open.values()]) if (tx.touched < limit) this.end(tx);
  }
}
