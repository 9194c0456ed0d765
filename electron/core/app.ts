import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppInfo } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { openDataFile } from './backup/damage';
import { removeLeftovers } from './backup/leftovers';
import { startBackupSchedule } from './backup/schedule';
import type { Ctx } from './context';
import { lockDataFolder, type FolderLock } from './db/lock';
import { dispatch } from './dispatch';
import { FileStore } from './files/store';
import { databaseFile } from './paths';
import { interactiveSession, systemSession } from './operators/session';

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
  /** The daily and monthly backups; on for the app (Electron, browser mode), off for the CLI. */
  dailyBackups?: boolean;
  now?: () => Date;
  operator?: string;
  /** Electron and browser mode ask operators to sign in; the CLI and tests act as the system. */
  session?: 'system' | 'interactive';
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
    const now = options.now ?? (() => new Date());
    if (lock) removeLeftovers(dbFile);
    // Whoever holds the folder's lock moves a damaged file aside and starts on an empty one; the
    // CLI, which shares the folder, only reports it.
    const db = openDataFile(dbFile, { nativeBinding: options.nativeBinding, now, setAsideDamaged: lock !== null });
    const files = new FileStore(options.stagingDir ?? path.join(options.dataDir, 'staging', options.mode));
    const operator = options.operator ?? os.userInfo().username;
    const ctx: Ctx = {
      db,
      now,
      operator,
      session:
        (options.session ?? (options.mode === 'cli' ? 'system' : 'interactive')) === 'system'
          ? systemSession()
          : interactiveSession(),
      info: { version: options.version, mode: options.mode, dataDir: options.dataDir, dbFile, operator },
      files,
      nativeBinding: options.nativeBinding,
      cleanup: new Set(),
    };
    if (options.dailyBackups ?? options.mode !== 'cli') startBackupSchedule(ctx);
    return {
      ctx,
      invoke: (method, input) => dispatch(ctx, method, input),
      close() {
        for (const done of ctx.cleanup) done();
        files.clear();
        // ctx.db, not the first connection: a restore replaces it.
        ctx.db.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
