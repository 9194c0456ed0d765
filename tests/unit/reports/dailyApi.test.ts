import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { StagedFile } from '../../../shared/platform';
import type { Community } from '../../../shared/domain/communities';
import type { DailyReport } from '../../../shared/domain/reports/daily';
import type { TallyItem } from '../../../shared/domain/tallies/types';
import { fail, ok, okAsync, openTestApp } from '../helpers';
import { expectedLedgers, expectedOthers, expectedTotals } from './expectedDaily';
import { COMMUNITIES, makeWorld } from './world';

const DATE = '2026-11-17';

async function readBack(core: ReturnType<typeof openTestApp>, file: StagedFile) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(core.ctx.files.resolve(file.fileId).filePath);
  return workbook;
}

/** All cell texts of a sheet, row by row. */
function texts(sheet: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => void out.push(String(cell.value))));
  return out;
}

describe('reports.daily and reports.dailyExport', () => {
  it('answer the figures as counted from the data, the day’s tallies included', () => {
    const core = openTestApp();
    const world = makeWorld(core);
    const knock = ok<TallyItem>(core, 'tallies.addItem', { name: '敲门入户', unit: '户' });
    const sweep = ok<TallyItem>(core, 'tallies.addItem', { name: '消杀', unit: '处' });
    const ids = Object.fromEntries(ok<Community[]>(core, 'communities.list').map((c) => [c.name, c.id]));
    ok(core, 'tallies.save', {
      date: DATE,
      cells: [
        { communityId: ids['湖东社区'], itemId: knock.id, value: 12 },
        { communityId: ids['柳影社区'], itemId: knock.id, value: 5 },
        { communityId: ids['柳影社区'], itemId: sweep.id, value: 3 },
      ],
    });
    // Another day's value is not this day's.
    ok(core, 'tallies.save', {
      date: '2026-11-18',
      cells: [{ communityId: ids['湖东社区'], itemId: knock.id, value: 99 }],
    });

    const report = ok<DailyReport>(core, 'reports.daily', { date: DATE });
    expect(report.ledgers).toEqual(expectedLedgers(world, DATE));
    expect(report.totals).toEqual(expectedTotals(world, DATE));
    for (const [key, counts] of Object.entries(expectedOthers(world, DATE))) {
      expect(report.indicators[key]!.counts, key).toEqual(counts);
    }
    expect(report.tallies).toEqual([
      { itemId: knock.id, name: '敲门入户', unit: '户', counts: { 湖东社区: 12, 柳影社区: 5, 城北社区: 0 }, total: 17 },
      { itemId: sweep.id, name: '消杀', unit: '处', counts: { 湖东社区: 0, 柳影社区: 3, 城北社区: 0 }, total: 3 },
    ]);
    // A deactivated item leaves the report.
    ok(core, 'tallies.updateItem', { id: sweep.id, active: false });
    expect(ok<DailyReport>(core, 'reports.daily', { date: DATE }).tallies.map((t) => t.name)).toEqual(['敲门入户']);
    expect(fail(core, 'reports.daily', { date: '2026-13-01' }).code).toBe('BAD_INPUT');
  });

  it('exports a workbook with the street, the date, the totals and 填报人 / 审核人, and logs the export', async () => {
    const core = openTestApp();
    const world = makeWorld(core);
    ok(core, 'settings.update', { streetName: '南湖街道' });
    const knock = ok<TallyItem>(core, 'tallies.addItem', { name: '敲门入户', unit: '户' });
    const ids = Object.fromEntries(ok<Community[]>(core, 'communities.list').map((c) => [c.name, c.id]));
    ok(core, 'tallies.save', { date: DATE, cells: [{ communityId: ids['湖东社区'], itemId: knock.id, value: 12 }] });

    const file = await okAsync<StagedFile>(core, 'reports.dailyExport', {
      date: DATE,
      preparer: ' 李明 ',
      reviewer: '王芳',
    });
    expect(file.name).toBe('南湖街道日报-20261117.xlsx');
    const workbook = await readBack(core, file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['孕产妇', '透析患者', '独居老人', '其他指标']);
    const totals = expectedTotals(world, DATE);
    for (const sheet of workbook.worksheets) {
      expect(sheet.getCell('A1').value).toBe('日报');
      expect(String(sheet.getCell('A2').value)).toContain('填报单位：南湖街道');
      expect(texts(sheet)).toContain(`日期：${DATE}`);
      expect(texts(sheet)).toContain('填报人：李明');
      expect(texts(sheet)).toContain('审核人：王芳');
    }
    const pregnant = workbook.getWorksheet('孕产妇')!;
    const t = totals['孕产妇']!;
    expect((pregnant.getRow(4 + COMMUNITIES.length).values as unknown[]).slice(1)).toEqual([
      '合计',
      '',
      t.active,
      t.added,
      t.closed,
    ]);
    const others = workbook.getWorksheet('其他指标')!;
    expect((others.getRow(3).values as unknown[]).slice(-1)).toEqual(['敲门入户（户）']);
    expect((others.getRow(4).values as unknown[]).slice(-1)).toEqual([12]);
    const otherTotals = (others.getRow(4 + COMMUNITIES.length).values as unknown[]).slice(1);
    expect(otherTotals[0]).toBe('合计');
    expect(otherTotals.slice(-1)).toEqual([12]);
    const due = Object.values(expectedOthers(world, DATE).dueSoon).reduce((a, b) => a + b, 0);
    expect(otherTotals[2]).toBe(due);

    const audit = core.ctx.db
      .prepare("SELECT operator, method, after FROM audit_log WHERE entity = 'export'")
      .all() as { operator: string; method: string; after: string }[];
    expect(audit.map((r) => ({ ...r, after: JSON.parse(r.after) }))).toEqual([
      {
        operator: '测试员',
        method: 'reports.dailyExport',
        after: { report: 'daily', date: DATE, signed: { preparer: true, reviewer: true } },
      },
    ]);
    // No names of people in the log: only whether the report was signed.
    expect(audit[0]!.after).not.toContain('李明');
  });

  it('refuses a signer name longer than 20 characters', () => {
    const core = openTestApp();
    const refused = fail(core, 'reports.dailyExport', { date: DATE, preparer: '长'.repeat(21) });
    expect(refused.code).toBe('BAD_INPUT');
    expect(refused.message).toMatch(/填报人/);
  });

  it('查看 sees and downloads the report', async () => {
    const core = openTestApp({ session: 'interactive' });
    ok(core, 'auth.setup', { name: '张主任', password: 'secret-1' });
    const a = ok<Community>(core, 'communities.add', { name: '湖东社区' });
    const knock = ok<TallyItem>(core, 'tallies.addItem', { name: '敲门入户', unit: '户' });
    ok(core, 'tallies.save', { date: DATE, cells: [{ communityId: a.id, itemId: knock.id, value: 4 }] });
    ok(core, 'operators.add', { name: '赵查看', role: '查看', password: 'secret-3' });
    ok(core, 'auth.login', { name: '赵查看', password: 'secret-3' });
    expect(ok<DailyReport>(core, 'reports.daily', { date: DATE }).tallies[0]!.total).toBe(4);
    const file = await okAsync<StagedFile>(core, 'reports.dailyExport', { date: DATE });
    const workbook = await readBack(core, file);
    expect(texts(workbook.getWorksheet('其他指标')!)).toContain('填报人：');
    const row = core.ctx.db.prepare("SELECT operator FROM audit_log WHERE method = 'reports.dailyExport'").get() as {
      operator: string;
    };
    expect(row.operator).toBe('赵查看');
  });
});
