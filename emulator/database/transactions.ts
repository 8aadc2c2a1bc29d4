/**
 * Optimistic transactions. A transaction sees committed data plus its own pending writes; every document
 * it reads or writes is remembered with its version, and the commit is refused with
 * DATABASE_TRANSACTION_CONFLICT when any of them changed since (then the transaction is gone, like
 * CloudBase, and `db.runTransaction` starts over). Writes stay invisible to others until the commit,
 * which applies them as one journaled batch; abort discards them.
 *
 * Conflicts are reported at commit only: wx-server-sdk rewraps errors of calls made inside the callback
 * (losing `code`), so the SDK's retry loop only sees a conflict raised by commitTransaction.
 *
 * Fairness: a transactional access to a document that another open transaction has already touched waits
 * (up to `lockWaitMs`) for that transaction to finish, so read-modify-write transactions on one hot
 * document queue up instead of failing each other until the SDK's three retries run out. After the wait
 * the access proceeds optimistically. `lockWaitMs: 0` turns the waiting off.
 *
 * Unique indexes (store/unique.ts): like MongoDB, a write inside the transaction that would break one
 * (against committed data plus the transaction's own writes) fails with the E11000 duplicate key error and
 * aborts the transaction (later calls with its id answer DATABASE_TRANSACTION_NOT_EXIST). The commit checks
 * again against what others committed meanwhile — only the transaction's final state counts — and fails
 * with the same error, writing nothing. Neither is a conflict, so `db.runTransaction` does not retry.
 */
import { randomBytes } from 'node:crypto';
import type { Doc } from '../types';
import type { Store, WriteOp } from '../store/store';
import { Codes, DbError } from './errors';
import type { Overlay } from './find';

interface Pending {
  coll: string;
  id: unknown;
  doc: Doc | null;
}

export class Tx {
  readonly reads = new Map<string, number>();
  readonly writes = new Map<string, Pending>();
  readonly overlays = new Map<string, Overlay>();
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
  private readonly claims = new Map<string, Tx>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly store: Store, private readonly opts: TxOptions) {
    this.sweeper = setInterval(() => this.sweep(), Math.max(50, Math.min(opts.timeoutMs / 2, 5000)));
    this.sweeper.unref();
  }

  start(): Tx {
    this.sweep();
    const tx = new Tx(randomBytes(16).toString('hex'));
    this.open.set(tx.id, tx);
    return tx;
  }

  get(id: unknown): Tx {
    const tx = typeof id === 'string' ? this.open.get(id) : undefined;
    if (!tx) throw new DbError(Codes.TRANSACTION_NOT_EXIST, `transaction ${String(id)} does not exist (finished, aborted or expired)`);
    tx.touched = Date.now();
    return tx;
  }

  overlay(tx: Tx, coll: string): Overlay {
    let o = tx.overlays.get(coll);
    if (!o) tx.overlays.set(coll, (o = new Map()));
    return o;
  }

  /** Remembers the version of a document the transaction depends on (first access wins). */
  noteRead(tx: Tx, coll: string, idk: string): void {
    const key = docKey(coll, idk);
    if (!tx.reads.has(key)) tx.reads.set(key, this.store.version(coll, idk));
  }

  /** Waits while another open transaction holds the document, then claims it for `tx`. */
  async acquire(tx: Tx, coll: string, idk: string): Promise<void> {
    const key = docKey(coll, idk);
    if (tx.gaveUp.has(key)) return;
    const deadline = Date.now() + this.opts.lockWaitMs;
    for (;;) {
      const holder = this.claims.get(key);
      if (!holder || holder === tx) break;
      const left = deadline - Date.now();
      if (left <= 0) {
        tx.gaveUp.add(key);
        return;
      }
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([holder.done, new Promise<void>((r) => (timer = setTimeout(r, left)))]);
      clearTimeout(timer);
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

  write(tx: Tx, coll: string, idk: string, id: unknown, doc: Doc | null): void {
    this.noteRead(tx, coll, idk);
    tx.writes.set(docKey(coll, idk), { coll, id, doc });
    this.overlay(tx, coll).set(idk, doc);
  }

  /**
   * Validates and applies; throws DATABASE_TRANSACTION_CONFLICT, or the duplicate key error of a unique
   * index (the transaction is discarded either way).
   */
  commit(tx: Tx): void {
    try {
      for (const [key, ver] of tx.reads) {
        const cut = key.indexOf('\u0001');
        const coll = key.slice(0, cut);
        const idk = key.slice(cut + 1);
        if (this.store.version(coll, idk) !== ver) {
          throw new DbError(
            Codes.TRANSACTION_CONFLICT,
            `database transaction conflict: document ${JSON.stringify(idk)} of collection ${coll} was changed by another operation after this transaction read it`,
          );
        }
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
    for (const tx of [...this.open.values()]) this.end(tx);
  }

  private end(tx: Tx): void {
    this.open.delete(tx.id);
    for (const key of tx.claims) if (this.claims.get(key) === tx) this.claims.delete(key);
    tx.finish();
  }

  private sweep(): void {
    const limit = Date.now() - this.opts.timeoutMs;
    for (const tx of [...this.open.values()]) if (tx.touched < limit) this.end(tx);
  }
}
