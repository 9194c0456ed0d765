import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { PreviewRow } from '../../../../shared/domain/excel/imports';
import type { EntryPage } from '../../../../shared/domain/ledgers/types';
import type { SheetRow } from '../../../../electron/core/excel/read/sheet';
import { readSheets } from '../../../../electron/core/excel/read/source';
import { ok, openTestApp, tempDir } from '../../helpers';
import { womanId } from '../../ids';
import { openSession } from './session';

/**
 * A roster grouped the way offices group it: 所属社区 and 包保干部 merged down over their rows,
 * a note merged across two columns, a merged title and a ditto mark.
 */
async function groupedRoster(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('孕产妇');
  sheet.addRow(['南湖街道孕产妇台账']);
  sheet.mergeCells('A1:G1');
  sheet.addRow(['所属社区', '姓名', '身份证号', '联系电话', '包保干部', '现住址', '备注']);
  const people = [
    ['湖东社区', '张丽', womanId('19900101', 1), '13900000001', '王锐', '湖东2栋101', '已建档'],
    [null, '王芳', womanId('19910202', 2), '13900000002', null, '同上', null],
    [null, '李娜', womanId('19920303', 3), '13900000003', '赵敏', '湖东3栋201', null],
    ['柳影社区', '陈静', womanId('19930404', 4), '13900000004', '孙强', '柳影1栋', null],
    [null, '刘洋', womanId('19940505', 5), '13900000005', null, '〃', null],
  ];
  for (const person of people) sheet.addRow(person);
  sheet.addRow([null, '合计：5人']);
  sheet.mergeCells('A3:A5'); // 湖东社区 over three people
  sheet.mergeCells('A6:A8'); // 柳影社区 over two people and the totals line
  sheet.mergeCells('E3:E4'); // 王锐 over two
  sheet.mergeCells('E6:E7'); // 孙强 over two
  sheet.mergeCells('G3:H3'); // a note merged across: its first column only
  const file = path.join(dir, '孕产妇-按社区合并.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('merged cells in the data', () => {
  it('the reader fills a cell merged down into every row it covers, and says which', async () => {
    const file = await groupedRoster(tempDir());
    const rows: SheetRow[] = [];
    for await (const sheet of readSheets(file)) {
      expect(sheet.merges).toHaveLength(6);
      for await (const row of sheet.rows) rows.push(row);
    }
    const at = (n: number) => rows.find((r) => r.rowNumber === n)!;
    expect(at(4).cells[0]!.text).toBe('湖东社区');
    expect(at(4).merged).toEqual([0, 4]);
    expect(at(5).cells[0]!.text).toBe('湖东社区');
    expect(at(5).cells[4]!.text).toBe('赵敏'); // its own value, not merged
    expect(at(5).merged).toEqual([0]);
    expect(at(3).merged).toBeUndefined();
    expect(at(3).cells[7]).toBeUndefined(); // merged across: nothing given to H
    expect(at(8).cells[0]!.text).toBe('柳影社区');
  });

  it('every row gets its community and cadre; the totals line under a merge is still no data', async () => {
    const core = openTestApp();
    const { analysis, summary, session, commit } = await openSession(core, await groupedRoster(tempDir()), {
      kind: 'pregnant',
    });
    expect(analysis.sheets[0]).toMatchObject({ headerRow: 2, dataRows: 5 });
    expect(summary.counts).toMatchObject({ total: 5, new: 5, error: 0 });
    const preview = session.rows(undefined, 0, 10).rows;
    const row = (n: number) => preview.find((r: PreviewRow) => r.row === n)!;
    expect(row(4).marks).toEqual({ 0: '来自合并单元格', 4: '来自合并单元格', 5: '同上' });
    expect(row(4).warnings).toEqual([expect.stringContaining('“同上”已按上一行填为“湖东2栋101”')]);
    expect(row(3).marks).toBeUndefined();
    commit();

    const entries = ok<EntryPage>(core, 'entries.list', { kind: 'pregnant', status: '全部', limit: 50 }).rows;
    const byName = Object.fromEntries(entries.map((e) => [e.name, e]));
    expect(Object.fromEntries(entries.map((e) => [e.name, [e.community, e.cadre, e.address]]))).toEqual({
      张丽: ['湖东社区', '王锐', '湖东2栋101'],
      王芳: ['湖东社区', '王锐', '湖东2栋101'],
      李娜: ['湖东社区', '赵敏', '湖东3栋201'],
      陈静: ['柳影社区', '孙强', '柳影1栋'],
      刘洋: ['柳影社区', '孙强', '柳影1栋'],
    });
    expect(byName['张丽']!.note).toBe('已建档');
  });

  it('a ditto mark with nothing above is cleared and said, never stored as the text 同上', async () => {
    const dir = tempDir();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['社区', '姓名', '身份证号', '现住址', '网格']);
    sheet.addRow(['湖东社区', '张丽', womanId('19900101', 1), '同上', '一网格']);
    sheet.addRow(['同上', '王芳', womanId('19910202', 2), '湖东5栋', '同左']);
    const file = path.join(dir, 'ditto.xlsx');
    await workbook.xlsx.writeFile(file);
    const core = openTestApp();
    const { summary, session, commit } = await openSession(core, file, { kind: 'pregnant' });
    expect(summary.counts).toMatchObject({ new: 2, error: 0 });
    const rows = session.rows(undefined, 0, 10).rows;
    expect(rows[0]!.warnings).toEqual([expect.stringContaining('所指的那一格是空的')]);
    expect(rows[1]!.marks).toEqual({ 0: '同上', 4: '同左' });
    expect(rows[1]!.warnings).toEqual([expect.stringContaining('“同上”'), expect.stringContaining('“同左”已按左边一格填为“湖东5栋”')]);
    commit();
    const entries = ok<EntryPage>(core, 'entries.list', { kind: 'pregnant', status: '全部', limit: 50 }).rows;
    const byName = Object.fromEntries(entries.map((e) => [e.name, e]));
    expect(byName['张丽']).toMatchObject({ community: '湖东社区', address: '' });
    // 同左 takes the cell to its left: 湖东5栋 is no grid anyone would name, but it is what the mark says.
    expect(byName['王芳']).toMatchObject({ community: '湖东社区', grid: '湖东5栋' });
  });
});
