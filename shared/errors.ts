/** What every call returns over IPC, HTTP or the CLI. */
export type Result<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; message: string };

export type ErrorCode =
  | 'BAD_INPUT' // the input does not match the contract
  | 'UNKNOWN_METHOD'
  | 'NOT_FOUND'
  | 'CONFLICT' // a unique value already taken
  | 'IN_USE' // refused because something refers to it
  | 'DB_TOO_NEW'
  | 'DB_LOCKED'
  | 'DB_DAMAGED'
  | 'UNAUTHORIZED'
  | 'INTERNAL';

/** An error the user can act on: the message says, in Chinese, what to do. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
