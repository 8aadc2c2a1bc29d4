import { db } from '../cloud';
import { AppError } from '../errors';

type DocRef = {
  get(): Promise<{ data?: unknown }>;
  set(arg: { data: object }): Promise<unknown>;
  update(arg: { data: object }): Promise<unknown>;
};
/** What a CloudBase transaction offers: documents by id only. */
export type Tx = { collection(name: string): { doc(id: string): DocRef } };

// wx-server-sdk's own words for a document that is not there ('document with _id … does not exist'),
// and nothing else: "Transaction does not exist on the server" (an expired transaction) or "Db or Table not
// exist" (a collection never created) are failures, not a missing document.
const isNotFound = (err: unknown) => /document with _id .* does not exist/.test(String((err as Error)?.message ?? err));

/**
 * A document read inside a transaction, or null when it does not exist (the SDK throws for that). Any
 * other failure propagates: a repository never turns an error into "not found".
 */
export async function getOrNull<T>(ref: Pick<DocRef, 'get'>): Promise<T | null> {
  try {
    return ((await ref.get()).data as T) ?? null;
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

// CloudBase's conflict: code DATABASE_TRANSACTION_CONFLICT on a refused commit; inside the callback
// wx-server-sdk keeps only the message, '[ResourceUnavailable.TransactionConflict] Transaction is conflict, …'
const isConflict = (err: unknown) =>
  !(err instanceof AppError) &&
  /TRANSACTION_CONFLICT|TransactionConflict|transaction conflict/i.test(String((err as Error)?.message ?? err));

/**
 * Runs `work` in one CloudBase transaction: all its writes or none. A transaction that lost a race on a
 * document — refused at a write (runTransaction does not retry those) or at commit — is run again (it reads
 * afresh); an AppError thrown by `work` aborts it and reaches the caller unchanged.
 */
export async function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db().runTransaction(work, 10);
    } catch (err) {
      if (!isConflict(err) || attempt >= 3) throw err;
    }
  }
}
