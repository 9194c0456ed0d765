import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { migrations as allMigrations, type Migration } from './migrations';

export interface MigrateOptions {
  migrations?: Migration[];
  /** Called once, before the first pending migration touches an existing database. */
  beforeMigrate?: (from: number, to: number) => void;
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database to the newest schema. Each migration and its version bump run in one
 * transaction, so a crash leaves the file at a whole version.
 */
export function migrate(db: Database.Database, options: MigrateOptions = {}): { from: number; to: number } {
  const migrations = options.migrations ?? allMigrations;
  const from = assertKnownVersion(db, migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };
  options.beforeMigrate?.(from, latest);
  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return { from, to: latest };
}

/** Refuses a file written by a newer version before anything touches it; returns its version. */
export function assertKnownVersion(db: Database.Database, migrations: Migration[] = allMigrations): number {
  const latest = migrations.at(-1)?.version ?? 0;
  const from = schemaVersion(db);
  if (from > latest) {
    throw new AppError(
      'DB_TOO_NEW',
      `这个数据文件由更新版本的街道台账写入（数据版本 ${from}，本程序只认识到 ${latest}）。请安装最新版本的街道台账后再打开，不要用旧版本修改它。`,
    );
  }
  return from;
}
