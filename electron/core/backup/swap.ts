/**
 * Puts a new data file in place of the open one, for a restore: the connection is closed, the
 * checked copy (already on disk beside the data file) is renamed over the file in one step, and
 * the app's context gets a fresh connection. Handlers read ctx.db on every call, so they go on
 * working, on the new data.
 */
import fs from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../context';
import { openDatabase } from '../db/open';
import { renameDurably } from './durable';

export type StepHook = (step: 'closed' | 'replaced' | 'reopened') => void;

export function swapDataFile(ctx: Ctx, replacement: string, step: StepHook = () => {}): void {
  const dbFile = ctx.info.dbFile;
  const reopen = () => {
    ctx.db = openDatabase(dbFile, { nativeBinding: ctx.nativeBinding, now: ctx.now });
  };
  ctx.db.close();
  step('closed');
  try {
    // The last connection to close removes the WAL. If it is still there, another connection (an
    // import not yet closed, another program) has the file open: renaming now would pair the old
    // WAL with the new file, or leave that connection writing into a file no longer listed.
    if (fs.existsSync(`${dbFile}-wal`)) {
      throw new AppError(
        'DB_LOCKED',
        '数据文件正被其他操作使用（例如一次尚未关闭的导入，或另一个打开它的程序）。请先完成或关闭导入、关闭其他程序，然后再恢复。当前数据没有改动。',
      );
    }
    fs.rmSync(`${dbFile}-shm`, { force: true });
    renameDurably(replacement, dbFile);
  } catch (error) {
    reopen();
    if (error instanceof AppError) throw error;
    throw new AppError(
      'DB_LOCKED',
      `无法替换数据文件（${(error as Error).message}）。请关闭其他打开它的程序后重试。当前数据没有改动。`,
    );
  }
  step('replaced');
  try {
    reopen();
  } catch (error) {
    throw new ReopenFailed(error);
  }
  step('reopened');
}

/** The new file is in place but does not open; ctx.db is closed until the caller puts one back. */
export class ReopenFailed extends Error {
  constructor(failure: unknown) {
    super((failure as Error)?.message ?? String(failure));
  }
}
