import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { tempDir } from '../helpers';

const latest = migrations.at(-1)!.version;

function fileAt(version: number): string {
  const file = path.join(tempDir(), 'ledger.sqlite');
  const db = new Database(file);
  migrate(db, { migrations: migrations.filter((m) => m.version <= version) });
  db.close();
  return file;
}

function tables(db: Database.Database): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
}

describe('migrations', () => {
  it('are numbered 1, 2, 3 … in order', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('bring an empty file to the latest version with WAL, foreign keys and busy timeout on', () => {
    const db = openDatabase(path.join(tempDir(), 'ledger.sqlite'));
    expect(schemaVersion(db)).toBe(latest);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['communities', 'grids', 'settings', 'audit_log', 'ledger_kinds', 'entries', 'services']),
    );
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('001 creates communities and grids, and a grid must belong to a community', () => {
    const db = new Database(fileAt(1));
    db.pragma('foreign_keys = ON');
    expect(schemaVersion(db)).toBe(1);
    db.prepare("INSERT INTO communities (id, name, created_at) VALUES (1, '湖东社区', 'x')").run();
    expect(() =>
      db.prepare("INSERT INTO grids (community_id, name, created_at) VALUES (9, '第一网格', 'x')").run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('003 adds ledgers to a version-2 file, keeps its data, seeds the built-in kinds, one open entry per ID', () => {
    const file = fileAt(2);
    const v2 = new Database(file);
    v2.prepare("INSERT INTO communities (id, name, created_at) VALUES (1, '湖东社区', 'x')").run();
    v2.prepare("INSERT INTO settings (key, value) VALUES ('streetName', '\"永长街道\"')").run();
    v2.close();

    const db = openDatabase(file, { migrations: migrations.slice(0, 3) });
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT name FROM communities').pluck().all()).toEqual(['湖东社区']);
    expect(db.prepare('SELECT value FROM settings').pluck().all()).toEqual(['"永长街道"']);
    expect(db.prepare('SELECT key, name, builtin FROM ledger_kinds ORDER BY sort_order').all()).toEqual([
      { key: 'pregnant', name: '孕产妇', builtin: 1 },
      { key: 'dialysis', name: '透析患者', builtin: 1 },
    ]);
    const insert = db.prepare(
      "INSERT INTO entries (kind, name, id_number, gender, birth_date, community_id, status, created_at, updated_at) VALUES ('pregnant', 'x', '1', '女', 'x', 1, ?, 'x', 'x')",
    );
    insert.run('已结案');
    insert.run('在册');
    expect(() => insert.run('在册')).toThrow(/UNIQUE/);
    expect(() => db.prepare('DELETE FROM communities').run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('004 adds import batches to a version-3 file and keeps its entries; undo then has what it needs', () => {
    const file = fileAt(3);
    const v3 = new Database(file);
    v3.prepare("INSERT INTO communities (id, name, created_at) VALUES (1, '湖东社区', 'x')").run();
    v3.prepare(
      "INSERT INTO entries (kind, name, id_number, gender, birth_date, community_id, created_at, updated_at) VALUES ('pregnant', '王芳', '1', '女', 'x', 1, 'x', 'x')",
    ).run();
    v3.close();
    const db = openDatabase(file, { migrations: migrations.slice(0, 4) });
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT name, revision FROM entries').all()).toEqual([{ name: '王芳', revision: 0 }]);
    db.prepare("UPDATE entries SET note = '改' WHERE name = '王芳'").run();
    expect(db.prepare('SELECT revision FROM entries').pluck().get()).toBe(1); // every change counts up
    expect(tables(db)).toEqual(expect.arrayContaining(['import_batches', 'import_changes', 'import_mappings']));
    db.close();
  });

  it('005 adds cadres, their organisation and sign-ins to a version-4 file, one sign-in per person per day', () => {
    const file = fileAt(4);
    const v4 = new Database(file);
    v4.prepare("INSERT INTO communities (id, name, created_at) VALUES (1, '湖东社区', 'x')").run();
    v4.close();
    const db = openDatabase(file, { migrations: migrations.slice(0, 5) });
    expect(schemaVersion(db)).toBe(5);
    expect(db.prepare('SELECT name FROM communities').pluck().all()).toEqual(['湖东社区']);
    db.prepare(
      "INSERT INTO cadres (id, name, phone, community_id, created_at, updated_at) VALUES (1, '江玉兰', '13766554558', 1, 'x', 'x')",
    ).run();
    expect(() =>
      db
        .prepare("INSERT INTO cadres (name, phone, created_at, updated_at) VALUES ('江玉兰', '13766554558', 'x', 'x')")
        .run(),
    ).toThrow(/UNIQUE/);
    const signIn = db.prepare(
      "INSERT INTO signins (cadre_id, day, signed_in, created_at, updated_at) VALUES (1, '2022-04-18', '2022-04-18 08:00', 'x', 'x')",
    );
    signIn.run();
    expect(() => signIn.run()).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare("INSERT INTO cadres (name, politics, created_at, updated_at) VALUES ('x', '党员', 'x', 'x')").run(),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('006 adds duty rosters to a version-5 file, seeds 3 shift patterns, one cell per post, day and shift', () => {
    const file = fileAt(5);
    const v5 = new Database(file);
    v5.prepare("INSERT INTO communities (id, name, created_at) VALUES (1, '湖东社区', 'x')").run();
    v5.prepare("INSERT INTO cadres (id, name, created_at, updated_at) VALUES (1, '江玉兰', 'x', 'x')").run();
    v5.close();
    const db = openDatabase(file, { migrations: migrations.slice(0, 6) });
    expect(schemaVersion(db)).toBe(6);
    expect(db.prepare('SELECT name FROM cadres').pluck().all()).toEqual(['江玉兰']);
    const patterns = db.prepare('SELECT name, shifts FROM shift_patterns ORDER BY id').all() as {
      name: string;
      shifts: string;
    }[];
    expect(patterns.map((p) => [p.name, JSON.parse(p.shifts).length])).toEqual([
      ['三班倒（3×8 小时）', 3],
      ['两班倒（2×12 小时）', 2],
      ['24 小时值守', 1],
    ]);
    const post = db.prepare(
      "INSERT INTO duty_posts (name, kind, community_id, per_shift, pattern_id, created_at, updated_at) VALUES (?, ?, 1, 2, 2, 'x', 'x')",
    );
    post.run('1号卡口', '卡口');
    expect(() => post.run('1号卡口', '卡口')).toThrow(/UNIQUE/);
    expect(() => post.run('2号卡口', '路口')).toThrow(/CHECK/);
    expect(() => db.prepare('DELETE FROM shift_patterns WHERE id = 2').run()).toThrow(/FOREIGN KEY/);
    const cell = db.prepare(
      "INSERT INTO duty_shifts (post_id, date, shift_name, start_at, end_at, created_at, updated_at) VALUES (1, '2022-04-11', '夜班', '2022-04-11 20:00', '2022-04-12 08:00', 'x', 'x')",
    );
    cell.run();
    expect(() => cell.run()).toThrow(/UNIQUE/);
    db.prepare('INSERT INTO duty_shift_people (shift_id, cadre_id, position) VALUES (1, 1, 0)').run();
    db.prepare('DELETE FROM duty_posts WHERE id = 1').run();
    expect(db.prepare('SELECT COUNT(*) FROM duty_shift_people').pluck().get()).toBe(0);
    db.close();
  });

  it('008 orders the search index by entry within a ledger, keeps the entries, and searches use it', () => {
    const file = fileAt(7);
    const v7 = new Database(file);
    v7.prepare("INSERT INTO communities (id, name, created_at) VALUES (1, '湖东社区', 'x')").run();
    const add = v7.prepare(
      "INSERT INTO entries (kind, name, id_number, gender, birth_date, community_id, search, created_at, updated_at) VALUES ('pregnant', ?, ?, '女', 'x', 1, ?, 'x', 'x')",
    );
    add.run('王芳', '1', '王芳 wf wangfang');
    add.run('李静', '2', '李静 lj lijing');
    v7.close();
    const db = openDatabase(file, { migrations: migrations.slice(0, 8) });
    expect(schemaVersion(db)).toBe(8);
    const columns = db.prepare("SELECT name FROM pragma_index_info('entries_search') ORDER BY seqno").pluck().all();
    expect(columns).toEqual(['kind', 'status', 'id', 'search', 'name_pinyin']);
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT id FROM entries INDEXED BY entries_search WHERE kind = 'pregnant' AND status = '在册' AND instr(search, 'lij') > 0 ORDER BY id",
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING COVERING INDEX entries_search/);
    expect(plan.map((p) => p.detail).join(' ')).not.toMatch(/TEMP B-TREE/);
    expect(
      db
        .prepare(
          "SELECT name FROM entries INDEXED BY entries_search WHERE kind = 'pregnant' AND status = '在册' AND instr(search, 'lij') > 0",
        )
        .pluck()
        .all(),
    ).toEqual(['李静']);
    db.close();
  });

  it('009 drops the ID number index, keeps the entries, and the lookups by ID number use entries_one_open', () => {
    const file = fileAt(8);
    const v8 = new Database(file);
    v8.prepare("INSERT INTO communities (id, name, created_at) VALUES (1, '湖东社区', 'x')").run();
    const add = v8.prepare(
      "INSERT INTO entries (kind, name, id_number, gender, birth_date, community_id, status, created_at, updated_at) VALUES ('pregnant', ?, ?, '女', 'x', 1, ?, 'x', 'x')",
    );
    add.run('王芳', '1', '在册');
    add.run('王芳', '1', '已结案');
    add.run('李静', '2', '在册');
    v8.close();
    const db = openDatabase(file, { migrations: migrations.slice(0, 9) });
    expect(schemaVersion(db)).toBe(9);
    expect(db.prepare('SELECT name, status FROM entries ORDER BY id').all()).toEqual([
      { name: '王芳', status: '在册' },
      { name: '王芳', status: '已结案' },
      { name: '李静', status: '在册' },
    ]);
    const indexes = db.prepare("SELECT name FROM pragma_index_list('entries')").pluck().all();
    expect(indexes).not.toContain('entries_by_id_number');
    expect(indexes).toContain('entries_one_open');
    // As written in entryWrite.ts (assertNoOpenDuplicate), entryHandlers.ts (reopen) and existing.ts (findOpenEntry).
    const lookups: [string, unknown[]][] = [
      [
        `SELECT e.id, e.name, c.name AS community FROM entries e JOIN communities c ON c.id = e.community_id
       WHERE e.kind = ? AND e.id_number = ? AND e.status = '在册' AND e.id IS NOT ?`,
        ['pregnant', '1', null],
      ],
      ["SELECT name FROM entries WHERE kind = ? AND id_number = ? AND status = '在册'", ['pregnant', '1']],
      [
        `SELECT e.*, c.name AS community_name, g.name AS grid_name FROM entries e
     JOIN communities c ON c.id = e.community_id LEFT JOIN grids g ON g.id = e.grid_id
     WHERE e.kind = ? AND e.id_number = ? AND e.status = '在册'`,
        ['pregnant', '1'],
      ],
    ];
    for (const [sql, params] of lookups) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
        .map((p) => p.detail)
        .join(' | ');
      expect(plan).toMatch(/SEARCH e(ntries)? USING INDEX entries_one_open \(kind=\? AND id_number=\?\)/);
      expect(plan).not.toMatch(/SCAN e(ntries)?\b/);
      expect(db.prepare(sql).get(...params)).toMatchObject({ name: '王芳' });
    }
    db.close();
  });

  it('009 forgets the import changes of entries removed after the import, so undo cannot reach a later entry with the same id', () => {
    const file = fileAt(8);
    const v8 = new Database(file);
    v8.prepare("INSERT INTO communities (id, name, created_at) VALUES (1, '湖东社区', 'x')").run();
    const add = v8.prepare(
      "INSERT INTO entries (id, kind, name, id_number, gender, birth_date, community_id, created_at, updated_at) VALUES (?, 'pregnant', ?, ?, '女', 'x', 1, 'x', 'x')",
    );
    const batch = v8.prepare(
      "INSERT INTO import_batches (id, file_name, kind, at, operator, inserted, updated, undone_at) VALUES (?, 'x.xlsx', 'pregnant', 'x', 'x', 0, 0, ?)",
    );
    const change = v8.prepare(
      'INSERT INTO import_changes (batch_id, entry_id, action, before, revision) VALUES (?, ?, ?, NULL, 0)',
    );
    const audit = v8.prepare(
      "INSERT INTO audit_log (at, operator, method, entity, entity_id) VALUES ('x', 'x', ?, ?, ?)",
    );
    // Import 1 makes entries 1–3; entry 3 is removed, and a new entry by hand gets id 3 again.
    for (const [id, name] of [
      [1, '王芳'],
      [2, '李静'],
      [3, '张敏'],
    ] as const) {
      add.run(id, name, String(id));
    }
    batch.run(1, null);
    for (const id of [1, 2, 3]) change.run(1, id, 'insert');
    audit.run('imports.commit', 'import', 1);
    v8.prepare('DELETE FROM entries WHERE id = 3').run();
    audit.run('entries.remove', 'entry', 3);
    add.run(3, '赵丽', '9');
    audit.run('entries.add', 'entry', 3);
    // Import 2, after that, updates the new entry 3; import 3 was undone, its entry is gone.
    batch.run(2, null);
    change.run(2, 3, 'update');
    audit.run('imports.commit', 'import', 2);
    batch.run(3, 'x');
    change.run(3, 4, 'insert');
    audit.run('imports.commit', 'import', 3);
    v8.close();

    const db = openDatabase(file, { migrations: migrations.slice(0, 9) });
    expect(schemaVersion(db)).toBe(9);
    expect(db.prepare('SELECT batch_id, entry_id FROM import_changes ORDER BY batch_id, entry_id').raw().all()).toEqual(
      [
        [1, 1],
        [1, 2],
        [2, 3],
      ],
    );
    expect(db.prepare('SELECT name FROM entries ORDER BY id').pluck().all()).toEqual(['王芳', '李静', '赵丽']);
    db.close();
  });

  it('002 adds settings and the audit log to a version-1 file and keeps its communities and grids', () => {
    const file = fileAt(1);
    const v1 = new Database(file);
    v1.prepare("INSERT INTO communities (id, name, created_at) VALUES (1, '湖东社区', 'x')").run();
    v1.prepare("INSERT INTO grids (community_id, name, created_at) VALUES (1, '第一网格', 'x')").run();
    v1.close();

    const db = openDatabase(file, { migrations: migrations.slice(0, 2) });
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT name FROM communities').pluck().all()).toEqual(['湖东社区']);
    expect(db.prepare('SELECT name FROM grids').pluck().all()).toEqual(['第一网格']);
    expect(tables(db)).toEqual(expect.arrayContaining(['settings', 'audit_log']));
    db.close();
  });

  it('copy an existing file before migrating it, and the copy holds the old version and data', () => {
    const file = fileAt(1);
    const v1 = new Database(file);
    v1.prepare("INSERT INTO communities (name, created_at) VALUES ('柳影社区', 'x')").run();
    v1.close();

    openDatabase(file).close();
    const backups = fs.readdirSync(path.join(path.dirname(file), 'backups'));
    expect(backups).toHaveLength(1);
    const copy = new Database(path.join(path.dirname(file), 'backups', backups[0]!), { readonly: true });
    expect(schemaVersion(copy)).toBe(1);
    expect(copy.prepare('SELECT name FROM communities').pluck().all()).toEqual(['柳影社区']);
    copy.close();
  });

  it('make no copy of a brand-new file', () => {
    const dir = tempDir();
    openDatabase(path.join(dir, 'ledger.sqlite')).close();
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('refuse a database from a newer version, with a message, and leave it as it was', () => {
    const file = fileAt(latest);
    const db = new Database(file);
    db.pragma(`user_version = ${latest + 5}`);
    db.close();
    const before = fs.readFileSync(file);

    expect(() => openDatabase(file)).toThrow(AppError);
    expect(() => openDatabase(file)).toThrow(/更新版本的街道台账.*请安装最新版本/);
    const after = new Database(file, { readonly: true });
    expect(schemaVersion(after)).toBe(latest + 5);
    after.close();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('roll a failing migration back whole: neither its tables nor its version stay', () => {
    const file = path.join(tempDir(), 'ledger.sqlite');
    const db = new Database(file);
    const broken = {
      version: latest + 1,
      name: 'broken',
      up(d: Database.Database) {
        d.exec('CREATE TABLE half_done (x)');
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, { migrations: [...migrations, broken] })).toThrow('boom');
    expect(schemaVersion(db)).toBe(latest);
    expect(tables(db)).not.toContain('half_done');
    db.close();
  });

  it('refuse a file that is not a database, saying so in Chinese', () => {
    const file = path.join(tempDir(), 'ledger.sqlite');
    fs.writeFileSync(file, '这不是数据库'.repeat(200));
    expect(() => openDatabase(file)).toThrow(/已损坏或不是街道台账的数据文件/);
  });
});
