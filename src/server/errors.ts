import { errorMessage, type ErrorCode } from '../contracts/errors';

/** A refusal the caller should see: a stable code and a Chinese message. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message ?? errorMessage(code));
    this.name = 'AppError';
  }
}

export const fail = (code: ErrorCode, message?: string): never => {
  throw new AppError(code, message);
};
