/** Making a backup from the running app: written, checked, audited, then old ones pruned. */
import type { BackupInfo, BackupKind } from '../../../shared/domain/backup/types';
import { recordAudit } from '../audit/record';
import type { Ctx } from '../context';
import { backupDir, toInfo, type BackupFile } from './folder';
import { exclusive } from './exclusive';
import { pruneBackups } from './retention';
import { writeBackup, writeBackupSync } from './write';

export interface CreateOptions {
  /** Another folder (the CLI's --out); nothing there is pruned. */
  dir?: string;
}

/** The online backup API, queued behind any other backup or restore of this app. */
export function createBackup(ctx: Ctx, kind: BackupKind, options: CreateOptions = {}): Promise<BackupFile> {
  return exclusive(ctx, async () => {
    const file = await writeBackup(ctx.db, {
      dir: options.dir ?? backupDir(ctx.info.dbFile),
      kind,
      at: ctx.now(),
    });
    settle(ctx, file, options);
    return file;
  });
}

/**
 * Before an import writes: called right before its transaction, on the connection that will
 * write it. If the backup cannot be made, the import does not run.
 */
export function backupBeforeImport(ctx: Ctx): BackupInfo {
  const file = writeBackupSync(ctx.db, {
    dir: backupDir(ctx.info.dbFile),
    kind: 'import',
    at: ctx.now(),
  });
  settle(ctx, file, {});
  return toInfo(file);
}

function settle(ctx: Ctx, file: BackupFile, options: CreateOptions): void {
  recordAudit(ctx, {
    method: 'backups.create',
    entity: 'backup',
    entityId: null,
    before: null,
    after: { ...toInfo(file), ...(options.dir ? { folder: options.dir } : {}) },
  });
  if (!options.dir) pruneBackups(ctx.info.dbFile);
}
