import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../../shared/domain/ledgers/types';
import { ok, tempDir } from '../helpers';
import { loadSheet, rowValues } from '../excel/export/helpers';
import { cli, seededDb } from './run';

describe('npm run cli -- export', () => {
  it('writes the official workbook of every entry, unmasked, and says where and how many', async () => {
    const { core, db, dir } = seededDb();
    const out = path.join(dir, '孕产妇.xlsx');
    const run = cli('export', '--ledger', 'pregnant', '--out', out, '--db', db);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(out);
    expect(run.stdout).toContain('3 条');

    const sheet = await loadSheet(out);
    expect(String(sheet.getCell('A1').value)).toMatch(/^南湖街道孕产妇台账$/);
    expect(rowValues(sheet, 3)).toContain('结案原因');
    expect(sheet.rowCount).toBe(6);
    const full = core.ctx.db.prepare("SELECT id_number FROM entries WHERE name = '王芳'").pluck().get();
    expect(sheet.getCell('C4').value).toBe(full);

    const audit = ok<{ rows: AuditRow[] }>(core, 'audit.list', { entity: 'export' }).rows;
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ kind: 'pregnant', masked: false, rows: 3 });
  });

  it('masks ID numbers with --mask', async () => {
    const { db, dir } = seededDb();
    const out = path.join(dir, 'masked.xlsx');
    expect(cli('export', '--ledger', 'pregnant', '--out', out, '--db', db, '--mask').code).toBe(0);
    expect(String((await loadSheet(out)).getCell('C4').value)).toMatch(/^220104\*{8}\d{3}[\dX]$/);
  });

  it('refuses a missing option, an unknown kind or a folder that does not exist, with exit code 2', () => {
    const { db, dir } = seededDb();
    const noOut = cli('export', '--ledger', 'pregnant', '--db', db);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out FILE');
    const noLedger = cli('export', '--out', path.join(dir, 'a.xlsx'), '--db', db);
    expect(noLedger.code).toBe(2);

    const unknown = cli('export', '--ledger', 'nosuch', '--out', path.join(dir, 'a.xlsx'), '--db', db);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('没有“nosuch”这个台账类型');

    const nowhere = path.join(tempDir(), 'no', 'such', 'folder', 'a.xlsx');
    const missingFolder = cli('export', '--ledger', 'pregnant', '--out', nowhere, '--db', db);
    expect(missingFolder.code).toBe(2);
    expect(missingFolder.stderr).toContain('文件夹不存在');
    expect(fs.existsSync(nowhere)).toBe(false);

    const intoFolder = cli('export', '--ledger', 'pregnant', '--out', dir, '--db', db);
    expect(intoFolder.code).toBe(2);
    expect(intoFolder.stderr).toContain('文件夹');
  });
});
