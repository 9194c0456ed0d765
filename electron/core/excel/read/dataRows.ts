/**
 * What a row below the header is: data, or one of the lines offices add around their data —
 * blank rows, a totals line (合计：40人), signatures and notes (填表人：…  审核人：…).
 */
import type { Cell } from './cells';

export type RowClass = 'data' | 'blank' | 'total' | 'note';

const TOTAL = /^(合计|总计|小计|共计|总数)/;
const NOTE =
  /^(填表人|填报人|制表人|审核人|审批人|统计人|报送人|负责人|单位负责人|主管领导|分管领导|经办人|联系人|联系电话|填表日期|制表日期|报送日期|填报日期|制表[:：]|审核[:：]|签发|备注|说明|注[:：]|注\d|以下空白|以下无|签字|签名|盖章|单位[（(]?盖章)/;

/** The text as compared: full-width forms folded, no whitespace ('合    计' is 合计). */
const compact = (text: string) => text.normalize('NFKC').replace(/[\s\u200b\ufeff]+/gu, '');

/**
 * True when the text holds more than whitespace: the same as compact(text) !== '' (no character
 * outside this set folds to whitespace), without folding every cell of every row.
 */
const VISIBLE = /[^\s\u200b\ufeff]/u;

/** A row's values as the reader keeps them: text, a number, or nothing. */
export type RowValue = string | number | undefined;

/**
 * blank: nothing but whitespace (or only values borrowed from merged cells above). total: the first non-empty cell starts with 合计/总计/小计/共计.
 * note: the first non-empty cell is a signature or note label (填表人, 审核人, 备注：, 注：…)
 * and at most half of the columns hold anything. Anything else is data.
 */
export function classifyValues(
  values: readonly RowValue[],
  columnCount: number,
  /** Columns not the row's own (filled from a merged cell above): they make no row data. */
  borrowed?: readonly number[],
): RowClass {
  let filled = 0;
  let first: string | undefined;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === undefined || borrowed?.includes(i)) continue;
    if (typeof value === 'number') {
      filled++;
      first ??= '';
      continue;
    }
    if (!VISIBLE.test(value)) continue;
    filled++;
    first ??= value;
  }
  if (filled === 0) return 'blank';
  // A number is never a total's or a note's label.
  if (first === '') return 'data';
  const text = compact(first!);
  if (TOTAL.test(text)) return 'total';
  if (NOTE.test(text) && filled <= Math.max(1, Math.floor(columnCount / 2))) return 'note';
  return 'data';
}

/** classifyValues over normalised cells; borrowed: the columns filled from merged cells above (SheetRow.merged). */
export function classifyRow(cells: Cell[], columnCount: number, borrowed?: readonly number[]): RowClass {
  return classifyValues(
    cells.map((cell) => (cell.kind === 'empty' ? undefined : cell.text)),
    columnCount,
    borrowed,
  );
}
