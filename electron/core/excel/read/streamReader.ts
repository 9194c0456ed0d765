/**
 * The parts of exceljs's streaming WorkbookReader (lib/stream/xlsx/workbook-reader.js) that its
 * typings leave out, and two adjustments to it: sheets wait until the styles and the workbook
 * part have been read, and number formats given only by a built-in id are filled in.
 */
import ExcelJS from 'exceljs';
import { builtinDateFormat } from './numFormat';
import { watchedFileStream } from './watchedInput';

interface StyleManager {
  /** The parsed styles.xml; model.styles are the cellXfs, indexed by a cell's s attribute. */
  model?: { styles?: ({ numFmtId?: number } | undefined)[] };
  /** Builds (once per id, then cached) the style object exceljs puts on cells with that s. */
  getStyleModel(id: number): { numFmt?: string } | null;
}

/** What the reader keeps on itself while it parses. */
export interface ReaderInternals {
  /** workbook.xml's <workbookPr> (set in _parseWorkbook); model.date1904 is the 1904 flag. */
  properties?: { model?: { date1904?: boolean } };
  /** workbook.xml's model; undefined when the zip has no workbook part. */
  model?: unknown;
  styles: StyleManager;
  on(event: 'entry', listener: (entry: { type: string }) => void): unknown;
}

/** The streaming worksheet reader's own fields (lib/stream/xlsx/worksheet-reader.js). */
export interface WorksheetInternals {
  name: string;
  state?: string;
  /** What the rows are parsed from: the zip entry, or the temp file a deferred sheet was copied to. */
  iterator?: unknown;
  [Symbol.asyncIterator](): AsyncIterator<ExcelJS.Row>;
}

/**
 * Closes the temp file a deferred sheet is read from, so that exceljs, which deletes the file
 * when it moves on to the next sheet, can delete it whether or not the rows were read.
 */
export function releaseWorksheet(worksheet: WorksheetInternals): void {
  const source = worksheet.iterator as
    { destroy?: () => void; on?: (event: 'error', listener: () => void) => void } | undefined;
  if (typeof source?.destroy !== 'function') return;
  // The file may be deleted before the stream has opened it; that is no error here.
  source.on?.('error', () => {});
  source.destroy();
}

/**
 * Hyperlinks are ignored: a sheet lists them after its rows (<hyperlinks> follows <sheetData>),
 * so a cache of them is still empty while the rows stream past, and looking each cell up in it
 * costs about a third of the reading time. A hyperlink cell reads as its text either way.
 */
const READER_OPTIONS = {
  sharedStrings: 'cache',
  styles: 'cache',
  hyperlinks: 'ignore',
  worksheets: 'emit',
  entries: 'emit',
} as const;

/**
 * exceljs parses a worksheet the moment it comes in the zip once the shared strings and the
 * workbook relationships have come, even if styles.xml or workbook.xml come later; the sheet's
 * dates would then lose their format and the 1904 flag. Holding back the relationships until
 * both have been read makes exceljs copy such a sheet to a temp file and read it after the whole
 * zip (its path for files where the shared strings come late, as Excel writes them).
 */
function deferSheetsUntilStyled(reader: ReaderInternals): void {
  let rels: unknown;
  let styles = false;
  let workbook = false;
  let sheetsStarted = false;
  reader.on('entry', ({ type }) => {
    if (type === 'styles') styles = true;
    else if (type === 'workbook') workbook = true;
    else if (type === 'worksheet') sheetsStarted = true;
  });
  Object.defineProperty(reader, 'workbookRels', {
    configurable: true,
    get: () => (sheetsStarted || (styles && workbook) ? rels : undefined),
    set: (value: unknown) => {
      rels = value;
    },
  });
}

/**
 * A streaming reader on the file. Every wait on it goes through race(), which rejects when the
 * file or the zip fails (see watchedInput.ts); close() stops the reading.
 */
export function openWorkbookReader(file: string) {
  const watched = watchedFileStream(file);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(watched.input, READER_OPTIONS);
  const internals = reader as unknown as ReaderInternals;
  deferSheetsUntilStyled(internals);
  const sheets = reader[Symbol.asyncIterator]() as AsyncIterator<unknown> as AsyncIterator<WorksheetInternals>;
  return { sheets, internals, race: watched.race, close: watched.close };
}

/** True when the workbook counts days from 1904-01-01. */
export function isDate1904(reader: ReaderInternals): boolean {
  return reader.properties?.model?.date1904 === true;
}

/**
 * A cell's number format code. exceljs knows no code for the East Asian built-in ids (27–36,
 * 50–58) a Chinese Excel writes without a code, so for those the style object exceljs shares
 * among all cells of that style id is mapped back to the id's format.
 */
export function numFmtResolver(reader: ReaderInternals): (cell: ExcelJS.Cell) => string | undefined {
  const byStyle = new WeakMap<object, string>();
  const styles = reader.styles;
  (styles.model?.styles ?? []).forEach((xf, id) => {
    const format = builtinDateFormat(xf?.numFmtId ?? 0);
    if (!format) return;
    const model = styles.getStyleModel(id);
    if (model && !model.numFmt) byStyle.set(model, format);
  });
  return (cell) => cell.numFmt || (cell.style ? byStyle.get(cell.style) : undefined);
}
