import type { NamePinyin } from '../../ledgers/namePinyin';
import { emptyCell, normalizeCell, textCell, type Cell, type SheetRow } from '../read';
import { plainNumberText } from '../read/numberText';

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
  /**
   * The pinyin of the name in the row's name column, cleaned as the validator cleans a name, when
   * the reader thread made it (see readerThread.ts); used once, then dropped.
   */
  pinyin?: NamePinyinOf;
  /** The columns filled from a cell merged down from above (see read/merges.ts). */
  merged?: number[];
  /** The columns whose ditto mark (同上, 〃 …) was replaced by the value it stands for (see ditto.ts). */
  ditto?: number[];
  /** The columns whose 同左 was replaced by the value to their left. */
  dittoLeft?: number[];
  /** The columns whose ditto mark had nothing above (or to the left) to stand for: cleared. */
  dittoMissing?: number[];
}

/** A name's pinyin, with the name it is of: used only for an entry of that very name. */
export interface NamePinyinOf extends NamePinyin {
  name: string;
}

/** A kept cell as text: numbers as their plain digits (an ID stored as a number keeps them all). */
export function compactText(cell: CompactCell): string {
  return cell === undefined ? '' : typeof cell === 'number' ? plainNumberText(cell) : cell;
}

export function compactCell(cell: Cell): CompactCell {
  if (cell.kind === 'empty') return undefined;
  return cell.kind === 'number' && cell.number !== undefined ? cell.number : cell.text;
}

export function compact(row: SheetRow): CompactRow {
  const compacted: CompactRow = { rowNumber: row.rowNumber, cells: row.cells.map(compactCell) };
  if (row.merged) compacted.merged = row.merged;
  return compacted;
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
