import type { Migration } from './index';

export const m001Communities: Migration = {
  version: 1,
  name: 'communities and grids',
  up(db) {
    db.exec(`
      CREATE TABLE communities (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        sort_order INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      );
      CREATE TABLE grids (
        id INTEGER PRIMARY KEY,
        community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE RESTRICT,
        name TEXT NOT NULL,
        sort_order INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        UNIQUE (community_id, name)
      );
      CREATE INDEX grids_by_community ON grids(community_id);
    `);
  },
};
