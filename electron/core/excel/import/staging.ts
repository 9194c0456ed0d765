/**
 * New entries written ahead into a temporary table of the import thread's own connection
 * (private to it, gone with it), while the file is still being read: on that thread the rows
 * are checked faster than they are read, so the writing costs no wait there. The commit then
 * copies each run of them into the ledger with one statement (copyStaged), rather than one
 * statement per row, which is most of what a large import's commit costs.
 *
 * A staged row is exactly what insertRows.ts would write for the entry; the commit uses it only
 * for a row that goes in as checked (not merged, not edited since).
 */
import type Database from 'better-sqlite3';
import { prepared } from '../../db/prepared';
import type { ValidEntry } from '../../../../shared/domain/ledgers/validate';
import { entryColumns, entryPlaceholders, entryValues, type SearchColumns } from './entryColumns';

export class Staging {
  private readonly insert: Database.Statement;
  private next = 1;

  constructor(private readonly db: Database.Database) {
    // On disk rather than in memory: 100,000 staged rows would otherwise add tens of MB to the thread.
    db.pragma('temp_store = FILE');
    db.pragma('temp.cache_size = -4096');
    // Made anew for each import: the columns are whatever this version of the app writes.
    db.exec('DROP TABLE IF EXISTS temp.staged_entries');
    db.exec(`CREATE TEMP TABLE staged_entries (seq INTEGER PRIMARY KEY, ${entryColumns()}, community, grid)`);
    this.insert = db.prepare(
      `INSERT INTO temp.staged_entries (seq, ${entryColumns()}, community, grid) VALUES (?, ${entryPlaceholders()}, ?, ?)`,
    );
  }

  /** Stages entries in one transaction (of the temporary table only); returns each one's number. */
  addAll(rows: { entry: ValidEntry; search: SearchColumns }[]): number[] {
    const seqs: number[] = [];
    this.db.transaction(() => {
      for (const { entry, search } of rows) {
        const seq = this.next++;
        this.insert.run(seq, ...entryValues(entry, search), entry.community, entry.grid);
        seqs.push(seq);
      }
    })();
    return seqs;
  }

  clear(): void {
    this.db.exec('DELETE FROM temp.staged_entries');
  }
}

/** Staged rows in a range that name a community or grid the ledger does not have. */
const UNKNOWN_PLACE = `SELECT 1 FROM temp.staged_entries s WHERE s.seq BETWEEN ? AND ? AND (
    NOT EXISTS (SELECT 1 FROM communities c WHERE c.name = s.community) OR
    s.grid IS NOT NULL AND NOT EXISTS
      (SELECT 1 FROM grids g JOIN communities c ON c.id = g.community_id WHERE c.name = s.community AND g.name = s.grid))`;

/** The staged rows in a range, in order, with their places' ids. */
const COPY = `INSERT INTO entries (kind, ${entryColumns()}, community_id, grid_id, created_at, updated_at)
  SELECT ?, ${entryColumns('s.')},
         (SELECT id FROM communities WHERE name = s.community),
         CASE WHEN s.grid IS NULL THEN NULL ELSE
           (SELECT g.id FROM grids g JOIN communities c ON c.id = g.community_id WHERE c.name = s.community AND g.name = s.grid)
         END,
         ?, ?
  FROM temp.staged_entries s WHERE s.seq BETWEEN ? AND ? ORDER BY s.seq`;

/**
 * Copies the staged rows first..last into entries, within the caller's transaction, in order.
 * False, with nothing written, when one of them names a community or grid that does not exist
 * (the caller then writes them one by one, which says what is wrong).
 */
export function copyStaged(db: Database.Database, kind: string, now: string, first: number, last: number): boolean {
  if (prepared(db, UNKNOWN_PLACE).get(first, last)) return false;
  prepared(db, COPY).run(kind, now, now, first, last);
  return true;
}
