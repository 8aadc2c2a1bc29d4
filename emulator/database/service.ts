/** The `database.*` action table of the emulator. */
import type { Doc, TxStats, OpStats } from '../types';
import type { Store } from '../store/store';
import { Codes, DbError } from './errors';
import { aggregateDocuments, calculateDocument, getDocument, getInTransaction, type Answer } from './read-actions';
import type { DbContext } from './session';
import { Stats } from './stats';
import { TxManager, type TxOptions } from './transactions';
import { abortTransaction, commitTransaction, deleteDocInTransaction, startTransaction, updateDocInTransaction } from './tx-actions';
import { addCollection, insertDocument, modifyAndReturnDoc, modifyDocument, removeDocument } from './write-actions';

type Handler = (ctx: DbContext, body: Doc) => Promise<Answer>;

const ACTIONS: Record<string, Handler> = {
  'database.getDocument': getDocument,
  'database.calculateDocument': calculateDocument,
  'database.aggregateDocuments': aggregateDocuments,
  'database.insertDocument': insertDocument,
  'database.modifyDocument': modifyDocument,
  'database.modifyAndReturnDoc': modifyAndReturnDoc,
  'database.removeDocument': removeDocument,
  'database.addCollection': addCollection,
  'database.startTransaction': startTransaction,
  'database.commitTransaction': commitTransaction,
  'database.abortTransaction': abortTransaction,
  'database.getInTransaction': getInTransaction,
  'database.updateDocInTransaction': updateDocInTransaction,
  'database.deleteDocInTransaction': deleteDocInTransaction,
};

export class DatabaseService {
  private readonly ctx: DbContext;

  constructor(store: Store, txOptions: TxOptions) {
    this.ctx = { store, txm: new TxManager(store, txOptions), stats: new Stats() };
  }

  handles(action: string): boolean {
    return action.startsWith('database.');
  }

  /** Answers one action: the answer's fields besides `requestId`; throws DbError for an error answer. */
  async call(action: string, body: Doc): Promise<Answer> {
    const handler = ACTIONS[action];
    if (!handler) throw new DbError(Codes.INVALID_ACTION, `the emulator does not implement ${action}`);
    try {
      return await handler(this.ctx, body);
    } finally {
      // durability 'power': answer (a refusal too: it may rest on others' writes) once every batch journaled
      // so far is on disk; undefined, so no wait, in 'process' mode (store/group-commit.ts)
      await this.ctx.store.durable();
    }
  }

  stats(): OpStats {
    return this.ctx.stats.snapshot();
  }

  txStats(): TxStats {
    return this.ctx.stats.txSnapshot();
  }

  resetStats(): void {
    this.ctx.stats.reset();
  }

  close(): void {
    this.ctx.txm.close();
  }
}
