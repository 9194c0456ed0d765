/**
 * Ditto marks: offices write 同上 (or 〃, ", ″) for "the same as the row above" and 同左 for "the
 * same as the cell to the left". A data row's marks are replaced by the values they stand for, in
 * row order, so a mark under a mark takes the value the first one stood for.
 */
import type { CompactCell, CompactRow } from './compactRows';

/** Besides these words, a run of 〃, " or ″ (NFKC turns ＂ into " and ″ into ′′). */
const ABOVE = new Set(['同上', '同上行']);
const LEFT = new Set(['同左']);

/** True for a character a mark can begin with (同 〃 " ″ ＂, or a space before it). */
function canStartMark(code: number): boolean {
  switch (code) {
    case 0x540c: // 同
    case 0x3003: // 〃
    case 0x22: // "
    case 0x2033: // ″
    case 0xff02: // ＂
    case 0x20:
    case 0x3000:
    case 0x09:
      return true;
  }
  return false;
}

/** The mark a cell holds ('above' or 'left'), or null. */
export function dittoMark(cell: CompactCell): 'above' | 'left' | null {
  // Called for every cell of every row: most are rejected by their first character.
  if (typeof cell !== 'string' || cell.length > 8 || !canStartMark(cell.charCodeAt(0))) return null;
  const text = cell.normalize('NFKC').replace(/[\s。.]+/g, '');
  if (ABOVE.has(text) || /^[〃"′]+$/.test(text)) return 'above';
  if (LEFT.has(text)) return 'left';
  return null;
}

const blank = (cell: CompactCell) => cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/**
 * Replaces the row's ditto marks by the value above (the previous data row's cell, as resolved)
 * or to the left. A mark with nothing to stand for is cleared and listed in row.dittoMissing.
 */
export function resolveDitto(row: CompactRow, previous: CompactRow | undefined): void {
  // Nothing is noted on a row without marks (most rows): a second look at a resolved row finds none.
  const { cells } = row;
  for (let i = 0; i < cells.length; i++) {
    const mark = dittoMark(cells[i]);
    if (!mark) continue;
    const source = mark === 'left' ? cells[i - 1] : previous?.cells[i];
    if (blank(source)) {
      cells[i] = undefined;
      (row.dittoMissing ??= []).push(i);
    } else {
      cells[i] = source;
      if (mark === 'left') (row.dittoLeft ??= []).push(i);
      else (row.ditto ??= []).push(i);
    }
  }
}
