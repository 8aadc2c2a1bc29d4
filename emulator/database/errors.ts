/**
 * Error answers. The SDK turns `{ code, message }` into a rejection: @cloudbase/node-sdk throws a TcbError
 * with that `code`; wx-server-sdk maps known codes to its numeric errCode (DATABASE_REQUEST_FAILED -502001,
 * INVALID_PARAM -501007, DATABASE_COLLECTION_NOT_EXIST -502005, others SYS_ERR -501001), keeps `message`
 * in `errMsg` and drops `code` — except for transaction.commit, whose error reaches the caller as sent.
 * `db.runTransaction` retries only an error whose `code` is DATABASE_TRANSACTION_CONFLICT, so through
 * wx-server-sdk only a refused commit is retried, never a conflict raised by a call inside the callback.
 *
 * The messages of CloudBase's own codes are CloudBase's, word for word (as @cloudbase/node-sdk's tests
 * against the service assert them), so code that matches on a message behaves here as in production.
 */
export const Codes = {
  INVALID_PARAM: 'INVALID_PARAM',
  INVALID_ACTION: 'INVALID_ACTION',
  REQUEST_FAILED: 'DATABASE_REQUEST_FAILED',
  TRANSACTION_CONFLICT: 'DATABASE_TRANSACTION_CONFLICT',
  /** a finished (committed, aborted, conflicted) or expired transaction */
  TRANSACTION_FAIL: 'DATABASE_TRANSACTION_FAIL',
  COLLECTION_NOT_EXIST: 'DATABASE_COLLECTION_NOT_EXIST',
  COLLECTION_EXIST: 'DATABASE_COLLECTION_ALREADY_EXIST',
  SYS_ERR: 'SYS_ERR',
} as const;

export const Messages = {
  COLLECTION_NOT_EXIST:
    '[ResourceNotFound] Db or Table not exist. Please check your request, but if the problem cannot be solved, contact us.',
  TRANSACTION_CONFLICT:
    '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.',
  TRANSACTION_NOT_EXIST:
    '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.',
} as const;

export class DbError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DbError';
  }
}

export const invalidParam = (message: string) => new DbError(Codes.INVALID_PARAM, message);
export const requestFailed = (message: string) => new DbError(Codes.REQUEST_FAILED, message);
export const collectionNotExist = () => new DbError(Codes.COLLECTION_NOT_EXIST, Messages.COLLECTION_NOT_EXIST);
export const transactionConflict = () => new DbError(Codes.TRANSACTION_CONFLICT, Messages.TRANSACTION_CONFLICT);
export const transactionNotExist = () => new DbError(Codes.TRANSACTION_FAIL, Messages.TRANSACTION_NOT_EXIST);

/** Wraps errors thrown by the query/update engine (mingo) as CloudBase's DATABASE_REQUEST_FAILED. */
export function asDbError(e: unknown): DbError {
  if (e instanceof DbError) return e;
  return requestFailed(e instanceof Error ? e.message : String(e));
}
