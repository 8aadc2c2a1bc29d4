import type { ErrorCode } from './errors';

/** The envelope every function answers with. */
export type Ok<T> = { ok: true; data: T };
export type Fail = {
  ok: false;
  code: ErrorCode | string;
  message: string;
  /** Field-level problems for forms: path → Chinese message. */
  fields?: Record<string, string>;
};
export type Result<T> = Ok<T> | Fail;

/** What a page sends: `callFunction({ name: fn, data: { action, data } })`. */
export type CallEvent<A extends string = string, D = unknown> = { action: A; data?: D };
