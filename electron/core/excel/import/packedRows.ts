/**
 * Rows on their way from the reader thread to the import thread. Cloning between threads costs
 * by the object: a batch of rows as objects, each with its array of cells and its pinyin, costs
 * about three times what the same values cost in a few flat arrays. So the reader packs a batch
 * and the import thread unpacks it into rows again.
 */
import type { SheetRow } from '../read';
import { compactCell, type CompactCell, type CompactRow, type NamePinyinOf } from './compactRows';

export interface PackedRows {
  /** Per row: its number, then how many cells it has. */
  shape: number[];
  /** Every row's cells, one row after the other. */
  cells: CompactCell[];
  /** Per row with its name's pinyin: its index in the batch, then the name, full and initials. */
  pinyin: (number | string)[];
  /** Per cell filled from a merged cell above: its row's index in the batch, then its column. */
  merged: number[];
}

export class RowPacker {
  private shape: number[] = [];
  private cells: CompactCell[] = [];
  private pinyin: (number | string)[] = [];
  private merged: number[] = [];

  /** Rows packed since the last take(). */
  get size(): number {
    return this.shape.length / 2;
  }

  add(row: SheetRow, pinyin?: NamePinyinOf): void {
    if (pinyin) this.pinyin.push(this.size, pinyin.name, pinyin.full, pinyin.initials);
    if (row.merged) for (const column of row.merged) this.merged.push(this.size, column);
    this.shape.push(row.rowNumber, row.cells.length);
    for (const cell of row.cells) this.cells.push(compactCell(cell));
  }

  take(): PackedRows {
    const packed = { shape: this.shape, cells: this.cells, pinyin: this.pinyin, merged: this.merged };
    this.shape = [];
    this.cells = [];
    this.pinyin = [];
    this.merged = [];
    return packed;
  }
}

export function unpackRows({ shape, cells, pinyin, merged }: PackedRows): CompactRow[] {
  const rows: CompactRow[] = new Array(shape.length / 2);
  for (let i = 0, at = 0; i < rows.length; i++) {
    const width = shape[2 * i + 1]!;
    rows[i] = { rowNumber: shape[2 * i]!, cells: cells.slice(at, at + width), pinyin: undefined };
    at += width;
  }
  for (let k = 0; k < pinyin.length; k += 4) {
    rows[pinyin[k] as number]!.pinyin = {
      name: pinyin[k + 1] as string,
      full: pinyin[k + 2] as string,
      initials: pinyin[k + 3] as string,
    };
  }
  for (let k = 0; k < merged.length; k += 2) (rows[merged[k]!]!.merged ??= []).push(merged[k + 1]!);
  return rows;
}
