/** The shape every reader (xlsx, csv) gives: sheets of numbered rows of normalised cells. */
import type { Cell } from './cells';
import type { SheetScan } from './sheetScan';

export interface SheetRow {
  /** The row number Excel shows (1-based); rows that hold nothing may be missing. */
  rowNumber: number;
  /** Index 0 is column A; gaps are empty cells; trailing empty cells are left off. */
  cells: Cell[];
  /** The columns whose value comes from a cell merged down from a row above (see merges.ts). */
  merged?: number[];
}

/** A merged range of cells, as the file declares it: rows as Excel numbers them (1-based), columns 0 = A. */
export interface MergeRange {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

export interface SheetRows {
  name: string;
  /**
   * The sheet's merged ranges, known before its rows are read; the rows themselves come with the
   * merges not yet filled in (see fillMerges in merges.ts, which readSheets applies).
   */
  merges?: MergeRange[];
  /** A sheet hidden in Excel/WPS. */
  hidden?: boolean;
  /**
   * The rows, streamed, in order; read once. Read them before asking for the next sheet: the
   * file is read front to back, so a sheet left behind cannot be read later.
   */
  rows: AsyncIterable<SheetRow>;
  /**
   * The same rows a batch at a time, where the reader has them so (an .xlsx sheet): one await per
   * batch rather than per row. Read either this or rows, not both; see rowBatches.
   */
  batches?: AsyncIterable<SheetRow[]>;
}

/** A sheet's batches row by row, stopping at the row where the signal came. */
export async function* oneByOne(batches: AsyncIterable<SheetRow[]>, signal?: AbortSignal): AsyncGenerator<SheetRow> {
  for await (const batch of batches) {
    for (const row of batch) {
      signal?.throwIfAborted();
      yield row;
    }
  }
}

/** A sheet's rows in batches: its own when it has them, else one row per batch. */
export async function* rowBatches(sheet: SheetRows): AsyncGenerator<SheetRow[]> {
  if (sheet.batches) yield* sheet.batches;
  else for await (const row of sheet.rows) yield [row];
}

export interface ReadOptions {
  /** Stops the reading; the iteration then throws the signal's reason. */
  signal?: AbortSignal;
  /**
   * An .xlsx sheet part's merges and row order (see sheetScan.ts), looked through elsewhere (the
   * import thread does it while this thread reads the shared strings); undefined: look here.
   */
  scanOf?: (part: string) => Promise<SheetScan | undefined>;
}
