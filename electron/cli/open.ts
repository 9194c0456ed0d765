import os from 'node:os';
import path from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { openApp, type AppCore } from '../core/app';
import { databaseFile, resolveDataDir } from '../core/paths';

/** The app's own database, or the one --db names; shared through SQLite's locking with a running app. */
export function openCore(db: string | undefined): AppCore {
  const dbFile = db ? path.resolve(db) : databaseFile(resolveDataDir());
  return openApp({
    dataDir: path.dirname(dbFile),
    dbFile,
    stagingDir: path.join(os.tmpdir(), `ledger-cli-${process.pid}`),
    mode: 'cli',
    version: pkg.version,
    lock: false,
  });
}
