/** Operation counters: CloudBase bills per call, so tests and benchmarks assert how many calls an action costs. */
import type { CollectionOps, OpStats, TxStats } from '../types';

export type OpKind = 'read' | 'insert' | 'update' | 'remove' | 'count' | 'aggregate';

const zero = (): CollectionOps => ({ read: 0, insert: 0, update: 0, remove: 0, count: 0, aggregate: 0, tx: 0 });

export class Stats {
  private ops: OpStats = {};
  private txs: TxStats = { start: 0, commit: 0, abort: 0, conflict: 0 };

  count(collection: string, kind: OpKind, inTransaction: boolean): void {
    const c = (this.ops[collection] ??= zero());
    c[kind]++;
    if (inTransaction) c.tx++;
  }

  transaction(kind: keyof TxStats): void {
    this.txs[kind]++;
  }

  snapshot(): OpStats {
    const out: OpStats = {};
    for (const [name, c] of Object.entries(this.ops)) out[name] = { ...c };
    return out;
  }

  txSnapshot(): TxStats {
    return { ...this.txs };
  }

  reset(): void {
    this.ops = {};
    this.txs = { start: 0, commit: 0, abort: 0, conflict: 0 };
  }
}
