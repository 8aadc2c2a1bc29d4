/**
 * What one database request reads and writes through: committed data directly, or — with a
 * `transactionId` — the transaction's view (its snapshot with its own writes on top), buffering what it
 * writes until commit (transactions.ts).
 */
import type { Doc } from '../types';
import type { Store, WriteOp } from '../store/store';
import { idKey } from '../store/keys';
import { entryById, selectEntries, type Entry } from './find';
import { asDbError, Codes, collectionNotExist, DbError, invalidParam } from './errors';
import { collectionName } from './request';
import type { OpKind, Stats } from './stats';
import type { Tx, TxManager } from './transactions';

export interface DbContext {
  store: Store;
  txm: TxManager;
  stats: Stats;
}

export interface Change {
  coll: string;
  id: unknown;
  /** the new document, or null to remove it */
  doc: Doc | null;
}

export function keyOf(id: unknown): string {
  const k = idKey(id);
  if (k === undefined) throw invalidParam(`_id must be a string, a number or an ObjectId, not ${JSON.stringify(id)}`);
  return k;
}

/** How every action starts: its collection and session, the call counted (in a transaction or not). */
export function openAction(ctx: DbContext, body: Doc, kind: OpKind): { coll: string; session: Session } {
  const coll = collectionName(body);
  const session = Session.of(ctx, body);
  ctx.stats.count(coll, kind, session.inTransaction);
  return { coll, session };
}

export class Session {
  private constructor(
    private readonly ctx: DbContext,
    readonly tx?: Tx,
  ) {}

  static of(ctx: DbContext, body: Doc): Session {
    const id = body.transactionId;
    return new Session(ctx, id === undefined || id === null || id === '' ? undefined : ctx.txm.get(id));
  }

  get inTransaction(): boolean {
    return this.tx !== undefined;
  }

  /** In a transaction, waits for other open transactions that touched the document (see transactions.ts). */
  async lock(coll: string, id: unknown): Promise<void> {
    if (this.tx && id !== undefined) await this.ctx.txm.acquire(this.tx, coll, keyOf(id));
  }

  /**
   * Throws CloudBase's DATABASE_COLLECTION_NOT_EXIST unless `coll` was created (by addCollection or a first
   * insert), or this transaction has written into it. Every action but an insert asks first.
   */
  requireCollection(coll: string): void {
    if (this.ctx.store.collection(coll)) return;
    if (this.tx && this.ctx.txm.hasWrites(this.tx, coll)) return;
    throw collectionNotExist();
  }

  /**
   * Runs `work` on a collection that must exist, with the document `id` addresses (if any) locked for this
   * transaction first; whatever `work` throws is answered as a DbError.
   */
  async guarded<T>(coll: string, id: unknown, work: () => T): Promise<T> {
    this.requireCollection(coll);
    await this.lock(coll, id);
    try {
      return work();
    } catch (e) {
      throw asDbError(e);
    }
  }

  select(coll: string, filter: Doc | undefined): Entry[] {
    if (!this.tx) return selectEntries(this.ctx.store, coll, filter);
    return selectEntries(this.ctx.store, coll, filter, this.ctx.txm.view(this.tx, coll));
  }

  byId(coll: string, id: unknown): Doc | undefined {
    const idk = keyOf(id);
    if (!this.tx) return entryById(this.ctx.store, coll, idk);
    return entryById(this.ctx.store, coll, idk, this.ctx.txm.view(this.tx, coll));
  }

  write(changes: Change[]): void {
    if (this.tx) {
      this.ctx.txm.checkUnique(this.tx, changes);
      try {
        for (const c of changes) this.ctx.txm.write(this.tx, c.coll, keyOf(c.id), c.id, c.doc);
      } catch (e) {
        if (e instanceof DbError && e.code === Codes.TRANSACTION_CONFLICT) this.ctx.stats.transaction('conflict');
        throw e;
      }
      return;
    }
    const ops: WriteOp[] = changes.map((c) => (c.doc ? { op: 'put', c: c.coll, d: c.doc } : { op: 'del', c: c.coll, id: c.id }));
    this.ctx.store.commit(ops);
  }
}
