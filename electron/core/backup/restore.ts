/**
 * Replaces the data with a backup, crash-safe by construction: the backup is copied beside the
 * data file, checked and flushed; the current data is backed up (恢复前); then the copy is renamed
 * over the data file in one step. Killed at any moment, the folder holds the old data whole or
 * the restored data whole, never a mix, and never a file copied over in place.
 */
import type { RestoreResult } from '../../../shared/domain/backup/types';
import { AppError } from '../../../shared/errors';
import { recordAudit } from '../audit/record';
import type { Ctx } from '../context';
import { openDatabase } from '../db/open';
import { renameDurably } from './durable';
import { exclusive } from './exclusive';
import { backupDir, findBackupFile, toInfo, type BackupFile } from './folder';
import { clearDamageNotice } from './notice';
import { removeStaged, stageForRestore } from './stage';
import { ReopenFailed, swapDataFile } from './swap';
import { writeBackupSync } from './write';

export type RestoreStep = 'staged' | 'safety' | 'closed' | 'replaced' | 'reopened';

export interface RestoreHooks {
  /** Told each step as it completes (the crash tests stop the process at one). */
  step?: (step: RestoreStep) => void;
}

export function restoreBackup(ctx: Ctx, id: string, hooks: RestoreHooks = {}): Promise<RestoreResult> {
  return exclusive(ctx, () => restoreNow(ctx, id, hooks.step ?? (() => {})));
}

function restoreNow(ctx: Ctx, id: string, step: (step: RestoreStep) => void): RestoreResult {
  const dbFile = ctx.info.dbFile;
  const source = findBackupFile(backupDir(dbFile), id);
  const staged = stageForRestore(source, dbFile, ctx.nativeBinding);
  try {
    step('staged');
    const safety = writeBackupSync(ctx.db, { dir: backupDir(dbFile), kind: 'restore', at: ctx.now() });
    step('safety');
    try {
      swapDataFile(ctx, staged, step);
    } catch (error) {
      if (error instanceof ReopenFailed) putBack(ctx, safety, source.id, error);
      throw error;
    }
    const result = { restored: toInfo(source), safetyCopy: toInfo(safety) };
    recordAudit(ctx, {
      method: 'backups.restore',
      entity: 'backup',
      entityId: null,
      before: { safetyCopy: result.safetyCopy },
      after: { restored: result.restored },
    });
    clearDamageNotice(dbFile);
    return result;
  } finally {
    removeStaged(staged);
  }
}

/** The restored file would not open (a migration failed): the data as it was goes back. */
function putBack(ctx: Ctx, safety: BackupFile, id: string, failure: ReopenFailed): never {
  const dbFile = ctx.info.dbFile;
  const staged = stageForRestore(safety, dbFile, ctx.nativeBinding);
  renameDurably(staged, dbFile);
  ctx.db = openDatabase(dbFile, { nativeBinding: ctx.nativeBinding, now: ctx.now });
  throw new AppError(
    'DB_DAMAGED',
    `备份“${id}”无法打开（${failure.message}），已换回恢复前的数据。请选择另一个备份，或联系管理员。`,
  );
}
