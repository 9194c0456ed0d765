/** Checks that a copy of the data file is a whole, readable database before anyone relies on it. */
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { fsyncFile } from './durable';

export type CheckDepth = 'integrity' | 'quick';

export type Inspection = { ok: true; version: number } | { ok: false; reason: string };

/**
 * integrity_check reads every page and cross-checks every index; quick_check skips the index
 * contents and is several times faster. Opened read-only: a backup is never changed by a check.
 */
export function inspectCopy(file: string, depth: CheckDepth, nativeBinding?: string): Inspection {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const rows = db.pragma(depth === 'integrity' ? 'integrity_check' : 'quick_check') as Record<string, string>[];
    const messages = rows.map((r) => Object.values(r)[0]);
    if (messages.length !== 1 || messages[0] !== 'ok') return { ok: false, reason: messages.slice(0, 3).join('；') };
    return { ok: true, version: db.pragma('user_version', { simple: true }) as number };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  } finally {
    db?.close();
  }
}

/**
 * Makes a freshly written copy self-contained (rollback journal, so it is one file that can be
 * copied anywhere and opened read-only), checks it in full, and flushes it to disk. It is attached
 * to the connection that wrote it, so the check needs no second build of SQLite (an import's
 * worker and Electron load their own).
 */
export function sealCopy(db: Database.Database, file: string): void {
  const name = 'sealed_copy';
  db.prepare(`ATTACH DATABASE ? AS ${name}`).run(file);
  let messages: string[];
  try {
    db.pragma(`${name}.journal_mode = DELETE`);
    const rows = db.pragma(`${name}.integrity_check`) as Record<string, string>[];
    messages = rows.map((r) => String(Object.values(r)[0]));
  } finally {
    db.exec(`DETACH DATABASE ${name}`);
  }
  if (messages.length !== 1 || messages[0] !== 'ok') {
    throw new AppError(
      'DB_DAMAGED',
      `备份写好后检查未通过（${messages.slice(0, 3).join('；')}），这份备份已作废。请检查磁盘是否有错误或空间不足，然后重试。`,
    );
  }
  fsyncFile(file);
}
