/**
 * Any file the import accepts, read by what it really is: an .xlsx workbook (a zip, whatever its
 * name), a CSV/text file, and for an old .xls/.et a message saying to save it as .xlsx.
 */
import path from 'node:path';
import { damagedXlsx } from './errors';
import type { ReadOptions, SheetRows } from './sheet';
import { magicOf, ole2Error, openFile, readHead } from './sniff';
import { readXlsxSheets } from './workbook';

const TEXT_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);

export type SourceKind = 'xlsx' | 'csv';

/** Which reader a file needs; throws AppError for an .xls/.et or a file neither reader can read. */
export async function sourceKind(file: string): Promise<SourceKind> {
  const handle = await openFile(file);
  try {
    const magic = magicOf(await readHead(handle));
    if (magic === 'ole2') throw await ole2Error(handle, (await handle.stat()).size);
    if (magic === 'zip') return 'xlsx';
    if (TEXT_EXTENSIONS.has(path.extname(file).toLowerCase())) return 'csv';
    throw damagedXlsx();
  } finally {
    await handle.close();
  }
}

/** The sheets of an .xlsx or CSV file (see readXlsxSheets and readCsvSheets). */
export async function* readSheets(file: string, options: ReadOptions = {}): AsyncGenerator<SheetRows> {
  const kind = await sourceKind(file);
  // The CSV reader and its decoders are loaded only for a CSV file.
  yield* kind === 'xlsx' ? readXlsxSheets(file, options) : (await import('./csv')).readCsvSheets(file, options);
}
