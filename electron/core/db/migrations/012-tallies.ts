import type { Migration } from './index';

/**
 * 每日工作量: items the office counts (敲门入户户数, 热线接听件数 …) and their values, one per
 * day, community and item. An item with values is deactivated, never deleted, so history stays.
 */
export const m012Tallies: Migration = {
  version: 12,
  name: 'daily work tallies: items and values per community and day',
  up(db) {
    db.exec(`
      CREATE TABLE tally_items (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        unit TEXT NOT NULL,
        sort_order INTEGER NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL
      );
      CREATE TABLE tally_values (
        day TEXT NOT NULL,
        community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE RESTRICT,
        item_id INTEGER NOT NULL REFERENCES tally_items(id) ON DELETE RESTRICT,
        value INTEGER NOT NULL CHECK (typeof(value) = 'integer' AND value BETWEEN 0 AND 1000000),
        entered_by TEXT NOT NULL,
        entered_at TEXT NOT NULL,
        PRIMARY KEY (day, community_id, item_id)
      ) WITHOUT ROWID;
      CREATE INDEX tally_values_by_item ON tally_values(item_id);
      CREATE INDEX tally_values_by_community ON tally_values(community_id);
    `);
  },
};
