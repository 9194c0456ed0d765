/** Small helpers of the backup tests: a community as the marker of "which data is this". */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { AppCore } from '../../../electron/core/app';
import { ok } from '../helpers';

export function addCommunity(core: AppCore, name: string): void {
  ok(core, 'communities.add', { name });
}

export function communityNames(core: AppCore): string[] {
  return core.ctx.db.prepare('SELECT name FROM communities ORDER BY name').pluck().all() as string[];
}

/** Opens a file read-only and runs integrity_check; 'ok' when it is whole. */
export function integrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

/** A file's first 16 bytes say whether it is an SQLite database at all. */
export function isSqliteFile(file: string): boolean {
  return fs.readFileSync(file).subarray(0, 16).toString('latin1') === 'SQLite format 3\u0000';
}
