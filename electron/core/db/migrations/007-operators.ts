import type { Migration } from './index';

export const m007Operators: Migration = {
  version: 7,
  name: 'operators with roles and password hashes',
  up(db) {
    db.exec(`
      CREATE TABLE operators (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('管理员', '录入员', '查看')),
        -- 'scrypt$N$r$p$salt$hash' (base64); never the password itself.
        password_hash TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        last_login_at TEXT
      );
    `);
  },
};
