import type { Migration } from './index';

export const m002SettingsAudit: Migration = {
  version: 2,
  name: 'settings and audit log',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        operator TEXT NOT NULL,
        method TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        before TEXT,
        after TEXT
      );
      CREATE INDEX audit_by_time ON audit_log(at);
      CREATE INDEX audit_by_entity ON audit_log(entity, entity_id);
    `);
  },
};
