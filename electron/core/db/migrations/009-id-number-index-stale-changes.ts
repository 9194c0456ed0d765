import type { Migration } from './index';

/**
 * entries_by_id_number goes: every lookup by ID number is within a ledger and among open
 * entries, which entries_one_open serves, so it was only written, never read, and that writing
 * is a noticeable part of a large import's commit.
 *
 * Removing an entry left its rows in import_changes behind, and its id can go to a later entry:
 * undoing that import would then remove or overwrite the later one. The rows of every entry
 * removed after an import was committed go now, as removing one does from now on (the audit
 * log says which entry was removed, and after which import).
 */
export const m009IdNumberIndexStaleChanges: Migration = {
  version: 9,
  name: 'drop the ID number index; forget import changes of removed entries',
  up(db) {
    db.exec(`
      DROP INDEX entries_by_id_number;
      DELETE FROM import_changes WHERE (batch_id, entry_id) IN (
        SELECT c.entity_id, r.entity_id FROM audit_log r
          JOIN audit_log c ON c.entity = 'import' AND c.method = 'imports.commit' AND c.id < r.id
         WHERE r.entity = 'entry' AND r.method = 'entries.remove');
      -- And any whose entry is gone by other ways (undone imports): nothing reads them any more.
      DELETE FROM import_changes WHERE entry_id NOT IN (SELECT id FROM entries);
    `);
  },
};
