import ExcelJS from 'exceljs';
import { normalizeCell } from '../../../electron/core/excel/read/cells';
import type { SheetRow } from '../../../electron/core/excel/read/sheet';
import { readXlsxSheets } from '../../../electron/core/excel/read/workbook';
import { readAll } from './helpers';

/** The first sheet's rows, streamed. */
export async function streamedRows(file: string, sheetIndex = 0): Promise<SheetRow[]> {
  return (await readAll(readXlsxSheets(file)))[sheetIndex]!.rows;
}

/**
 * The first sheet's rows through exceljs's non-streaming reader, which repeats a merged value
 * across its range and gives empty rows too: header detection must work on both shapes.
 */
export async function loadedRows(file: string): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells = [];
    for (let column = 1; column <= row.cellCount; column++) {
      const cell = row.getCell(column);
      cells.push(normalizeCell(cell.value, cell.numFmt, workbook.properties.date1904));
    }
    rows.push({ rowNumber, cells });
  });
  return rows;
}
