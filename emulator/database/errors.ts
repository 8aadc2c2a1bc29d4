/**
 * Error answers. The SDK turns `{ code, message }` into a rejection: @cloudbase/node-sdk throws a TcbError
 * with that `code`; wx-server-sdk maps known codes to its numeric errCode (DATABASE_REQUEST_FAILED -502001,
 * INVALID_PARAM -501007, DATABASE_COLLECTION_NOT_EXIST -502005, others SYS_ERR -501001) and keeps `message`.
 * `db.runTransaction` retries only when the commit is refused with DATABASE_TRANSACTION_CONFLICT.
 */
export const Codes = {
  INVALID_PARAM: 'INVALID_PARAM',
  INVALID_ACTION: 'INVALID_ACTION',
  REQUEST_FAILED: 'DATABASE_REQUEST_FAILED',
  TRANSACTION_CONFLICT: 'DATABASE_TRANSACTION_CONFLICT',
  TRANSACTION_NOT_EXIST: 'DATABASE_TRANSACTION_NOT_EXIST',
  COLLECTION_EXIST: 'DATABASE_COLLECTION_ALREADY_EXIST',
  SYS_ERR: 'SYS_ERR',
} as const;

export class DbError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'DbError';
  }
}

export const invalidParam = (message: string) => new DbError(Codes.INVALID_PARAM, message);
export const requestFailed = (message: string) => new DbError(Codes.REQUEST_FAILED, message);

/** Wraps errors thrown by the query/update engine (mingo) as CloudBase's DATABASE_REQUEST_FAILED. */
export function asDbError(e: unknown): DbError {
  if (e instanceof DbError) return e;
  return requestFailed(e instanceof Error ? e.message : String(e));
}
