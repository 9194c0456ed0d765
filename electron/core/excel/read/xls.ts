/**
 * Reads a legacy Excel workbook (.xls: Excel 97–2003 BIFF8, and Excel 95 BIFF5) or a WPS .et file,
 * which is the same kind of file, in the shape every reader gives (see sheet.ts).
 *
 * The compound file is read whole (a BIFF8 sheet holds at most 65,536 rows). A BIFF8 workbook's
 * sheets are parsed by SheetJS a piece at a time (biffChunks.ts), so the first rows are handed over
 * at once and memory stays small; any other stream is parsed by SheetJS whole.
 *
 * SheetJS comes from the npm package @e965/xlsx 0.20.3, pinned: SheetJS publishes its releases
 * after 0.18.5 only outside npm, and the `xlsx` package on npm stays at 0.18.5, which has known
 * security advisories (prototype pollution, fixed in 0.19.3; ReDoS, fixed in 0.20.2).
 * @e965/xlsx republishes SheetJS's releases unchanged: its xlsx.js and xlsx.mjs are byte-identical
 * to those of xlsx-republish 0.20.3, a republish by someone else (sha256 of xlsx.mjs
 * 1a0fb062…87b77db, of xlsx.js fd159f1e…8cfa). It has no dependencies and no install scripts.
 */
import fs from 'node:fs/promises';
import * as XLSX from '@e965/xlsx';
import { biffSheets, type BiffSheet } from './biffChunks';
import { emptyCell, normalizeCell, textCell, type Cell } from './cells';
import { damagedXls, encryptedExcel, fileError, tooLargeXls, xlsPassword } from './errors';
import { oneByOne, type MergeRange, type ReadOptions, type SheetRow, type SheetRows } from './sheet';

/** Larger .xls/.et files are refused: the whole file is read into memory. */
export const MAX_XLS_BYTES = 200 * 1024 * 1024;

/** Rows per batch handed over; between batches the thread takes its messages (a cancel). */
const BATCH = 1000;

/** How the reader asks SheetJS to parse: values and number formats only, no display text. */
export const XLS_PARSE_OPTIONS: XLSX.ParsingOptions = {
  type: 'buffer',
  dense: true,
  cellNF: true,
  cellDates: false,
  cellText: false,
  cellFormula: false,
  cellHTML: false,
  cellStyles: false,
};

/** BIFF error codes (the value of an 'e' cell) and the text Excel shows for them. */
const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

async function readBytes(file: string): Promise<Buffer> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    throw fileError(error, file) ?? error;
  }
  try {
    const { size } = await handle.stat();
    if (size > MAX_XLS_BYTES) throw tooLargeXls(MAX_XLS_BYTES);
    return await handle.readFile();
  } catch (error) {
    throw fileError(error, file) ?? error;
  } finally {
    await handle.close();
  }
}

interface CfbEntry {
  name: string;
  content?: Uint8Array;
}

/**
 * The workbook stream of a compound file: 'Workbook' (BIFF8) or 'Book' (BIFF5, Excel 95). An
 * encrypted .xlsx (an EncryptedPackage stream) and a password-protected .xls throw AppError.
 */
function workbookStream(bytes: Buffer): { stream: Buffer; biff5: boolean } {
  let cfb: unknown;
  try {
    cfb = XLSX.CFB.read(bytes, { type: 'buffer' });
  } catch (error) {
    throw damagedXls(error);
  }
  const find = (name: string) => XLSX.CFB.find(cfb, name) as CfbEntry | null;
  if (find('EncryptedPackage')) throw encryptedExcel();
  if (find('/encryption')) throw xlsPassword();
  const entry = find('/Workbook') ?? find('/Book');
  const content = entry?.content;
  // A BIFF stream starts with a BOF record (09 08); anything else is not a workbook.
  if (!content || content.length < 4 || content[0] !== 0x09 || content[1] !== 0x08) throw damagedXls();
  const stream = Buffer.from(content.buffer, content.byteOffset, content.length);
  return { stream, biff5: entry.name.toLowerCase() === 'book' };
}

/** Code pages for BIFF5 files, whose text is stored in the writer's code page (GBK on Chinese Windows). */
let codePages: Promise<void> | undefined;
const loadCodePages = () =>
  (codePages ??= import('@e965/xlsx/dist/cpexcel.full.mjs').then((tables) => XLSX.set_cptable(tables)));

/**
 * Runs SheetJS on a workbook stream (the whole stream, or a piece of it, see biffChunks.ts), not
 * on the compound file: SheetJS then leaves out the document properties, which this reader does
 * not need and whose parser can run out of memory on a damaged file. SheetJS reports the unknown
 * records of a damaged file on the console; it is quietened for the (synchronous) parse.
 */
function parseStream(stream: Buffer): XLSX.WorkBook {
  const report = console.error;
  console.error = () => {};
  try {
    const workbook = XLSX.read(stream, XLS_PARSE_OPTIONS);
    if (workbook.SheetNames.length === 0) throw new Error('the workbook has no sheets');
    return workbook;
  } catch (error) {
    if (error instanceof Error && /password-protected/i.test(error.message)) throw xlsPassword();
    throw damagedXls(error);
  } finally {
    console.error = report;
  }
}

/** A sheet to hand over: its rows are parsed when asked for. */
interface XlsSheet {
  name: string;
  hidden: boolean;
  merges: MergeRange[];
  /** The parsed rows a piece at a time: SheetJS's dense rows, indexed from row 1 = 0. */
  parsed(): Generator<{ data: (XLSX.CellObject | undefined)[][]; date1904: boolean }>;
}

/** The sheets of a workbook parsed whole, in tab order; chart sheets, which hold no cells, left out. */
function wholeSheets(workbook: XLSX.WorkBook): XlsSheet[] {
  const tabs = workbook.Workbook?.Sheets ?? [];
  const date1904 = !!workbook.Workbook?.WBProps?.date1904;
  return workbook.SheetNames.filter((name) => {
    const sheet = workbook.Sheets[name];
    return sheet && sheet['!type'] !== 'chart';
  }).map((name) => ({
    name,
    hidden: !!tabs.find((tab) => tab.name === name)?.Hidden,
    merges: mergesOf(workbook.Sheets[name]!),
    *parsed() {
      const data = workbook.Sheets[name]?.['!data'] ?? [];
      // Its rows read, the sheet is let go: the next one is read with that memory free.
      delete workbook.Sheets[name];
      yield { data, date1904 };
    },
  }));
}

/**
 * Bytes of a sheet's records per piece: at least 1 MB, and three times the globals (which every
 * piece repeats, shared strings included), so repeating them costs at most a third more.
 */
const pieceBytes = (globals: number) => Math.max(1024 * 1024, 3 * globals);

/** The worksheets of a BIFF8 stream, each parsed a piece at a time (see biffChunks.ts). */
function pieceSheets(sheets: BiffSheet[]): XlsSheet[] {
  return sheets
    .filter((sheet) => sheet.type === 0 || sheet.type === 1)
    .map((sheet) => ({
      name: sheet.name,
      hidden: sheet.hidden,
      merges: sheet.merges.map((m) => ({ ...m, firstRow: m.firstRow + 1, lastRow: m.lastRow + 1 })),
      *parsed() {
        for (const piece of sheet.pieces()) {
          const workbook = parseStream(piece);
          // The piece holds one sheet; SheetJS names it as the globals do.
          const parsed = Object.values(workbook.Sheets)[0];
          yield { data: parsed?.['!data'] ?? [], date1904: !!workbook.Workbook?.WBProps?.date1904 };
        }
      },
    }));
}

/** The sheets of an .xls/.et file's bytes, their rows not yet parsed where the stream allows. */
async function openSheets(bytes: Buffer): Promise<XlsSheet[]> {
  const { stream, biff5 } = workbookStream(bytes);
  if (biff5) await loadCodePages();
  const pieces = biff5 ? undefined : biffSheets(stream, pieceBytes);
  if (pieces) {
    const sheets = pieceSheets(pieces);
    if (sheets.length > 0) return sheets;
  }
  return wholeSheets(parseStream(stream));
}

/** One stored cell as a normalised cell. */
function cellOf(cell: XLSX.CellObject, date1904: boolean): Cell {
  switch (cell.t) {
    case 's':
      return textCell(String(cell.v ?? '').replace(/\r\n?/g, '\n'));
    case 'n':
    case 'b':
      return normalizeCell(cell.v, cell.z as string | undefined, date1904);
    case 'e':
      return normalizeCell({ error: ERRORS[cell.v as number] ?? '#VALUE!' }, undefined, date1904);
    case 'd':
      return normalizeCell(cell.v instanceof Date ? cell.v : new Date(String(cell.v)), cell.z as string, date1904);
    default:
      return emptyCell();
  }
}

/** A stored row's cells, trailing empty cells left off; undefined when it holds nothing. */
function rowCells(stored: (XLSX.CellObject | undefined)[], date1904: boolean): Cell[] | undefined {
  const cells: Cell[] = [];
  let length = 0;
  for (let column = 0; column < stored.length; column++) {
    const value = stored[column];
    const cell = value ? cellOf(value, date1904) : emptyCell();
    cells.push(cell);
    if (cell.kind !== 'empty') length = column + 1;
  }
  if (length === 0) return undefined;
  cells.length = length;
  return cells;
}

function mergesOf(sheet: XLSX.WorkSheet): MergeRange[] {
  return (sheet['!merges'] ?? []).map(({ s, e }) => ({
    firstRow: s.r + 1,
    lastRow: e.r + 1,
    firstColumn: s.c,
    lastColumn: e.c,
  }));
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function* sheetBatches(sheet: XlsSheet, signal?: AbortSignal): AsyncGenerator<SheetRow[]> {
  let batch: SheetRow[] = [];
  for (const { data, date1904 } of sheet.parsed()) {
    for (let index = 0; index < data.length; index++) {
      const stored = data[index];
      if (!stored) continue;
      signal?.throwIfAborted();
      // SheetJS's cells take far more memory than ours: each row is let go once converted.
      data[index] = undefined as never;
      const cells = rowCells(stored, date1904);
      if (cells) batch.push({ rowNumber: index + 1, cells });
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
        await nextTurn();
      }
    }
    // Each piece's rows go out before the next piece is parsed.
    if (batch.length) {
      yield batch;
      batch = [];
      await nextTurn();
    }
  }
}

/** The names of the sheets of an .xls/.et file, in tab order. */
export async function readXlsSheetNames(file: string): Promise<{ name: string; hidden: boolean }[]> {
  return (await openSheets(await readBytes(file))).map(({ name, hidden }) => ({ name, hidden }));
}

/**
 * The sheets of an .xls/.et file, in tab order (chart sheets left out), each with its merged
 * ranges. A damaged, password-protected or too large file throws AppError BAD_INPUT saying what
 * to do; an encrypted .xlsx (also a compound file) gets the .xlsx password message.
 */
export async function* readXlsSheets(file: string, options: ReadOptions = {}): AsyncGenerator<SheetRows> {
  const { signal } = options;
  signal?.throwIfAborted();
  const sheets = await openSheets(await readBytes(file));
  for (const sheet of sheets) {
    signal?.throwIfAborted();
    const batches = sheetBatches(sheet, signal);
    try {
      yield { name: sheet.name, hidden: sheet.hidden, merges: sheet.merges, rows: oneByOne(batches, signal), batches };
    } finally {
      // A sheet left half read (or not read) is closed before the next one.
      await batches.return(undefined);
    }
  }
}
