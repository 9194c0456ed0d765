import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestApp, tempDir } from '../helpers';
import { expectedLedgers, expectedOthers, expectedTotals } from '../reports/expectedDaily';
import { makeWorld } from '../reports/world';
import { cli } from './run';

function seeded() {
  const dir = tempDir();
  const core = openTestApp({ dataDir: dir });
  const world = makeWorld(core);
  return { core, world, dir, db: path.join(dir, 'ledger.sqlite') };
}

const audits = (core: ReturnType<typeof openTestApp>) =>
  (core.ctx.db.prepare("SELECT after FROM audit_log WHERE method = 'cli.report'").pluck().all() as string[]).map((a) =>
    JSON.parse(a),
  );

describe('npm run cli -- report daily', () => {
  it('prints {"date", "ledgers": {kind: {community: {active, added, closed}}}} with --json, and one audit row', () => {
    const { core, world, db } = seeded();
    const date = '2026-11-17';
    const run = cli('report', 'daily', '--date', date, '--db', db, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(out).slice(0, 2)).toEqual(['date', 'ledgers']);
    expect(out.date).toBe(date);
    expect(out.ledgers).toEqual(expectedLedgers(world, date));
    expect(out.totals).toEqual(expectedTotals(world, date));
    const counts = Object.fromEntries(
      Object.entries(out.indicators as Record<string, { counts: unknown }>).map(([k, v]) => [k, v.counts]),
    );
    expect(counts).toEqual(expectedOthers(world, date));
    expect(audits(core)).toEqual([{ report: 'daily', date, format: 'json', out: null }]);
  });

  it('writes the workbook with --out', async () => {
    const { core, world, db, dir } = seeded();
    const file = path.join(dir, '日报-1117.xlsx');
    const run = cli('report', 'daily', '--date', '2026-11-17', '--db', db, '--out', file);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已保存 2026-11-17 的日报');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('透析患者')!;
    expect(sheet.getCell('A1').value).toBe('日报');
    const t = expectedTotals(world, '2026-11-17')['透析患者']!;
    expect((sheet.getRow(7).values as unknown[]).slice(1)).toEqual(['合计', '', t.active, t.added, t.closed]);
    expect(audits(core)).toEqual([{ report: 'daily', date: '2026-11-17', format: 'xlsx', out: file }]);
  });

  it('refuses a bad date, a missing date, an unknown option or a foreign one with exit code 2 and nothing written', () => {
    const { core, db, dir } = seeded();
    const bad = cli('report', 'daily', '--date', '2026-02-30', '--db', db, '--json');
    expect([bad.code, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toContain('日期“2026-02-30”无效');
    const shape = cli('report', 'daily', '--date', '2026/11/17', '--db', db);
    expect(shape.code).toBe(2);
    expect(shape.stderr).toContain('2026-11-23 这样的格式');
    const missing = cli('report', 'daily', '--db', db);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--date');
    const unknown = cli('report', 'daily', '--date', '2026-11-17', '--db', db, '--colour');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('参数有误');
    const foreign = cli('report', 'daily', '--date', '2026-11-17', '--db', db, '--ledger', 'pregnant', '--mask');
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain('report daily 不接受这些选项：--ledger --mask');
    const form = cli('report', 'weekly', '--date', '2026-11-17', '--db', db);
    expect(form.code).toBe(2);
    expect(form.stderr).toContain('请写明报表种类');
    const folder = cli(
      'report',
      'daily',
      '--date',
      '2026-11-17',
      '--db',
      db,
      '--out',
      path.join(dir, 'nosuch', 'a.xlsx'),
    );
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('保存位置的文件夹不存在');
    expect(fs.existsSync(path.join(dir, 'nosuch'))).toBe(false);
    expect(audits(core)).toEqual([]);
  });
});
