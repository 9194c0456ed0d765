import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../shared/domain/backup/types';
import { CADRE_FIXTURE, importFile } from '../cadres/seed';
import { fixtures, openSession } from '../excel/import/session';
import { ok, okAsync, openTestApp, tempDir } from '../helpers';
import { seedCommunities } from '../signins/seed';
import { addCommunity } from './helpers';

const importBackups = (core: ReturnType<typeof openTestApp>) =>
  ok<BackupInfo[]>(core, 'backups.list').filter((b) => b.kind === 'import');

function countIn(dir: string, backup: BackupInfo, table: string): number {
  const db = new Database(path.join(dir, 'backups', backup.id), { readonly: true });
  try {
    return db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('a backup before every import', () => {
  it('is made before a ledger import writes, holding the data as it was', async () => {
    const dir = tempDir();
    const core = openTestApp({ dataDir: dir });
    const { commit } = await openSession(core, path.join(fixtures, '孕产妇台账-湖东社区.xlsx'));
    const result = commit();
    expect(result.inserted).toBeGreaterThan(0);
    const [backup] = importBackups(core);
    expect(backup).toMatchObject({ kind: 'import', at: '2026-11-23 09:30:00' });
    expect(countIn(dir, backup!, 'entries')).toBe(0);
    expect(core.ctx.db.prepare('SELECT COUNT(*) FROM entries').pluck().get()).toBe(result.inserted);
  });

  it('is made before a cadre list import writes', async () => {
    const dir = tempDir();
    const core = openTestApp({ dataDir: dir });
    addCommunity(core, '湖东社区');
    await importFile(core, CADRE_FIXTURE);
    const [backup] = importBackups(core);
    expect(countIn(dir, backup!, 'cadres')).toBe(0);
    expect(countIn(dir, backup!, 'communities')).toBe(1);
  });

  it('is made before a sign-in import writes, and not for its preview', async () => {
    const dir = tempDir();
    const core = openTestApp({ dataDir: dir });
    seedCommunities(core);
    const { fileId } = core.ctx.files.stage('签到.csv', { path: path.join(fixtures, '签到记录-2022-04-18.csv') });
    await okAsync(core, 'signins.importPreview', { fileId });
    expect(importBackups(core)).toEqual([]);
    await okAsync(core, 'signins.importCommit', { fileId });
    const [backup] = importBackups(core);
    expect(countIn(dir, backup!, 'signins')).toBe(0);
  });

  it('keeps as many import backups as set, and makes none for an import that changes nothing', async () => {
    const core = openTestApp();
    ok(core, 'backups.setRetention', { keepImport: 2 });
    for (const file of ['孕产妇台账-湖东社区.xlsx', '孕产妇台账-湖东社区.xlsx', '透析患者台账-新月路社区.xlsx']) {
      const { commit } = await openSession(core, path.join(fixtures, file));
      commit();
    }
    expect(importBackups(core)).toHaveLength(2);
    const { commit } = await openSession(core, path.join(fixtures, '孕产妇台账-三社区汇总.xlsx'));
    commit();
    expect(importBackups(core).map((b) => b.id)).toEqual([
      'ledger-20261123-093000-3-import.sqlite',
      'ledger-20261123-093000-2-import.sqlite',
    ]);
  });
});
