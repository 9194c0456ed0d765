/** Shared set-up of the export tests: a street, places, a few entries, and reading files back. */
import ExcelJS from 'exceljs';
import type { AppCore } from '../../../../electron/core/app';
import type { Entry } from '../../../../shared/domain/ledgers/types';
import type { StagedFile } from '../../../../shared/platform';
import { manId, womanId } from '../../ids';
import { ok, okAsync } from '../../helpers';
import { addEntry, seedPlaces } from '../../ledgers/seed';

export const STREET = '南湖街道';

/** Three pregnant women (one closed, one with imported extra columns) and a dialysis patient. */
export function seedLedgers(core: AppCore): { open: Entry[]; closed: Entry } {
  seedPlaces(core);
  ok(core, 'settings.update', { streetName: STREET });
  const a = addEntry(core, {
    kind: 'pregnant',
    name: '王芳',
    idNumber: womanId('19930122'),
    phones: '13904312222（本人） 15896427167（丈夫）',
    grid: '第一网格',
    address: '湖东社区2栋2单元101室',
    cadre: '王锐',
    note: '需重点关注',
    fields: {
      lastMenstrualDate: '2026-03-01',
      dueDate: '2026-12-06',
      prenatalHospital: '长春市妇产医院',
      riskLevel: '红',
      riskFactors: '前置胎盘',
      emergencyContact: '张伟 13900001111',
    },
    extra: { 孕周: '38', 户籍地: '吉林长春' },
  });
  const b = addEntry(core, {
    kind: 'pregnant',
    name: '李丽',
    idNumber: womanId('19900612', 2),
    phones: '0431-85551234',
    community: '柳影社区',
    fields: { riskLevel: '绿', dueDate: '2027-03-01' },
    extra: { 工作单位: '第一中学', 孕周: '12' },
  });
  const c = addEntry(core, {
    kind: 'pregnant',
    name: '吴凤',
    idNumber: womanId('19880808', 3),
    fields: { riskLevel: '黄', dueDate: '2026-11-01', deliveryDate: '2026-11-02' },
  });
  const closed = ok<Entry>(core, 'entries.close', { id: c.id, reason: '已分娩', date: '2026-11-05' });
  addEntry(core, {
    kind: 'dialysis',
    name: '郭军',
    idNumber: manId('19501224'),
    fields: { dialysisType: '血透', dialysisDays: '一三五', dialysisSession: '上午' },
  });
  return { open: [a, b], closed };
}

export function stagedPath(core: AppCore, file: StagedFile): string {
  return core.ctx.files.resolve(file.fileId).filePath;
}

export async function exportLedger(
  core: AppCore,
  input: Record<string, unknown>,
): Promise<{ file: StagedFile; path: string }> {
  const file = await okAsync<StagedFile>(core, 'exports.ledger', input);
  return { file, path: stagedPath(core, file) };
}

/** The first sheet, read whole by exceljs (styles, merges, page setup and all). */
export async function loadSheet(file: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets[0]!;
}

/** The texts of a row, column A first, up to the last filled cell. */
export function rowValues(sheet: ExcelJS.Worksheet, n: number): unknown[] {
  const row = sheet.getRow(n);
  return Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).value);
}

/** Header label → column number (1-based) of row 3. */
export function headerIndex(sheet: ExcelJS.Worksheet): Map<string, number> {
  return new Map(rowValues(sheet, 3).map((v, i) => [String(v), i + 1]));
}
