import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/app';
import { backupsIdle } from '../../../electron/core/backup/exclusive';
import { listBackupFiles } from '../../../electron/core/backup/folder';
import { backupStatus } from '../../../electron/core/backup/status';
import type { BackupInfo, BackupStatus, RestoreResult } from '../../../shared/domain/backup/types';
import { AppError } from '../../../shared/errors';
import { ok, okAsync, openTestApp, tempDir } from '../helpers';
import { addCommunity, communityNames } from './helpers';

/** A data folder with one community and a backup of it, closed again. */
async function folderWithBackup(): Promise<{ dir: string; backup: BackupInfo }> {
  const dir = tempDir();
  const core = openTestApp({ dataDir: dir });
  addCommunity(core, '湖东社区');
  const backup = await okAsync<BackupInfo>(core, 'backups.create');
  core.close();
  return { dir, backup };
}

/** Overwrites pages in the middle of the file, as a failing disk would. */
function damagePages(file: string): void {
  const bytes = fs.readFileSync(file);
  bytes.fill(0xa5, 4096, bytes.length - 4096);
  fs.writeFileSync(file, bytes);
}

describe('a damaged data file at start', () => {
  it('is moved aside with its WAL, the app starts on an empty file, and the newest backup is offered', async () => {
    const { dir, backup } = await folderWithBackup();
    const file = path.join(dir, 'ledger.sqlite');
    fs.writeFileSync(file, 'this is not a database'.repeat(500));
    fs.writeFileSync(`${file}-wal`, 'and this is not its WAL');

    const core = openTestApp({ dataDir: dir });
    expect(communityNames(core)).toEqual([]);
    const aside = 'ledger.sqlite.damaged-20261123-093000';
    expect(fs.readFileSync(path.join(dir, aside), 'utf8')).toMatch(/^this is not a database/);
    expect(fs.readFileSync(path.join(dir, `${aside}-wal`), 'utf8')).toBe('and this is not its WAL');

    const status = ok<BackupStatus>(core, 'backups.status');
    expect(status.damage).toMatchObject({ at: '2026-11-23 09:30:00', movedTo: path.join(dir, aside), backup });
    expect(status.damage!.reason).toMatch(/not a database/);

    await okAsync<RestoreResult>(core, 'backups.restore', { id: backup.id });
    expect(communityNames(core)).toEqual(['湖东社区']);
    expect(ok<BackupStatus>(core, 'backups.status').damage).toBeNull();
  });

  it('is found by quick_check when its pages are damaged though its header is whole', async () => {
    const { dir, backup } = await folderWithBackup();
    const file = path.join(dir, 'ledger.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE filler (x TEXT)');
    const insert = db.prepare('INSERT INTO filler VALUES (?)');
    for (let i = 0; i < 2000; i++) insert.run(`row ${i} `.repeat(20));
    db.close();
    damagePages(file);

    const core = openTestApp({ dataDir: dir });
    expect(ok<BackupStatus>(core, 'backups.status').damage).toMatchObject({ backup });
    expect(communityNames(core)).toEqual([]);
  });

  it('offers no backup when there is none, and the notice goes away when dismissed', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'ledger.sqlite'), Buffer.alloc(8192, 7));
    const core = openTestApp({ dataDir: dir });
    expect(ok<BackupStatus>(core, 'backups.status').damage).toMatchObject({ backup: null });
    expect(ok(core, 'backups.dismissDamage')).toEqual({ dismissed: true });
    expect(ok<BackupStatus>(core, 'backups.status').damage).toBeNull();
    expect(
      core.ctx.db.prepare("SELECT COUNT(*) FROM audit_log WHERE method = 'backups.dismissDamage'").pluck().get(),
    ).toBe(1);
  });

  it('keeps the notice over a restart, and makes no daily backup of the empty file meanwhile', async () => {
    const { dir, backup } = await folderWithBackup();
    fs.writeFileSync(path.join(dir, 'ledger.sqlite'), 'garbage'.repeat(1000));
    openApp({ dataDir: dir, mode: 'browser', version: 'test', dailyBackups: false }).close();

    const core = openApp({ dataDir: dir, mode: 'browser', version: 'test' });
    try {
      await backupsIdle(core.ctx);
      expect(backupStatus(core.ctx).damage).toMatchObject({ backup });
      expect(listBackupFiles(path.join(dir, 'backups')).map((b) => b.id)).toEqual([backup.id]);
    } finally {
      core.close();
    }
  });

  it('is reported, not moved, by the CLI, which shares the folder with a running app', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    fs.writeFileSync(file, 'garbage'.repeat(1000));
    const open = () => openApp({ dataDir: dir, mode: 'cli', version: 'test', lock: false });
    expect(open).toThrow(AppError);
    expect(open).toThrow(/已损坏或不是街道台账的数据文件.*请不要删除它/);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^garbage/);
    expect(fs.readdirSync(dir).some((n) => n.includes('damaged'))).toBe(false);
  });
});

describe('a data file in use at start', () => {
  it('tells a second start of the app that it is already running, in Chinese', () => {
    const dir = tempDir();
    openTestApp({ dataDir: dir });
    expect(() => openApp({ dataDir: dir, mode: 'browser', version: 'test' })).toThrow(
      /街道台账已经在运行，并打开着数据文件夹.*请切换到已打开的窗口/,
    );
  });

  it('tells that another program holds the file, rather than calling it damaged', () => {
    const dir = tempDir();
    openTestApp({ dataDir: dir }).close();
    const holder = new Database(path.join(dir, 'ledger.sqlite'));
    holder.pragma('journal_mode = DELETE');
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec("BEGIN EXCLUSIVE; INSERT INTO settings (key, value) VALUES ('x', '1')");
    try {
      expect(() => openApp({ dataDir: dir, mode: 'browser', version: 'test', lock: false })).toThrow(
        /正被其他程序占用。请关闭其他打开它的程序后重试/,
      );
      expect(fs.readdirSync(dir).some((n) => n.includes('damaged'))).toBe(false);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });
});

describe('the copy made before a migration', () => {
  it('goes into backups/ under the same naming and is listed as 迁移前', async () => {
    const { migrate } = await import('../../../electron/core/db/migrate');
    const { migrations } = await import('../../../electron/core/db/migrations');
    const dir = tempDir();
    const old = new Database(path.join(dir, 'ledger.sqlite'));
    migrate(old, { migrations: migrations.slice(0, 1) });
    old.close();

    const core = openTestApp({ dataDir: dir });
    const list = ok<BackupInfo[]>(core, 'backups.list');
    expect(list).toEqual([
      expect.objectContaining({
        id: `ledger-20261123-093000-migration-v1-v${migrations.length}.sqlite`,
        kind: 'migration',
        note: `v1→v${migrations.length}`,
      }),
    ]);
  });
});
