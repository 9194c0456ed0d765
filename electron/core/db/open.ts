import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { backupDir } from '../backup/folder';
import { writeBackupSync } from '../backup/write';
import { assertKnownVersion, migrate, type MigrateOptions } from './migrate';

export interface OpenOptions {
  /** The better-sqlite3 build to load: Electron needs its own (see scripts/electron-native.mjs). */
  nativeBinding?: string;
  /** Where the copy made before a migration goes; the backups folder beside the file by default. */
  backupDir?: string;
  migrations?: MigrateOptions['migrations'];
  /** The clock that names the copy made before a migration. */
  now?: () => Date;
}

/** The file is not a whole SQLite database: the caller may move it aside and start afresh. */
export class DamagedFileError extends AppError {
  constructor(
    readonly file: string,
    /** What SQLite said, for the administrator. */
    readonly reason: string,
  ) {
    super(
      'DB_DAMAGED',
      `数据文件 ${file} 已损坏或不是街道台账的数据文件（${reason}）。请不要删除它：启动街道台账，程序会把它移到一旁并提供从最近的备份恢复；或联系管理员。`,
    );
  }
}

export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  if (existed) checkBeforeOpening(file, options.nativeBinding);
  let db: Database.Database;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw new AppError('DB_DAMAGED', `无法打开数据文件 ${file}：${(error as Error).message}。请检查文件夹是否可写。`);
  }
  try {
    assertKnownVersion(db, options.migrations);
    configure(db);
    migrate(db, {
      migrations: options.migrations,
      beforeMigrate: existed
        ? (from, to) =>
            writeBackupSync(db, {
              dir: options.backupDir ?? backupDir(file),
              kind: 'migration',
              at: (options.now ?? (() => new Date()))(),
              versions: { from, to },
            })
        : undefined,
    });
    return db;
  } catch (error) {
    db.close();
    throw translate(error, file);
  }
}

/**
 * quick_check on a read-only connection, before anything may write: every page readable and
 * every b-tree whole (index contents are left to integrity_check). Read-only matters: a writable
 * connection closed on a damaged file deletes or checkpoints its WAL, which may hold the last
 * changes, and those must go aside with the file untouched.
 */
function checkBeforeOpening(file: string, nativeBinding?: string): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    // Wait for another program's write rather than calling the file damaged or locked at once.
    db.pragma('busy_timeout = 5000');
    const rows = db.pragma('quick_check') as Record<string, string>[];
    const messages = rows.map((r) => String(Object.values(r)[0]));
    if (messages.length !== 1 || messages[0] !== 'ok') {
      throw new DamagedFileError(file, messages.slice(0, 3).join('；'));
    }
  } catch (error) {
    throw translate(error, file);
  } finally {
    db?.close();
  }
}

function translate(error: unknown, file: string): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) {
    return new DamagedFileError(file, (error as Error).message);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError('DB_LOCKED', `数据文件 ${file} 正被其他程序占用。请关闭其他打开它的程序后重试。`);
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_READONLY')) {
    return new AppError(
      'DB_LOCKED',
      `无法读写数据文件 ${file}（${(error as Error).message}）。请检查这个文件和它所在的文件夹是否允许当前用户读写。`,
    );
  }
  return error;
}

/** The connection settings every connection to the ledger uses (the app's, and a worker's). */
export function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // FULL: a committed change survives a power cut, which offices do have; writes here are few.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Enough page cache (32 MB) that the search index of 100,000 entries stays in memory.
  db.pragma('cache_size = -32768');
  db.pragma('temp_store = MEMORY');
}
