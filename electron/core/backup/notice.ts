/**
 * The notice of a damaged data file found at start. It is a file beside the data, not a row in
 * it: the data is what was damaged, and the notice must outlive the empty file that replaced it
 * until the user restores or dismisses it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DamageNotice } from '../../../shared/domain/backup/types';
import { fsyncFile, renameDurably } from './durable';

function noticeFile(dbFile: string): string {
  return path.join(path.dirname(dbFile), 'damage-notice.json');
}

export function readDamageNotice(dbFile: string): DamageNotice | null {
  try {
    return JSON.parse(fs.readFileSync(noticeFile(dbFile), 'utf8')) as DamageNotice;
  } catch {
    return null;
  }
}

export function saveDamageNotice(dbFile: string, notice: DamageNotice): void {
  const file = noticeFile(dbFile);
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, JSON.stringify(notice, null, 2));
  fsyncFile(partial);
  renameDurably(partial, file);
}

export function clearDamageNotice(dbFile: string): boolean {
  const file = noticeFile(dbFile);
  if (!fs.existsSync(file)) return false;
  fs.rmSync(file, { force: true });
  return true;
}
