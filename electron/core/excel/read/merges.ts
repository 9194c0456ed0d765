/**
 * Merged cells. A cell merged down over several rows gives its value to every row it covers (the
 * usual way offices group a roster by 社区, 网格 or 包保干部); a cell merged across columns gives
 * its value to its first column only, which is where the file already has it. Header rows are
 * filled the same way, which the header finder expects (a header merged over two rows names its
 * column in both).
 */
import type { Cell } from './cells';
import { oneByOne, rowBatches, type MergeRange, type SheetRow, type SheetRows } from './sheet';

/** Column index (A = 0) and row number of a reference such as "AB12"; null when it is not one. */
function cellAt(reference: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(reference.trim());
  if (!match) return null;
  let column = 0;
  for (const letter of match[1]!.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  const row = Number(match[2]);
  return row >= 1 && column >= 1 && column <= 16_384 ? { row, column: column - 1 } : null;
}

/** "A4:A10" as a range; null when it is not one, or is a single cell. */
export function parseMergeRef(ref: string): MergeRange | null {
  const [from, to, more] = ref.split(':');
  if (from === undefined || to === undefined || more !== undefined) return null;
  const a = cellAt(from);
  const b = cellAt(to);
  if (!a || !b) return null;
  const range = {
    firstRow: Math.min(a.row, b.row),
    lastRow: Math.max(a.row, b.row),
    firstColumn: Math.min(a.column, b.column),
    lastColumn: Math.max(a.column, b.column),
  };
  return range.firstRow === range.lastRow && range.firstColumn === range.lastColumn ? null : range;
}

/**
 * The rows as a reader of the sheet sees them: each row covered by a merge below its first row
 * gets the merge's value in the merge's first column (noted in row.merged), and every other cell
 * a merge covers is empty. What a covered cell still holds is hidden (LibreOffice keeps it,
 * Excel shows only the merge): it is not read. The rows must come in order of their numbers (the
 * readers see to it). Rows the file leaves out (nothing but the merge covers them) stay out: a
 * row holding nothing of its own is no data.
 */
export async function* fillMerges(
  batches: AsyncIterable<SheetRow[]>,
  merges: readonly MergeRange[],
): AsyncGenerator<SheetRow[]> {
  const sorted = [...merges].sort((a, b) => a.firstRow - b.firstRow);
  if (sorted.length === 0) {
    yield* batches;
    return;
  }
  let next = 0;
  /** Merges that cover the current row, with the value they give the rows below their first. */
  let active: { range: MergeRange; cell: Cell | undefined }[] = [];
  for await (const rows of batches) {
    for (const row of rows) {
      active = active.filter((a) => a.range.lastRow >= row.rowNumber);
      // Merges that begin at or above this row: their value is in their first row, if it is in the file.
      while (next < sorted.length && sorted[next]!.firstRow <= row.rowNumber) {
        const range = sorted[next++]!;
        if (range.lastRow < row.rowNumber) continue;
        const cell = range.firstRow === row.rowNumber ? row.cells[range.firstColumn] : undefined;
        active.push({ range, cell: cell && cell.kind !== 'empty' ? cell : undefined });
      }
      for (const { range, cell } of active) cover(row, range, cell);
    }
    yield rows;
  }
}

/** One row as a merge covers it. */
function cover(row: SheetRow, range: MergeRange, value: Cell | undefined): void {
  const { cells } = row;
  const top = range.firstRow === row.rowNumber;
  const last = Math.min(range.lastColumn, cells.length - 1);
  for (let column = range.firstColumn + 1; column <= last; column++)
    if (cells[column]?.kind !== 'empty') cells[column] = EMPTY;
  if (top) return;
  if (value) {
    while (cells.length < range.firstColumn) cells.push(EMPTY);
    cells[range.firstColumn] = value;
    (row.merged ??= []).push(range.firstColumn);
  } else if (range.firstColumn < cells.length) cells[range.firstColumn] = EMPTY;
}

const EMPTY: Cell = Object.freeze({ kind: 'empty', text: '' }) as Cell;

/** A sheet as read, with the values of its cells merged down filled into the rows they cover. */
export function withMergesFilled(sheet: SheetRows): SheetRows {
  if (!sheet.merges?.length) return sheet;
  const batches = fillMerges(rowBatches(sheet), sheet.merges);
  return { ...sheet, rows: oneByOne(batches), batches };
}
