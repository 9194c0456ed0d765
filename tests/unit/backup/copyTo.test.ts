import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../shared/domain/backup/types';
import type { StagedFile } from '../../../shared/platform';
import { ok, okAsync, openTestApp, tempDir } from '../helpers';
import { addCommunity, integrity } from './helpers';

describe('copying a backup off the machine', () => {
  it('writes an identical copy into the folder picked, under the backup’s name, and logs it', async () => {
    const dir = tempDir();
    const usb = tempDir();
    const core = openTestApp({ dataDir: dir });
    addCommunity(core, '湖东社区');
    const backup = await okAsync<BackupInfo>(core, 'backups.create');

    const copied = await okAsync<{ path: string }>(core, 'backups.copyTo', { id: backup.id, dir: usb });
    expect(copied.path).toBe(path.join(usb, backup.id));
    expect(fs.readdirSync(usb)).toEqual([backup.id]);
    expect(fs.readFileSync(copied.path).equals(fs.readFileSync(path.join(dir, 'backups', backup.id)))).toBe(true);
    expect(integrity(copied.path)).toBe('ok');
    const logged = core.ctx.db.prepare("SELECT after FROM audit_log WHERE method = 'backups.copyTo'").pluck().get();
    expect(JSON.parse(logged as string)).toMatchObject({ id: backup.id, copiedTo: copied.path });
  });

  it('says what to do when the folder is not there (a USB drive pulled out)', async () => {
    const core = openTestApp();
    const backup = await okAsync<BackupInfo>(core, 'backups.create');
    const result = await core.invoke('backups.copyTo', { id: backup.id, dir: path.join(tempDir(), 'gone') });
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((result as { message: string }).message).toMatch(/找不到文件夹.*请确认 U 盘已插好/);
  });

  it('stages a backup for a download in browser mode', async () => {
    const core = openTestApp();
    const backup = await okAsync<BackupInfo>(core, 'backups.create');
    const staged = ok<StagedFile>(core, 'backups.stage', { id: backup.id });
    expect(staged).toMatchObject({ name: backup.id, size: backup.size });
    expect(fs.existsSync(core.ctx.files.resolve(staged.fileId).filePath)).toBe(true);
  });
});
