import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/app';
import { backupsIdle } from '../../../electron/core/backup/exclusive';
import { listBackupFiles } from '../../../electron/core/backup/folder';
import { runDueBackups } from '../../../electron/core/backup/schedule';
import type { BackupInfo, BackupStatus } from '../../../shared/domain/backup/types';
import { ok, okAsync, openTestApp, tempDir } from '../helpers';
import { addCommunity, integrity, isSqliteFile } from './helpers';

describe('making a backup', () => {
  it('writes a checked, self-contained copy into backups/, lists it and records it in the log', async () => {
    const dir = tempDir();
    const core = openTestApp({ dataDir: dir });
    addCommunity(core, '湖东社区');

    const made = await okAsync<BackupInfo>(core, 'backups.create');
    expect(made).toMatchObject({ kind: 'manual', at: '2026-11-23 09:30:00', note: null });
    expect(made.id).toBe('ledger-20261123-093000-manual.sqlite');
    const file = path.join(dir, 'backups', made.id);
    expect(made.size).toBe(fs.statSync(file).size);
    // One file, no -wal beside it: it can be copied anywhere and opened read-only.
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([made.id]);
    expect(isSqliteFile(file)).toBe(true);
    expect(integrity(file)).toBe('ok');
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([made.id]);

    expect(ok<BackupInfo[]>(core, 'backups.list')).toEqual([made]);
    const status = ok<BackupStatus>(core, 'backups.status');
    expect(status).toMatchObject({ folder: path.join(dir, 'backups'), latest: made, damage: null, lastFailure: null });
    const logged = core.ctx.db.prepare("SELECT after FROM audit_log WHERE method = 'backups.create'").pluck().get();
    expect(JSON.parse(logged as string)).toMatchObject({ id: made.id, kind: 'manual' });
  });

  it('numbers a second backup in the same second, and lists the newest first', async () => {
    const core = openTestApp();
    const first = await okAsync<BackupInfo>(core, 'backups.create');
    const second = await okAsync<BackupInfo>(core, 'backups.create');
    expect(second.id).toBe('ledger-20261123-093000-2-manual.sqlite');
    expect(ok<BackupInfo[]>(core, 'backups.list').map((b) => b.id)).toEqual([second.id, first.id]);
  });

  it('orders backups of the same second by when they were written, not by their kind’s name', async () => {
    const core = openTestApp();
    const manual = await okAsync<BackupInfo>(core, 'backups.create');
    const monthly = (await runDueBackups(core.ctx))[1]!;
    const later = await okAsync<BackupInfo>(core, 'backups.create');
    const ids = ok<BackupInfo[]>(core, 'backups.list').map((b) => b.id);
    expect(ids[0]).toBe(later.id);
    expect(ids.indexOf(monthly)).toBeLessThan(ids.indexOf(manual.id));
  });
});

describe('the daily backup', () => {
  it('runs when the app opens its folder, and its timer stops when the app closes', async () => {
    const dir = tempDir();
    const core = openApp({ dataDir: dir, mode: 'browser', version: 'test' });
    try {
      await backupsIdle(core.ctx);
      expect(
        listBackupFiles(path.join(dir, 'backups'))
          .map((b) => b.kind)
          .sort(),
      ).toEqual(['daily', 'monthly']);
      expect(core.ctx.cleanup.size).toBeGreaterThan(0);
    } finally {
      core.close();
    }
    const again = openApp({ dataDir: dir, mode: 'browser', version: 'test' });
    await backupsIdle(again.ctx);
    again.close();
    expect(listBackupFiles(path.join(dir, 'backups'))).toHaveLength(2);
  });

  it('is made when the newest daily one is older than today, with a monthly one once a month', async () => {
    const dir = tempDir();
    let now = new Date('2026-11-23T09:30:00+08:00');
    const core = openTestApp({ dataDir: dir });
    core.ctx.now = () => now;

    expect(await runDueBackups(core.ctx)).toEqual([
      'ledger-20261123-093000-daily.sqlite',
      'ledger-20261123-093000-monthly.sqlite',
    ]);
    expect(await runDueBackups(core.ctx)).toEqual([]);

    now = new Date('2026-11-24T00:05:00+08:00');
    expect(await runDueBackups(core.ctx)).toEqual(['ledger-20261124-000500-daily.sqlite']);
    now = new Date('2026-12-01T08:00:00+08:00');
    expect(await runDueBackups(core.ctx)).toEqual([
      'ledger-20261201-080000-daily.sqlite',
      'ledger-20261201-080000-monthly.sqlite',
    ]);
    const kinds = ok<BackupInfo[]>(core, 'backups.list').map((b) => b.kind);
    expect(kinds).toEqual(['monthly', 'daily', 'daily', 'monthly', 'daily']);
  });

  it('keeps the last 14 daily and 12 monthly by default, as many as set, and never prunes other kinds', async () => {
    const core = openTestApp();
    let day = 0;
    core.ctx.now = () => new Date(Date.UTC(2026, 0, 1 + day, 1, 0, 0));
    await okAsync(core, 'backups.create');
    for (day = 0; day < 20; day++) await runDueBackups(core.ctx);
    const list = () => ok<BackupInfo[]>(core, 'backups.list');
    expect(list().filter((b) => b.kind === 'daily')).toHaveLength(14);
    expect(list().filter((b) => b.kind === 'daily')[0]!.at).toBe('2026-01-20 09:00:00');
    expect(list().filter((b) => b.kind === 'monthly')).toHaveLength(1);
    expect(list().filter((b) => b.kind === 'manual')).toHaveLength(1);

    expect(ok(core, 'backups.retention')).toEqual({ keepDaily: 14, keepMonthly: 12, keepImport: 20 });
    expect(ok(core, 'backups.setRetention', { keepDaily: 3 })).toEqual({
      keepDaily: 3,
      keepMonthly: 12,
      keepImport: 20,
    });
    await runDueBackups(core.ctx); // day 20: due
    expect(
      list()
        .filter((b) => b.kind === 'daily')
        .map((b) => b.at.slice(0, 10)),
    ).toEqual(['2026-01-21', '2026-01-20', '2026-01-19']);
    expect(list().filter((b) => b.kind === 'manual')).toHaveLength(1);
  });

  it('refuses a retention of nothing, with a message', () => {
    const core = openTestApp();
    const result = core.invoke('backups.setRetention', { keepDaily: 0 });
    expect(result).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    expect((result as { message: string }).message).toMatch(/每日备份至少保留 1 份/);
  });
});
