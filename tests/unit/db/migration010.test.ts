import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { tempDir } from '../helpers';

describe('migration 010', () => {
  it('adds phone notes to a version-9 file: its entries keep their phones and have no notes', () => {
    const file = path.join(tempDir(), 'ledger.sqlite');
    const v9 = new Database(file);
    migrate(v9, { migrations: migrations.filter((m) => m.version <= 9) });
    v9.prepare("INSERT INTO communities (id, name, created_at) VALUES (1, '湖东社区', 'x')").run();
    v9.prepare(
      `INSERT INTO entries (kind, name, id_number, gender, birth_date, phones, community_id, created_at, updated_at)
       VALUES ('pregnant', '王芳', '1', '女', 'x', '["13904312222"]', 1, 'x', 'x')`,
    ).run();
    v9.close();

    const db = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 10) });
    expect(schemaVersion(db)).toBe(10);
    expect(db.prepare('SELECT name, phones, phone_notes FROM entries').all()).toEqual([
      { name: '王芳', phones: '["13904312222"]', phone_notes: '{}' },
    ]);
    // A row written without the column (the import's own INSERT) gets no notes, not NULL.
    db.prepare(
      `INSERT INTO entries (kind, name, id_number, gender, birth_date, community_id, created_at, updated_at)
       VALUES ('pregnant', '李静', '2', '女', 'x', 1, 'x', 'x')`,
    ).run();
    expect(db.prepare("SELECT phone_notes FROM entries WHERE name = '李静'").pluck().get()).toBe('{}');
    expect(() => db.prepare("UPDATE entries SET phone_notes = NULL WHERE name = '李静'").run()).toThrow(/NOT NULL/);
    db.close();
  });
});
