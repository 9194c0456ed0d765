import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppInfo } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import type { Ctx } from './context';
import { lockDataFolder, type FolderLock } from './db/lock';
import { openDatabase } from './db/open';
import { dispatch } from './dispatch';
import { FileStore } from './files/store';
import { databaseFile } from './paths';

export interface OpenAppOptions {
  dataDir: string;
  /** The database file; ledger.sqlite in dataDir by default (the CLI's --db names another). */
  dbFile?: string;
  /** Where files move between user and handlers; dataDir/staging/<mode> by default. */
  stagingDir?: string;
  mode: AppInfo['mode'];
  version: string;
  nativeBinding?: string;
  /** The running app owns its folder; the CLI and tests share it through SQLite's own locking. */
  lock?: boolean;
  now?: () => Date;
  operator?: string;
}

export interface AppCore {
  ctx: Ctx;
  invoke(method: unknown, input: unknown): Result<unknown> | Promise<Result<unknown>>;
  close(): void;
}

/** Opens the data folder: lock, database (migrated), staging area; the same for every transport. */
export function openApp(options: OpenAppOptions): AppCore {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const lock: FolderLock | null = options.lock === false ? null : lockDataFolder(options.dataDir, options.mode);
  try {
    const dbFile = options.dbFile ?? databaseFile(options.dataDir);
    const db = openDatabase(dbFile, { nativeBinding: options.nativeBinding });
    const files = new FileStore(options.stagingDir ?? path.join(options.dataDir, 'staging', options.mode));
    const operator = options.operator ?? os.userInfo().username;
    const ctx: Ctx = {
      db,
      now: options.now ?? (() => new Date()),
      operator,
      info: { version: options.version, mode: options.mode, dataDir: options.dataDir, dbFile, operator },
      files,
      nativeBinding: options.nativeBinding,
      cleanup: new Set(),
    };
    return {
      ctx,
      invoke: (method, input) => dispatch(ctx, method, input),
      close() {
        for (const done of ctx.cleanup) done();
        files.clear();
        db.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
