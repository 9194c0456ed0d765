import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../electron/core/db/migrations';
import type { BackupInfo, RestoreResult } from '../../../shared/domain/backup/types';
import { ok, okAsync, openTestApp, tempDir } from '../helpers';
import { addCommunity, communityNames, integrity } from './helpers';

async function withBackup() {
  const dir = tempDir();
  const core = openTestApp({ dataDir: dir });
  addCommunity(core, '湖东社区');
  const backup = await okAsync<BackupInfo>(core, 'backups.create');
  addCommunity(core, '柳影社区');
  return { dir, core, backup };
}

describe('restoring a backup', () => {
  it('brings the data back, backs up the current data first, and the app goes on on the restored file', async () => {
    const { dir, core, backup } = await withBackup();
    const before = core.ctx.db;

    const result = await okAsync<RestoreResult>(core, 'backups.restore', { id: backup.id });
    expect(result.restored).toEqual(backup);
    expect(result.safetyCopy.kind).toBe('restore');

    expect(core.ctx.db).not.toBe(before);
    expect(before.open).toBe(false);
    expect(communityNames(core)).toEqual(['湖东社区']);
    // Handlers read ctx.db on every call: they work on the restored data.
    addCommunity(core, '新月路社区');
    expect(communityNames(core)).toEqual(['新月路社区', '湖东社区']);
    expect(core.ctx.db.pragma('journal_mode', { simple: true })).toBe('wal');

    // The data as it was before the restore is kept whole.
    const safety = new Database(path.join(dir, 'backups', result.safetyCopy.id), { readonly: true });
    expect(safety.prepare('SELECT name FROM communities ORDER BY name').pluck().all()).toEqual([
      '柳影社区',
      '湖东社区',
    ]);
    safety.close();

    const logged = core.ctx.db.prepare("SELECT after FROM audit_log WHERE method = 'backups.restore'").pluck().get();
    expect(JSON.parse(logged as string)).toEqual({ restored: backup });
    // Nothing is left beside the data file but its WAL: the restored copy was renamed, not copied.
    expect(
      fs
        .readdirSync(dir)
        .filter((n) => n.startsWith('ledger.sqlite'))
        .sort(),
    ).toEqual(['ledger.sqlite', 'ledger.sqlite-shm', 'ledger.sqlite-wal']);
  });

  it('closes over the restored file: after the app closes, the file alone holds the restored data', async () => {
    const { dir, core, backup } = await withBackup();
    await okAsync(core, 'backups.restore', { id: backup.id });
    core.close();
    const file = path.join(dir, 'ledger.sqlite');
    expect(integrity(file)).toBe('ok');
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT name FROM communities').pluck().all()).toEqual(['湖东社区']);
    db.close();
  });

  it('refuses while another connection has the data file open, and changes nothing', async () => {
    const { dir, core, backup } = await withBackup();
    const other = new Database(path.join(dir, 'ledger.sqlite'));
    other.prepare('SELECT COUNT(*) FROM communities').get();

    const result = await core.invoke('backups.restore', { id: backup.id });
    expect(result).toMatchObject({ ok: false, code: 'DB_LOCKED' });
    expect((result as { message: string }).message).toMatch(/请先完成或关闭导入.*当前数据没有改动/);
    expect(communityNames(core)).toEqual(['柳影社区', '湖东社区']);
    addCommunity(core, '城北社区');
    other.close();
  });

  it('refuses a backup that fails its check, and one from a newer version, and changes nothing', async () => {
    const { dir, core, backup } = await withBackup();
    const file = path.join(dir, 'backups', backup.id);
    const newer = 'ledger-20261123-093000-2-manual.sqlite';
    fs.copyFileSync(file, path.join(dir, 'backups', newer));
    const db = new Database(path.join(dir, 'backups', newer));
    db.pragma(`user_version = ${migrations.at(-1)!.version + 1}`);
    db.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096 * 2, 4096 * 4);
    fs.writeFileSync(file, bytes);

    const damaged = await core.invoke('backups.restore', { id: backup.id });
    expect(damaged).toMatchObject({ ok: false, code: 'DB_DAMAGED' });
    expect((damaged as { message: string }).message).toMatch(/检查未通过.*请选择另一个备份/);
    const tooNew = await core.invoke('backups.restore', { id: newer });
    expect(tooNew).toMatchObject({ ok: false, code: 'DB_TOO_NEW' });

    expect(communityNames(core)).toEqual(['柳影社区', '湖东社区']);
    expect(fs.readdirSync(dir).some((n) => n.includes('.restoring-'))).toBe(false);
    expect(ok<BackupInfo[]>(core, 'backups.list').filter((b) => b.kind === 'restore')).toEqual([]);
  });

  it('answers NOT_FOUND for a backup that is not there, and BAD_INPUT for a path', async () => {
    const core = openTestApp();
    expect(await core.invoke('backups.restore', { id: 'ledger-20200101-000000-daily.sqlite' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await core.invoke('backups.restore', { id: '../ledger.sqlite' })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
    });
  });
});
