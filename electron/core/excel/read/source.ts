/**
 * Any file the import accepts, read by what it really is, whatever its name: an .xlsx workbook
 * (a zip), an .xls/.et workbook or an encrypted .xlsx (OLE2 compound files), a CSV/text file.
 */
import path from 'node:path';
import { damagedXlsx } from './errors';
import { withMergesFilled } from './merges';
import type { ReadOptions, SheetRows } from './sheet';
import { magicOf, openFile, readHead } from './sniff';
import { readXlsxSheets } from './workbook';

const TEXT_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);

/** 'xls': an OLE2 compound file, i.e. an .xls/.et workbook (or an encrypted .xlsx, which xls.ts tells apart). */
export type SourceKind = 'xlsx' | 'xls' | 'csv';

/** Which reader a file needs; throws AppError for a file no reader can read. */
export async function sourceKind(file: string): Promise<SourceKind> {
  const handle = await openFile(file);
  try {
    const magic = magicOf(await readHead(handle));
    if (magic === 'ole2') return 'xls';
    if (magic === 'zip') return 'xlsx';
    if (TEXT_EXTENSIONS.has(path.extname(file).toLowerCase())) return 'csv';
    throw damagedXlsx();
  } finally {
    await handle.close();
  }
}

/**
 * The sheets of an .xlsx, .xls/.et or CSV file (see readXlsxSheets, readXlsSheets and
 * readCsvSheets), with the values of cells merged down filled into the rows they cover (merges.ts).
 */
export async function* readSheets(file: string, options: ReadOptions = {}): AsyncGenerator<SheetRows> {
  for await (const sheet of readAnySheets(file, options)) yield withMergesFilled(sheet);
}

async function* readAnySheets(file: string, options: ReadOptions): AsyncGenerator<SheetRows> {
  const kind = await sourceKind(file);
  if (kind === 'xlsx') return yield* readXlsxSheets(file, options);
  // The .xls parser and the CSV decoders are loaded only for a file that needs them.
  if (kind === 'xls') return yield* (await import('./xls')).readXlsSheets(file, options);
  yield* (await import('./csv')).readCsvSheets(file, options);
}
