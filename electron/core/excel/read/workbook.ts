/**
 * Reads an .xlsx workbook by streaming it, sheet by sheet and row by row, so a 100,000-row
 * file is never held in memory whole.
 */
import ExcelJS from 'exceljs';
import { emptyCell, normalizeCell, type Cell } from './cells';
import { damagedXlsx, xlsxReadError } from './errors';
import type { ReadOptions, SheetRow, SheetRows } from './sheet';
import { checkXlsxFile } from './sniff';
import {
  isDate1904,
  numFmtResolver,
  openWorkbookReader,
  releaseWorksheet,
  type ReaderInternals,
  type WorksheetInternals,
} from './streamReader';

type FormatOf = (cell: ExcelJS.Cell) => string | undefined;

/**
 * The cell's value. For a formula, exceljs's cell.value leaves out a cached result that is
 * falsy (0, '', false, or the NaN its streaming reader makes of an error); cell.result keeps it.
 * Only the result matters here, so the formula text is not asked for.
 */
function valueOf(cell: ExcelJS.Cell): unknown {
  return cell.type === ExcelJS.ValueType.Formula ? { formula: '', result: cell.result as unknown } : cell.value;
}

/** The row's cells by column (index 0 = A), gaps filled with empty cells, trailing ones left off. */
function rowCells(row: ExcelJS.Row, formatOf: FormatOf, date1904: boolean): Cell[] {
  const cells: Cell[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    const normalized = normalizeCell(valueOf(cell), formatOf(cell), date1904);
    if (normalized.kind === 'empty') return;
    while (cells.length < column - 1) cells.push(emptyCell());
    cells[column - 1] = normalized;
  });
  return cells;
}

type Race = <T>(promise: Promise<T>) => Promise<T>;

function sheetRows(
  worksheet: WorksheetInternals,
  reader: ReaderInternals,
  race: Race,
  file: string,
  options: ReadOptions,
) {
  const { signal } = options;
  let current = true;
  const date1904 = isDate1904(reader);
  const formatOf = numFmtResolver(reader);
  async function* rows(): AsyncGenerator<SheetRow> {
    const iterator = worksheet[Symbol.asyncIterator]();
    for (;;) {
      if (!current)
        throw new Error(`sheet ${worksheet.name}: its rows must be read before the next sheet is asked for`);
      let next: IteratorResult<ExcelJS.Row>;
      try {
        next = await race(iterator.next());
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        throw xlsxReadError(error, file);
      }
      if (next.done) return;
      signal?.throwIfAborted();
      yield { rowNumber: next.value.number, cells: rowCells(next.value, formatOf, date1904) };
    }
  }
  return {
    rows: rows(),
    leave: () => {
      current = false;
      releaseWorksheet(worksheet);
    },
  };
}

/**
 * When the caller stops early (a break, an abort), lets exceljs run to its end in the
 * background without parsing anything, so that it deletes the temp files it copied the
 * remaining sheets to; stops at the first failure.
 */
async function finishInBackground(
  sheets: AsyncIterator<WorksheetInternals>,
  race: Race,
  close: () => void,
): Promise<void> {
  try {
    for (let next = await race(sheets.next()); !next.done; next = await race(sheets.next()))
      releaseWorksheet(next.value);
  } catch {
    // A damaged zip: nothing more to clean up than what close() does.
  } finally {
    close();
  }
}

/**
 * The sheets of an .xlsx file, in the order they are stored. A file that is not a readable
 * .xlsx (an .xls/.et, a damaged or cut-short file, a zip of something else) throws AppError
 * BAD_INPUT saying what to do.
 */
export async function* readXlsxSheets(file: string, options: ReadOptions = {}): AsyncGenerator<SheetRows> {
  const { signal } = options;
  signal?.throwIfAborted();
  await checkXlsxFile(file);
  const { sheets, internals, race, close } = openWorkbookReader(file);
  let sheet: ReturnType<typeof sheetRows> | undefined;
  let state: 'reading' | 'done' | 'failed' = 'reading';
  try {
    for (;;) {
      let next: IteratorResult<WorksheetInternals>;
      try {
        next = await race(sheets.next());
      } catch (error) {
        state = 'failed';
        throw xlsxReadError(error, file);
      }
      if (next.done) break;
      signal?.throwIfAborted();
      const worksheet = next.value;
      sheet = sheetRows(worksheet, internals, race, file, options);
      yield {
        name: worksheet.name,
        hidden: worksheet.state === 'hidden' || worksheet.state === 'veryHidden',
        rows: sheet.rows,
      };
      sheet.leave();
    }
    state = 'done';
    if (!internals.model) throw damagedXlsx();
  } finally {
    sheet?.leave();
    if (state === 'reading') void finishInBackground(sheets, race, close);
    else close();
  }
}
