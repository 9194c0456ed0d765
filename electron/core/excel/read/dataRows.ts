/**
 * What a row below the header is: data, or one of the lines offices add around their data —
 * blank rows, a totals line (合计：40人), signatures and notes (填表人：…  审核人：…).
 */
import type { Cell } from './cells';

export type RowClass = 'data' | 'blank' | 'total' | 'note';

const TOTAL = /^(合计|总计|小计|共计|总数)/;
const NOTE =
  /^(填表人|填报人|制表人|审核人|审批人|负责人|单位负责人|主管领导|分管领导|经办人|联系人|联系电话|填表日期|制表日期|备注|说明|注[:：]|注\d|以下空白|以下无|签字|签名|盖章)/;

/** The text as compared: full-width forms folded, no whitespace ('合    计' is 合计). */
const compact = (text: string) => text.normalize('NFKC').replace(/[\s\u200b\ufeff]+/gu, '');

/**
 * blank: nothing but whitespace. total: the first non-empty cell starts with 合计/总计/小计/共计.
 * note: the first non-empty cell is a signature or note label (填表人, 审核人, 备注：, 注：…)
 * and at most half of the columns hold anything. Anything else is data.
 */
export function classifyRow(cells: Cell[], columnCount: number): RowClass {
  const filled = cells.filter((cell) => cell.kind !== 'empty' && compact(cell.text) !== '');
  if (filled.length === 0) return 'blank';
  const first = compact(filled[0]!.text);
  if (TOTAL.test(first)) return 'total';
  if (NOTE.test(first) && filled.length <= Math.max(1, Math.floor(columnCount / 2))) return 'note';
  return 'data';
}
