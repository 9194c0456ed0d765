/**
 * Reads an .xlsx workbook by streaming it, sheet by sheet and row by row, so a 100,000-row
 * file is never held in memory whole. The zip is read by its directory, so the styles, the
 * shared strings and the 1904 flag are known before any sheet, wherever the writer put them.
 */
import { emptyCell } from './cells';
import { xlsxReadError } from './errors';
import { readSharedStrings } from './sharedStrings';
import { oneByOne, type ReadOptions, type SheetRow, type SheetRows } from './sheet';
import { readSheetXml, type CellContext } from './sheetXml';
import { scanSheetPart, type SheetScan } from './sheetScan';
import { parseStyleFormats } from './styles';
import { openWorkbookPackage, type PackageSheet, type WorkbookPackage } from './workbookPackage';

async function cellContext(pkg: WorkbookPackage, signal?: AbortSignal): Promise<CellContext> {
  const formats = pkg.styles ? parseStyleFormats(await pkg.zip.text(pkg.styles)) : [];
  const sharedStrings = pkg.sharedStrings
    ? await readSharedStrings(await pkg.zip.stream(pkg.sharedStrings), signal)
    : [];
  return { formats, sharedStrings, date1904: pkg.date1904 };
}

async function* sheetBatches(
  pkg: WorkbookPackage,
  sheet: PackageSheet,
  context: CellContext,
  file: string,
  signal?: AbortSignal,
): AsyncGenerator<SheetRow[]> {
  try {
    signal?.throwIfAborted();
    yield* readSheetXml(await pkg.zip.stream(sheet.part), context, signal);
  } catch (error) {
    throw xlsxReadError(error, file);
  }
}

/**
 * The rows of a sheet whose part has them out of order, sorted: read whole first, which only
 * files from some web systems need. Two rows of the same number are one row, the later cells winning.
 */
async function* inOrder(batches: AsyncIterable<SheetRow[]>): AsyncGenerator<SheetRow[]> {
  const byNumber = new Map<number, SheetRow>();
  for await (const batch of batches) {
    for (const row of batch) {
      const before = byNumber.get(row.rowNumber);
      if (!before) byNumber.set(row.rowNumber, row);
      else row.cells.forEach((cell, i) => cell.kind !== 'empty' && (before.cells[i] = cell));
    }
  }
  const rows = [...byNumber.values()].sort((a, b) => a.rowNumber - b.rowNumber);
  for (const row of rows) for (let i = 0; i < row.cells.length; i++) row.cells[i] ??= emptyCell();
  if (rows.length) yield rows;
}

/**
 * The sheets of an .xlsx file, in tab order. A file that is not a readable .xlsx (an .xls/.et,
 * a damaged or cut-short file, a zip of something else) throws AppError BAD_INPUT saying what
 * to do; so does a sheet found damaged while its rows are read.
 */
export async function* readXlsxSheets(file: string, options: ReadOptions = {}): AsyncGenerator<SheetRows> {
  const { signal } = options;
  signal?.throwIfAborted();
  const pkg = await openWorkbookPackage(file);
  try {
    let context: CellContext;
    try {
      context = await cellContext(pkg, signal);
    } catch (error) {
      throw xlsxReadError(error, file);
    }
    for (const sheet of pkg.sheets) {
      signal?.throwIfAborted();
      let scan: SheetScan;
      try {
        scan = (await options.scanOf?.(sheet.part)) ?? (await scanSheetPart(await pkg.zip.stream(sheet.part)));
      } catch (error) {
        throw xlsxReadError(error, file);
      }
      const read = sheetBatches(pkg, sheet, context, file, signal);
      const batches = scan.ordered ? read : inOrder(read);
      yield { name: sheet.name, hidden: sheet.hidden, merges: scan.merges, rows: oneByOne(batches, signal), batches };
      // A sheet left half read (or not read) is closed before the next one.
      await batches.return(undefined);
    }
  } finally {
    pkg.zip.close();
  }
}
