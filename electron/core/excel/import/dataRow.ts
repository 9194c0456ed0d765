/**
 * Which rows below a sheet's header are data: not blank, not a total or a note (read/dataRows.ts),
 * not a row holding nothing but a 序号 (a template numbered in advance), and not the header again
 * (pages of a printed roster pasted one under another).
 */
import { classifyValues, cleanHeader, type DetectedHeader } from '../read';
import { compactText, type CompactRow } from './compactRows';

const ROW_NUMBER = /^(序号|编号|行号|顺序号|no\.?|№)$/i;

/** What a sheet's rows are judged by, worked out once per header. */
export interface RowJudge {
  headerRow: number;
  columnCount: number;
  /** Columns that number the rows: a value there alone makes no data. */
  numbering: number[];
  /** The header's cleaned text by column, to know it again. */
  headerTexts: Map<number, string>;
  /** A column whose header a data row hardly ever holds (not a 序号), and that header's first character. */
  probe: { column: number; first: string } | null;
}

const judges = new WeakMap<DetectedHeader, RowJudge>();

export function rowJudge(header: DetectedHeader): RowJudge {
  let judge = judges.get(header);
  if (!judge) {
    judge = {
      headerRow: header.headerRowNumber,
      columnCount: header.columns.length,
      numbering: header.columns.filter((c) => ROW_NUMBER.test(c.header)).map((c) => c.index),
      headerTexts: new Map(header.columns.map((c) => [c.index, c.header])),
      probe: null,
    };
    const named = header.columns.find((c) => !ROW_NUMBER.test(c.header) && c.header.length > 0);
    if (named) judge.probe = { column: named.index, first: named.header[0]! };
    judges.set(header, judge);
  }
  return judge;
}

/** The row repeats the header: most of its cells read as the header's do. */
function isHeaderAgain(row: CompactRow, judge: RowJudge): boolean {
  let same = 0;
  for (const [column, text] of judge.headerTexts) {
    const cell = row.cells[column];
    if (typeof cell === 'string' && cleanHeader(cell) === text) same++;
  }
  return same >= Math.max(2, Math.ceil(judge.headerTexts.size * 0.6));
}

/** The row holds nothing of its own but its 序号 (a template numbered ahead of its rows). */
function onlyNumbered(row: CompactRow, judge: RowJudge): boolean {
  if (judge.numbering.length === 0) return false;
  for (let i = 0; i < row.cells.length; i++) {
    if (judge.numbering.includes(i) || row.merged?.includes(i)) continue;
    if (compactText(row.cells[i]).trim() !== '') return false;
  }
  return true;
}

/** A row below the header that holds data of its own. */
export function isDataRow(row: CompactRow, judge: RowJudge): boolean {
  if (row.rowNumber <= judge.headerRow) return false;
  if (classifyValues(row.cells, judge.columnCount, row.merged) !== 'data') return false;
  if (onlyNumbered(row, judge)) return false;
  // Cheap first: a repeated header holds a header's first character where the header has it.
  const probe = judge.probe && row.cells[judge.probe.column];
  if (typeof probe === 'string' && probe.includes(judge.probe!.first) && isHeaderAgain(row, judge)) return false;
  return true;
}
