/** cadres.export: the registry as a workbook in the official style (the ledger export's form sheet). */
import fs from 'node:fs';
import type { z } from 'zod';
import { todayText } from '../../../shared/domain/dates';
import { maskIdNumber } from '../../../shared/domain/idNumber';
import { requireRole } from '../operators/authorize';
import type { StagedFile } from '../../../shared/platform';
import type { cadreExportInput } from '../../../shared/schemas/cadres';
import { recordExport } from '../audit/exportRecord';
import type { Ctx } from '../context';
import { dateValue, type ExportValue } from '../excel/export/cellValues';
import type { ExportColumn } from '../excel/export/columns';
import { chineseDate, dateLine, unitLine } from '../excel/export/names';
import { openFormSheet } from '../excel/export/sheet';
import type { CellLook } from '../excel/export/styles';
import { WidthTracker } from '../excel/export/widths';
import { readSettings } from '../settings/handlers';
import { cadreOrder, cadreWhere } from './query';
import { cadreSelect, type CadreRow } from './rows';

type Column = [header: string, look: CellLook, value: (row: CadreRow, serial: number, mask: boolean) => ExportValue];

const text = (value: string | null) => (value ? value : null);

const COLUMNS: Column[] = [
  ['序号', 'center', (_, serial) => serial],
  ['姓名', 'center', (r) => r.name],
  ['性别', 'center', (r) => text(r.gender)],
  ['派出单位', 'wrap', (r) => text(r.unit)],
  ['职务', 'center', (r) => text(r.duty)],
  ['政治面貌', 'center', (r) => r.politics],
  ['联系电话', 'code', (r) => text(r.phone)],
  ['下沉社区', 'center', (r) => text(r.community_name)],
  ['认领岗位', 'center', (r) => text(r.post)],
  ['身份', 'center', (r) => r.role],
  ['报到日期', 'date', (r) => (r.arrived_on ? dateValue(r.arrived_on) : null)],
  ['离开日期', 'date', (r) => (r.left_on ? dateValue(r.left_on) : null)],
  ['身份证号', 'code', (r, _, mask) => (r.id_number ? (mask ? maskIdNumber(r.id_number) : r.id_number) : null)],
  ['备注', 'wrap', (r) => text(r.note)],
];

export async function exportCadres(ctx: Ctx, input: z.output<typeof cadreExportInput>): Promise<StagedFile> {
  const { mask, ...filters } = input;
  if (!mask) requireRole(ctx, '管理员', '导出完整的身份证号');
  const today = todayText(ctx.now());
  const { streetName } = readSettings(ctx);
  const where = cadreWhere(filters, today);
  const rows = ctx.db
    .prepare(`${cadreSelect} WHERE ${where.sql} ORDER BY ${cadreOrder}`)
    .all(...where.params) as CadreRow[];
  const values = rows.map((row, i) => COLUMNS.map(([, , value]) => value(row, i + 1, mask)));

  const widths = new WidthTracker(COLUMNS.map(([header]) => header));
  for (const row of values) row.forEach((v, i) => widths.see(i, v instanceof Date ? '2022-04-18' : String(v ?? '')));
  const fixed = new Map([
    [0, 6],
    [10, 12],
    [11, 12],
    [12, 22],
  ]);
  const columns: ExportColumn[] = COLUMNS.map(([header, look]) => ({ header, look, value: () => null }));

  const name = `${streetName}下沉干部名册-${today.replaceAll('-', '')}.xlsx`;
  const { fileId, filePath } = ctx.files.allocate(name);
  try {
    const form = openFormSheet(filePath, {
      sheetName: '下沉干部名册',
      title: `${streetName}下沉干部名册`,
      unit: unitLine(streetName),
      date: dateLine(today),
      columns,
      widths: widths.widths(fixed),
    });
    for (const row of values) form.addRow(row);
    form.sheet.commit();
    await form.workbook.commit();
  } catch (error) {
    fs.rmSync(filePath, { force: true });
    throw error;
  }
  recordExport(ctx, 'cadres.export', {
    what: '下沉干部名册',
    rows: rows.length,
    masked: mask,
    searched: Boolean(filters.q),
    on: chineseDate(today),
  });
  return { fileId, name, size: fs.statSync(filePath).size };
}
