import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import dayjs from 'dayjs';
import { AppError } from '../../../shared/errors';
import { assertKnownVersion, migrate, type MigrateOptions } from './migrate';

export interface OpenOptions {
  /** The better-sqlite3 build to load: Electron needs its own (see scripts/electron-native.mjs). */
  nativeBinding?: string;
  /** Where the copy made before a migration goes; beside the file by default. */
  backupDir?: string;
  migrations?: MigrateOptions['migrations'];
}

export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
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
            backupBeforeMigration(db, options.backupDir ?? path.join(path.dirname(file), 'backups'), from, to)
        : undefined,
    });
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new AppError(
        'DB_DAMAGED',
        `数据文件 ${file} 已损坏或不是街道台账的数据文件。请不要删除它，从备份恢复或联系管理员。`,
      );
    }
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
      throw new AppError('DB_LOCKED', `数据文件 ${file} 正被其他程序占用。请关闭其他打开它的程序后重试。`);
    }
    throw error;
  }
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

/** A consistent copy of the whole database, taken before a migration changes it. */
function backupBeforeMigration(db: Database.Database, dir: string, from: number, to: number): void {
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `迁移前-v${from}-to-v${to}-${dayjs().format('YYYYMMDD-HHmmss')}.sqlite`);
  db.exec(`VACUUM INTO '${target.replaceAll("'", "''")}'`);
}
