/** Column mappings remembered by the header they were made for: the same header in a later file finds its mapping again. */
import type Database from 'better-sqlite3';
import { prepared } from '../../db/prepared';
import type { Remembered } from './analyze';

/** The mapping last used for a header signature (see headerSignature), if any. */
export function rememberedMapping(db: Database.Database): (signature: string) => Remembered | undefined {
  return (signature) => {
    const row = prepared(db, 'SELECT kind, mapping FROM import_mappings WHERE signature = ?').get(signature) as
      { kind: string; mapping: string } | undefined;
    return row ? { kind: row.kind, targets: JSON.parse(row.mapping) as Record<string, string> } : undefined;
  };
}

export function rememberMapping(
  db: Database.Database,
  signature: string,
  kind: string,
  targets: Record<string, string>,
  now: string,
): void {
  prepared(
    db,
    'INSERT INTO import_mappings (signature, kind, mapping, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(signature) DO UPDATE SET kind = excluded.kind, mapping = excluded.mapping, updated_at = excluded.updated_at',
  ).run(signature, kind, JSON.stringify(targets), now);
}
