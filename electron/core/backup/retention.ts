/**
 * How many automatic backups are kept, and deleting the rest. The policy is a file in the backups
 * folder rather than a setting in the data: restoring an old backup must not bring back an old
 * policy, and an import's worker reads it without the main process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { defaultRetention, type BackupKind, type BackupRetention } from '../../../shared/domain/backup/types';
import { fsyncFile, renameDurably } from './durable';
import { backupDir, listBackupFiles } from './folder';
import { readDamageNotice } from './notice';

const policyFile = (dir: string) => path.join(dir, 'retention.json');

export function readRetention(dir: string): BackupRetention {
  try {
    const stored = JSON.parse(fs.readFileSync(policyFile(dir), 'utf8')) as Partial<BackupRetention>;
    const pick = (key: keyof BackupRetention) =>
      Number.isInteger(stored[key]) && stored[key]! >= 1 ? stored[key]! : defaultRetention[key];
    return { keepDaily: pick('keepDaily'), keepMonthly: pick('keepMonthly'), keepImport: pick('keepImport') };
  } catch {
    return { ...defaultRetention };
  }
}

export function saveRetention(dir: string, retention: BackupRetention): void {
  fs.mkdirSync(dir, { recursive: true });
  const partial = `${policyFile(dir)}.partial`;
  fs.writeFileSync(partial, JSON.stringify(retention, null, 2));
  fsyncFile(partial);
  renameDurably(partial, policyFile(dir));
}

/** Kinds the policy counts; 手动, 迁移前 and 恢复前 backups are only ever deleted by a person. */
const limits: Partial<Record<BackupKind, keyof BackupRetention>> = {
  daily: 'keepDaily',
  monthly: 'keepMonthly',
  import: 'keepImport',
};

/**
 * Deletes the oldest automatic backups beyond the policy. Nothing is deleted while a damaged-file
 * notice waits: the good backups from before the damage must not be rotated out by backups of
 * the empty file that replaced it.
 */
export function pruneBackups(dbFile: string): string[] {
  if (readDamageNotice(dbFile)) return [];
  const dir = backupDir(dbFile);
  const retention = readRetention(dir);
  const seen = new Map<BackupKind, number>();
  const removed: string[] = [];
  for (const backup of listBackupFiles(dir)) {
    const limit = limits[backup.kind];
    if (!limit) continue;
    const count = (seen.get(backup.kind) ?? 0) + 1;
    seen.set(backup.kind, count);
    if (count > retention[limit]) {
      fs.rmSync(backup.path, { force: true });
      removed.push(backup.id);
    }
  }
  return removed;
}
