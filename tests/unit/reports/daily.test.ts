import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dailyReport } from '../../../electron/core/reports/daily';
import { writeDailyWorkbook } from '../../../electron/core/reports/dailyWorkbook';
import { openTestApp, tempDir } from '../helpers';
import { expectedLedgers, expectedOthers, expectedTotals } from './expectedDaily';
import { COMMUNITIES, makeWorld } from './world';

const DATES = ['2026-11-01', '2026-11-10', '2026-11-17', '2026-11-30', '2020-01-01'];

describe('the daily report', () => {
  it('has per kind per community 在册, 新增, 结案 and the other indicators, with totals, as the test counts them', () => {
    const core = openTestApp();
    const world = makeWorld(core);
    for (const date of DATES) {
      const report = dailyReport(core.ctx, date);
      expect(report.date).toBe(date);
      expect(report.ledgers).toEqual(expectedLedgers(world, date));
      expect(Object.keys(report.ledgers)).toEqual(['孕产妇', '透析患者', '独居老人']);
      expect(Object.keys(report.ledgers['独居老人']!)).toEqual(COMMUNITIES);
      expect(report.totals).toEqual(expectedTotals(world, date));
      const others = expectedOthers(world, date);
      expect(Object.keys(report.indicators)).toEqual(Object.keys(others));
      for (const [key, counts] of Object.entries(others)) {
        const total = Object.values(counts).reduce((a, b) => a + b, 0);
        expect({ key, date, ...report.indicators[key], label: undefined }).toEqual({
          key,
          date,
          counts,
          total,
          label: undefined,
        });
      }
    }
    expect(dailyReport(core.ctx, '2026-11-10').indicators.signedIn!.label).toBe('签到人次');
    expect(Object.values(dailyReport(core.ctx, '2026-11-17').totals).some((t) => t.active > 0)).toBe(true);
  });

  it('writes a plain workbook: 日报 and the date on each sheet, one sheet per kind, a 合计 row, A4', async () => {
    const core = openTestApp();
    const world = makeWorld(core);
    const date = '2026-11-17';
    const file = path.join(tempDir(), '日报.xlsx');
    await writeDailyWorkbook(file, dailyReport(core.ctx, date), '南湖街道');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['孕产妇', '透析患者', '独居老人', '其他指标']);
    const ledgers = expectedLedgers(world, date);
    const totals = expectedTotals(world, date);
    for (const kind of ['孕产妇', '透析患者', '独居老人']) {
      const sheet = workbook.getWorksheet(kind)!;
      expect(sheet.getCell('A1').value).toBe('日报');
      expect(sheet.getCell('A1').font.bold).toBe(true);
      expect(String(sheet.getCell('A2').value)).toContain('南湖街道');
      expect(String(sheet.getCell('A2').value)).toContain(kind);
      expect(String(sheet.getCell('D2').value)).toBe(`日期：${date}`);
      expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(['序号', '社区', '在册', '新增', '结案']);
      expect(sheet.getCell('A3').fill).toMatchObject({ fgColor: { argb: 'FFD9D9D9' } });
      COMMUNITIES.forEach((community, i) => {
        const f = ledgers[kind]![community]!;
        expect((sheet.getRow(4 + i).values as unknown[]).slice(1)).toEqual([
          i + 1,
          community,
          f.active,
          f.added,
          f.closed,
        ]);
      });
      const t = totals[kind]!;
      expect((sheet.getRow(4 + COMMUNITIES.length).values as unknown[]).slice(1)).toEqual([
        '合计',
        '',
        t.active,
        t.added,
        t.closed,
      ]);
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, orientation: 'portrait' });
    }
    const others = workbook.getWorksheet('其他指标')!;
    expect((others.getRow(3).values as unknown[]).slice(1)).toEqual([
      '序号',
      '社区',
      '临近预产期',
      '透析人次',
      '绿色通道',
      '服务次数',
      '签到人次',
      '值班人次',
    ]);
    const expected = expectedOthers(world, date);
    const keys = ['dueSoon', 'dialysisTrips', 'greenChannel', 'services', 'signedIn', 'rosterFilled'] as const;
    COMMUNITIES.forEach((community, i) => {
      expect((others.getRow(4 + i).values as unknown[]).slice(3)).toEqual(keys.map((k) => expected[k][community]));
    });
    expect((others.getRow(4 + COMMUNITIES.length).values as unknown[]).slice(3)).toEqual(
      keys.map((k) => Object.values(expected[k]).reduce((a, b) => a + b, 0)),
    );
  });
});
