import type { AppCore } from '../core/app';

/** Options every command may take; each command reads the ones it documents. */
export interface CliOptions {
  db?: string;
  json?: boolean;
  ledger?: string;
  sheet?: string;
  out?: string;
  mask?: boolean;
  /** A calendar date 'YYYY-MM-DD' (report daily). */
  date?: string;
}

export interface CliCommand {
  /** One usage line per form, shown by --help and on a mistake. */
  usage: string[];
  /** Checks before the database is opened (a missing file is exit 2 with nothing written). */
  check?(positionals: string[], options: CliOptions): void;
  run(core: AppCore, positionals: string[], options: CliOptions): Promise<number>;
}

/** A mistake in how the command was called, or a file that cannot be read: exit code 2. */
export class UsageError extends Error {}
