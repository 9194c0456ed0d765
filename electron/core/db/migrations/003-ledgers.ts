import type { Migration } from './index';

export const m003Ledgers: Migration = {
  version: 3,
  name: 'ledger kinds, entries and service records',
  up(db) {
    db.exec(`
      CREATE TABLE ledger_kinds (
        key TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        builtin INTEGER NOT NULL DEFAULT 0,
        fields TEXT NOT NULL DEFAULT '[]',
        next_field INTEGER NOT NULL DEFAULT 1,
        sort_order INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      );
      INSERT INTO ledger_kinds (key, name, builtin, sort_order, created_at) VALUES
        ('pregnant', '孕产妇', 1, 1, datetime('now')),
        ('dialysis', '透析患者', 1, 2, datetime('now'));

      CREATE TABLE entries (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL REFERENCES ledger_kinds(key) ON DELETE RESTRICT,
        name TEXT NOT NULL,
        id_number TEXT NOT NULL,
        gender TEXT NOT NULL,
        birth_date TEXT NOT NULL,
        phones TEXT NOT NULL DEFAULT '[]',
        community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE RESTRICT,
        grid_id INTEGER REFERENCES grids(id) ON DELETE RESTRICT,
        address TEXT NOT NULL DEFAULT '',
        cadre TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT '在册' CHECK (status IN ('在册', '已结案')),
        close_reason TEXT,
        close_note TEXT,
        closed_at TEXT,
        fields TEXT NOT NULL DEFAULT '{}',
        extra TEXT NOT NULL DEFAULT '{}',
        name_pinyin TEXT NOT NULL DEFAULT '',
        search TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 0
      );
      -- Every change to an entry counts up its revision, whatever wrote it: an undo of an import
      -- can then tell, exactly, whether an entry was touched after the import.
      CREATE TRIGGER entries_revision AFTER UPDATE ON entries WHEN NEW.revision = OLD.revision
      BEGIN
        UPDATE entries SET revision = OLD.revision + 1 WHERE id = NEW.id;
      END;
      -- Within one ledger an ID number has at most one open entry; closed ones are kept.
      CREATE UNIQUE INDEX entries_one_open ON entries(kind, id_number) WHERE status = '在册';
      -- (kind, status) then rowid: a ledger's default view in entry order, paged without sorting.
      CREATE INDEX entries_by_kind ON entries(kind, status);
      -- Covers the search box: the search text is scanned in the index, never in the wide rows.
      CREATE INDEX entries_search ON entries(kind, status, search, name_pinyin);
      CREATE INDEX entries_by_id_number ON entries(id_number);
      CREATE INDEX entries_by_community ON entries(community_id);
      CREATE INDEX entries_by_grid ON entries(grid_id);

      CREATE TABLE services (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        type TEXT NOT NULL,
        content TEXT NOT NULL DEFAULT '',
        hospital TEXT NOT NULL DEFAULT '',
        vehicle TEXT NOT NULL DEFAULT '',
        escort TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '',
        operator TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX services_by_entry ON services(entry_id, at);
    `);
  },
};
