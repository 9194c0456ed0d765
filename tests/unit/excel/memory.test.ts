import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { readXlsxSheets } from '../../../electron/core/excel/read/workbook';
import { tempDir } from './helpers';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

it('streams rows without keeping them: the heap does not grow with the row count', async () => {
  const file = path.join(tempDir(), 'rows.xlsx');
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = writer.addWorksheet('台账');
  for (let i = 1; i <= 30_000; i++)
    sheet.addRow([i, `居民${i % 100}`, 13900000000 + i, new Date(Date.UTC(2022, i % 12, 1))]).commit();
  sheet.commit();
  await writer.commit();

  let early = 0;
  let count = 0;
  for await (const { rows } of readXlsxSheets(file)) {
    for await (const row of rows) {
      count++;
      if (row.rowNumber === 5_000) early = heapAfterGc();
    }
  }
  expect(count).toBe(30_000);
  // Keeping 25,000 rows (or a promise per row) would take tens of megabytes.
  expect(heapAfterGc() - early).toBeLessThan(8 * 1024 * 1024);
});
