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
import { entryValues, type SearchColumns } from './insertRows';

const COLUMNS = `name, id_number, gender, birth_date, phones, community, grid, address, cadre, note, fields, extra,
                 name_pinyin, search`;

export class Staging {
  private readonly insert: Database.Statement;
  private next = 1;

  constructor(private readonly db: Database.Database) {
    // On disk rather than in memory: 100,000 staged rows would otherwise add tens of MB to the thread.
    db.pragma('temp_store = FILE');
    db.pragma('temp.cache_size = -4096');
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS staged_entries (seq INTEGER PRIMARY KEY, ${COLUMNS})`);
    db.exec('DELETE FROM temp.staged_entries');
    this.insert = db.prepare(
      `INSERT INTO temp.staged_entries (seq, ${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  /** Stages entries in one transaction (of the temporary table only); returns each one's number. */
  addAll(rows: { entry: ValidEntry; search: SearchColumns }[]): number[] {
    const seqs: number[] = [];
    this.db.transaction(() => {
      for (const { entry, search } of rows) {
        const seq = this.next++;
        this.insert.run(seq, ...entryValues(entry, search, entry.community, entry.grid));
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
const COPY = `INSERT INTO entries (kind, name, id_number, gender, birth_date, phones, community_id, grid_id, address, cadre,
                             note, fields, extra, name_pinyin, search, created_at, updated_at)
  SELECT ?, s.name, s.id_number, s.gender, s.birth_date, s.phones,
         (SELECT id FROM communities WHERE name = s.community),
         CASE WHEN s.grid IS NULL THEN NULL ELSE
           (SELECT g.id FROM grids g JOIN communities c ON c.id = g.community_id WHERE c.name = s.community AND g.name = s.grid)
         END,
         s.address, s.cadre, s.note, s.fields, s.extra, s.name_pinyin, s.search, ?, ?
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
