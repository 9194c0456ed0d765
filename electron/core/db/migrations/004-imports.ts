import type { Migration } from './index';

export const m004Imports: Migration = {
  version: 4,
  name: 'import batches, their changes for undo, remembered column mappings',
  up(db) {
    db.exec(`
      CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        operator TEXT NOT NULL,
        inserted INTEGER NOT NULL,
        updated INTEGER NOT NULL,
        created_places TEXT NOT NULL DEFAULT '[]',
        -- Service records with a larger id came after the import.
        last_service_id INTEGER NOT NULL DEFAULT 0,
        undone_at TEXT
      );
      -- What undo needs: the entries an import made, and the rows it changed as they were before.
      CREATE TABLE import_changes (
        batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
        entry_id INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('insert', 'update')),
        before TEXT,
        -- The entry's revision as the import left it.
        revision INTEGER NOT NULL,
        PRIMARY KEY (batch_id, entry_id)
      ) WITHOUT ROWID;
      CREATE TABLE import_mappings (
        signature TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        mapping TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
