/**
 * Merged cells. A cell merged down over several rows gives its value to every row it covers (the
 * usual way offices group a roster by 社区, 网格 or 包保干部); a cell merged across columns gives
 * its value to its first column only, which is where the file already has it. Header rows are
 * filled the same way, which the header finder expects (a header merged over two rows names its
 * column in both).
 */
import { rowBatches, type MergeRange, type SheetRow, type SheetRows } from './sheet';

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
 * Fills each sheet row covered by a vertical merge with the value of the merge's first cell, in
 * the merge's first column, and notes the columns so filled in row.merged. The rows must come in
 * order of their numbers (the readers see to it). Rows the file leaves out (nothing but the merge
 * covers them) stay out: a row holding nothing of its own is no data.
 */
export async function* fillMerges(
  batches: AsyncIterable<SheetRow[]>,
  merges: readonly MergeRange[],
): AsyncGenerator<SheetRow[]> {
  const vertical = merges.filter((m) => m.lastRow > m.firstRow).sort((a, b) => a.firstRow - b.firstRow);
  if (vertical.length === 0) {
    yield* batches;
    return;
  }
  let next = 0;
  /** Merges begun above the current row that still cover rows, with the value they give. */
  let active: { range: MergeRange; cell: SheetRow['cells'][number] | undefined }[] = [];
  for await (const rows of batches) {
    for (const row of rows) {
      if (active.length > 0) {
        active = active.filter((a) => a.range.lastRow >= row.rowNumber);
        for (const { range, cell } of active) {
          if (!cell || range.firstRow >= row.rowNumber) continue;
          const own = row.cells[range.firstColumn];
          if (own && own.kind !== 'empty') continue;
          while (row.cells.length < range.firstColumn) row.cells.push({ kind: 'empty', text: '' });
          row.cells[range.firstColumn] = cell;
          (row.merged ??= []).push(range.firstColumn);
        }
      }
      // Merges that begin at or above this row: their value is in their first row, if it is in the file.
      while (next < vertical.length && vertical[next]!.firstRow <= row.rowNumber) {
        const range = vertical[next++]!;
        if (range.lastRow <= row.rowNumber) continue;
        const cell = range.firstRow === row.rowNumber ? row.cells[range.firstColumn] : undefined;
        active.push({ range, cell: cell && cell.kind !== 'empty' ? cell : undefined });
      }
    }
    yield rows;
  }
}

/** A sheet as read, with the values of its cells merged down filled into the rows they cover. */
export function withMergesFilled(sheet: SheetRows): SheetRows {
  if (!sheet.merges?.some((m) => m.lastRow > m.firstRow)) return sheet;
  const batches = fillMerges(rowBatches(sheet), sheet.merges);
  async function* rows() {
    for await (const batch of batches) yield* batch;
  }
  return { ...sheet, rows: rows(), batches };
}
