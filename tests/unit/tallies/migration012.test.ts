import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { tempDir } from '../helpers';

describe('migration 012', () => {
  it('adds empty tally tables to a version-11 file, one value per day, community and item', () => {
    const file = path.join(tempDir(), 'ledger.sqlite');
    const v11 = new Database(file);
    migrate(v11, { migrations: migrations.filter((m) => m.version <= 11) });
    v11.prepare("INSERT INTO communities (id, name, created_at) VALUES (1, '湖东社区', 'x')").run();
    v11.close();

    const db = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 12) });
    expect(schemaVersion(db)).toBe(12);
    expect(db.prepare('SELECT COUNT(*) FROM tally_items').pluck().get()).toBe(0);
    expect(db.prepare('SELECT name FROM communities').pluck().all()).toEqual(['湖东社区']);

    db.prepare(
      "INSERT INTO tally_items (id, name, unit, sort_order, created_at) VALUES (1, '消杀处数', '处', 1, 'x')",
    ).run();
    expect(db.prepare('SELECT active FROM tally_items').pluck().get()).toBe(1);
    expect(() =>
      db
        .prepare("INSERT INTO tally_items (name, unit, sort_order, created_at) VALUES ('消杀处数', '处', 2, 'x')")
        .run(),
    ).toThrow(/UNIQUE/);
    const value = db.prepare(
      "INSERT INTO tally_values (day, community_id, item_id, value, entered_by, entered_at) VALUES ('2026-11-23', ?, ?, ?, '张三', '2026-11-23 09:30')",
    );
    value.run(1, 1, 5);
    expect(() => value.run(1, 1, 6)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => value.run(2, 1, 6)).toThrow(/FOREIGN KEY/);
    // An item with values cannot be deleted under them.
    expect(() => db.prepare('DELETE FROM tally_items WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
