/**
 * Writes one backup: a consistent copy to a hidden partial file, checked in full, flushed, and
 * only then renamed to its listed name. A crash at any point leaves either no new backup or a
 * whole, checked one — never a half-written file in the list.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupKind } from '../../../shared/domain/backup/types';
import { AppError } from '../../../shared/errors';
import { renameDurably } from './durable';
import { findBackupFile, type BackupFile } from './folder';
import { backupName, partialPrefix } from './names';
import { sealCopy } from './verify';

export interface BackupTarget {
  dir: string;
  kind: BackupKind;
  at: Date;
  /** A migration's versions, kept in the name. */
  versions?: { from: number; to: number };
}

/**
 * SQLite's online backup API: the copy is made in steps, so the app stays responsive while a
 * large file is copied, and writes made meanwhile on the same connection are carried into it.
 */
export async function writeBackup(db: Database.Database, target: BackupTarget): Promise<BackupFile> {
  const partial = startPartial(target.dir);
  try {
    await db.backup(partial);
    return finish(db, partial, target);
  } catch (error) {
    throw failed(partial, target.dir, error);
  }
}

/**
 * For work that cannot wait for a promise (an import's transaction in its worker, a migration at
 * open): VACUUM INTO, SQLite's one-statement consistent copy, from the same connection.
 */
export function writeBackupSync(db: Database.Database, target: BackupTarget): BackupFile {
  const partial = startPartial(target.dir);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    return finish(db, partial, target);
  } catch (error) {
    throw failed(partial, target.dir, error);
  }
}

function startPartial(dir: string): string {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new AppError(
      'INTERNAL',
      `无法创建备份文件夹 ${dir}：${(error as Error).message}。请检查磁盘空间和文件夹权限后重试。`,
    );
  }
  return path.join(dir, `${partialPrefix}${crypto.randomBytes(6).toString('hex')}.sqlite`);
}

function finish(db: Database.Database, partial: string, target: BackupTarget): BackupFile {
  sealCopy(db, partial);
  let seq = 1;
  while (fs.existsSync(path.join(target.dir, backupName(target.kind, target.at, seq, target.versions)))) seq++;
  const name = backupName(target.kind, target.at, seq, target.versions);
  renameDurably(partial, path.join(target.dir, name));
  return findBackupFile(target.dir, name);
}

function failed(partial: string, dir: string, error: unknown): Error {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(partial + suffix, { force: true });
  if (error instanceof AppError) return error;
  return new AppError(
    'INTERNAL',
    `备份没有写成（${(error as Error).message}）。请检查 ${dir} 所在磁盘的空间和权限后重试；数据本身没有改动。`,
  );
}
