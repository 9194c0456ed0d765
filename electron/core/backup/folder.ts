/** The backups folder beside the data file, and what is in it. */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../shared/domain/backup/types';
import { AppError } from '../../../shared/errors';
import { parseBackupName, type ParsedName } from './names';

export function backupDir(dbFile: string): string {
  return path.join(path.dirname(dbFile), 'backups');
}

export interface BackupFile extends BackupInfo {
  path: string;
  seq: number;
  /** Orders backups named with the same second (a daily one at start, then a manual one). */
  writtenAt: number;
}

/** Every backup in the folder, newest first; files that are not backups are left out. */
export function listBackupFiles(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const found: BackupFile[] = [];
  for (const id of names) {
    const parsed = parseBackupName(id);
    if (!parsed) continue;
    const file = path.join(dir, id);
    try {
      const stat = fs.statSync(file);
      if (stat.isFile()) found.push(describe(id, file, parsed, stat));
    } catch {
      // removed while listing
    }
  }
  return found.sort(
    (a, b) => b.at.localeCompare(a.at) || b.writtenAt - a.writtenAt || b.seq - a.seq || b.id.localeCompare(a.id),
  );
}

function describe(id: string, file: string, parsed: ParsedName, stat: fs.Stats): BackupFile {
  const { kind, at, note, seq } = parsed;
  return { id, kind, at, size: stat.size, note, seq, path: file, writtenAt: stat.mtimeMs };
}

export function findBackupFile(dir: string, id: string): BackupFile {
  const parsed = parseBackupName(id);
  const file = path.join(dir, id);
  if (!parsed || path.basename(id) !== id || !fs.existsSync(file)) {
    throw new AppError('NOT_FOUND', `找不到备份“${id}”，它可能已被删除。请刷新列表后重新选择。`);
  }
  return describe(id, file, parsed, fs.statSync(file));
}

/** The public part of a backup file. */
export function toInfo({ id, kind, at, size, note }: BackupFile): BackupInfo {
  return { id, kind, at, size, note };
}
