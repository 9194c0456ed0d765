/** What every call returns over IPC, HTTP or the CLI. */
export type Result<T> = { ok: true; value: T } | Failure;

export interface Failure {
  ok: false;
  code: ErrorCode;
  message: string;
  /** Per-field messages (field key -> Chinese message), for forms to show beside each field. */
  fields?: Record<string, string>;
}

export type ErrorCode =
  | 'BAD_INPUT' // the input does not match the contract
  | 'UNKNOWN_METHOD'
  | 'NOT_FOUND'
  | 'CONFLICT' // a unique value already taken
  | 'NEEDS_CONFIRM' // would lose data: ask the user, then call again with the confirmation flag
  | 'IN_USE' // refused because something refers to it
  | 'DB_TOO_NEW'
  | 'DB_LOCKED'
  | 'DB_DAMAGED'
  | 'UNAUTHORIZED' // nobody signed in
  | 'LOCKED' // the app locked itself after idle minutes: sign in again
  | 'FORBIDDEN' // the operator's role does not allow it
  | 'TOO_MANY_TRIES' // wrong passwords in a row: wait before the next try
  | 'INTERNAL';

/** An error the user can act on: the message says, in Chinese, what to do. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
