import fs from 'node:fs';
import path from 'node:path';
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

/**
 * The file an --out option names, absolute: its folder must exist, and it must not be a folder
 * itself (the file is created or replaced). example: a file name for the message ('台账.xlsx').
 */
export function outFile(out: string, example: string): string {
  const file = path.resolve(out);
  const dir = path.dirname(file);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new UsageError(`保存位置的文件夹不存在：${dir}。请先创建这个文件夹，或换一个 --out 路径。`);
  }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    throw new UsageError(`--out 指向的是一个文件夹：${file}。请写出文件名，例如 ${path.join(file, example)}。`);
  }
  return file;
}
