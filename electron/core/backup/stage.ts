/** A backup copied beside the data file and checked, ready to be renamed over it. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { AppError } from '../../../shared/errors';
import { migrations } from '../db/migrations';
import { fsyncFile } from './durable';
import type { BackupFile } from './folder';
import { inspectCopy } from './verify';

/** Left behind only by a crash; removed at the next start. */
export const stagedMarker = '.restoring-';

export function stageForRestore(source: BackupFile, dbFile: string, nativeBinding?: string): string {
  const staged = `${dbFile}${stagedMarker}${crypto.randomBytes(6).toString('hex')}`;
  try {
    fs.copyFileSync(source.path, staged);
    fsyncFile(staged);
  } catch (error) {
    removeStaged(staged);
    throw new AppError(
      'INTERNAL',
      `无法复制备份到数据文件夹（${(error as Error).message}）。请检查磁盘空间后重试；当前数据没有改动。`,
    );
  }
  const check = inspectCopy(staged, 'integrity', nativeBinding);
  const latest = migrations.at(-1)?.version ?? 0;
  if (!check.ok || check.version > latest) removeStaged(staged);
  if (!check.ok) {
    throw new AppError(
      'DB_DAMAGED',
      `备份“${source.id}”检查未通过（${check.reason}），不能用它恢复。请选择另一个备份；当前数据没有改动。`,
    );
  }
  if (check.version > latest) {
    throw new AppError(
      'DB_TOO_NEW',
      `备份“${source.id}”由更新版本的街道台账写入（数据版本 ${check.version}）。请先安装最新版本再恢复；当前数据没有改动。`,
    );
  }
  return staged;
}

export function removeStaged(staged: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(staged + suffix, { force: true });
}
