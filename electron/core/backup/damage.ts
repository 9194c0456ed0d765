/**
 * A data file that is not a whole database at start: it is moved aside (never deleted), an empty
 * file takes its place so the app still starts, and the newest backup that passes a check is
 * offered to the user through backups.status.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import dayjs from 'dayjs';
import type { BackupInfo, DamageNotice } from '../../../shared/domain/backup/types';
import { DamagedFileError, openDatabase } from '../db/open';
import { fsyncDir } from './durable';
import { backupDir, listBackupFiles, toInfo } from './folder';
import { saveDamageNotice } from './notice';
import { inspectCopy } from './verify';

export interface OpenDataOptions {
  nativeBinding?: string;
  now: () => Date;
  /** False (the CLI): a damaged file is reported, not moved. */
  setAsideDamaged: boolean;
}

export function openDataFile(dbFile: string, options: OpenDataOptions): Database.Database {
  try {
    return openDatabase(dbFile, { nativeBinding: options.nativeBinding, now: options.now });
  } catch (error) {
    if (!(error instanceof DamagedFileError) || !options.setAsideDamaged) throw error;
    const at = options.now();
    const movedTo = moveAside(dbFile, at);
    saveDamageNotice(dbFile, {
      at: dayjs(at).format('YYYY-MM-DD HH:mm:ss'),
      movedTo,
      reason: error.reason,
      backup: newestGoodBackup(dbFile, options.nativeBinding),
    } satisfies DamageNotice);
    return openDatabase(dbFile, { nativeBinding: options.nativeBinding, now: options.now });
  }
}

/** ledger.sqlite -> ledger.sqlite.damaged-20261123-093000, its -wal and -shm renamed alike so they stay paired. */
export function moveAside(dbFile: string, at: Date): string {
  const base = `${dbFile}.damaged-${dayjs(at).format('YYYYMMDD-HHmmss')}`;
  let target = base;
  for (let n = 2; fs.existsSync(target); n++) target = `${base}-${n}`;
  // The WAL goes first: were the file moved and its WAL left, the next start would replay that
  // WAL onto the new empty file.
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (fs.existsSync(dbFile + suffix)) fs.renameSync(dbFile + suffix, target + suffix);
  }
  fs.renameSync(dbFile, target);
  fsyncDir(path.dirname(dbFile));
  return target;
}

/** Newest first, the first backup whose pages all read back; a few at most are checked. */
function newestGoodBackup(dbFile: string, nativeBinding?: string): BackupInfo | null {
  for (const backup of listBackupFiles(backupDir(dbFile)).slice(0, 10)) {
    if (inspectCopy(backup.path, 'quick', nativeBinding).ok) return toInfo(backup);
  }
  return null;
}
