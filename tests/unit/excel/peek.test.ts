import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { peekRows } from '../../../electron/core/excel/read/peek';
import { readSheetNames } from '../../../electron/core/excel/read/sheetNames';
import { readXlsxSheets } from '../../../electron/core/excel/read/workbook';
import { fixture, tempDir } from './helpers';

describe('peekRows', () => {
  it('gives the first rows, then all rows from the same stream', async () => {
    for await (const sheet of readXlsxSheets(fixture('孕产妇台账-湖东社区.xlsx'))) {
      const { head, rows } = await peekRows(sheet.rows, 15);
      expect(head.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
      const all: number[] = [];
      for await (const row of rows) all.push(row.rowNumber);
      expect(all).toHaveLength(45);
      expect(all.slice(0, 16)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
      expect(all.at(-1)).toBe(46);
    }
  });

  it('copes with a sheet shorter than the head', async () => {
    async function* two() {
      yield { rowNumber: 1, cells: [] };
      yield { rowNumber: 2, cells: [] };
    }
    const { head, rows } = await peekRows(two(), 15);
    expect(head).toHaveLength(2);
    const all = [];
    for await (const row of rows) all.push(row.rowNumber);
    expect(all).toEqual([1, 2]);
  });
});

describe('readSheetNames', () => {
  it('lists the sheets in tab order without reading them', async () => {
    expect(await readSheetNames(fixture('孕产妇台账-三社区汇总.xlsx'))).toEqual([
      { name: '湖东社区', hidden: false },
      { name: '新月路社区', hidden: false },
      { name: '柳影社区', hidden: false },
    ]);
  });

  it('names hidden sheets and decodes XML in names', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('台账 & 汇总');
    workbook.addWorksheet('<参数>', { state: 'hidden' });
    workbook.addWorksheet('说明', { state: 'veryHidden' });
    const file = path.join(tempDir(), 'names.xlsx');
    await workbook.xlsx.writeFile(file);
    expect(await readSheetNames(file)).toEqual([
      { name: '台账 & 汇总', hidden: false },
      { name: '<参数>', hidden: true },
      { name: '说明', hidden: true },
    ]);
  });
});
