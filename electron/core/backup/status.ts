/** What 设置 → 备份与恢复 and the damaged-file banner show. */
import dayjs from 'dayjs';
import type { BackupStatus } from '../../../shared/domain/backup/types';
import type { Ctx } from '../context';
import { backupDir, listBackupFiles, toInfo } from './folder';
import { readDamageNotice } from './notice';

const failures = new WeakMap<Ctx, BackupStatus['lastFailure']>();

/** An automatic backup failed: kept until one succeeds, shown in the settings tab. */
export function noteFailure(ctx: Ctx, error: unknown): void {
  failures.set(ctx, { at: dayjs(ctx.now()).format('YYYY-MM-DD HH:mm:ss'), message: (error as Error).message });
}

export function noteSuccess(ctx: Ctx): void {
  failures.delete(ctx);
}

export function backupStatus(ctx: Ctx): BackupStatus {
  const dir = backupDir(ctx.info.dbFile);
  const latest = listBackupFiles(dir)[0];
  return {
    folder: dir,
    latest: latest ? toInfo(latest) : null,
    damage: readDamageNotice(ctx.info.dbFile),
    lastFailure: failures.get(ctx) ?? null,
  };
}
