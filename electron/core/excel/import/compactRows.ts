import { emptyCell, normalizeCell, textCell, type Cell, type SheetRow } from '../read';

/**
 * A row kept for the length of an import, small: each cell is its text, or its number when it
 * was a number, or nothing. 100,000 rows of Cell objects would cost several hundred MB; this
 * costs a fraction, and Cells are made again, one row at a time, when a row is looked at.
 * Date cells keep their 'YYYY-MM-DD' text, which the date parser reads the same way.
 */
export type CompactCell = string | number | undefined;

export interface CompactRow {
  rowNumber: number;
  cells: CompactCell[];
}

export function compact(row: SheetRow): CompactRow {
  const cells: CompactCell[] = new Array(row.cells.length);
  row.cells.forEach((cell, i) => {
    if (cell.kind === 'empty') return;
    cells[i] = cell.kind === 'number' && cell.number !== undefined ? cell.number : cell.text;
  });
  return { rowNumber: row.rowNumber, cells };
}

export function expand(cells: CompactCell[]): Cell[] {
  return Array.from(cells, (value) =>
    value === undefined
      ? emptyCell()
      : typeof value === 'number'
        ? normalizeCell(value, undefined, false)
        : textCell(value),
  );
}

export function expandRow(row: CompactRow): SheetRow {
  return { rowNumber: row.rowNumber, cells: expand(row.cells) };
}
