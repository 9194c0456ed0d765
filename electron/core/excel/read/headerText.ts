/**
 * Header cell text made comparable, and the lines above a header that are not headers: the
 * title, and the 填报单位 / 填报日期 line.
 */
import type { Cell } from './cells';

/**
 * NFKC (full-width to half-width), without any whitespace (newlines, \u3000 included), '*'
 * markers, bracketed notes like （必填）or (cm), and a trailing ':'.
 */
export function cleanHeader(text: string): string {
  let s = text.normalize('NFKC').replace(/[\s\u200b-\u200d\ufeff]+/gu, '');
  s = s.replace(/[*★☆]/g, '');
  const unbracketed = s.replace(/\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕/g, '');
  if (unbracketed !== '') s = unbracketed;
  return s.replace(/:+$/, '');
}

const UNIT_LABELS = ['填报单位', '填表单位', '报送单位', '上报单位', '单位名称'];
const DATE_LABELS = ['填报日期', '填表日期', '报送日期', '上报日期', '统计日期', '填报时间', '统计时间', '制表日期'];
const ALL_LABELS = [...UNIT_LABELS, ...DATE_LABELS];
const META_START = new RegExp(`^(?:${ALL_LABELS.join('|')})`);

/** True for a row holding 填报单位 / 填报日期 (or the like), which is never the header. */
export function isMetaRow(cells: Cell[]): boolean {
  return cells.some((cell) => META_START.test(cleanHeader(cell.text)));
}

/** The cleaned, non-empty texts of a row. */
export function nonEmptyTexts(cells: Cell[]): string[] {
  return cells.map((cell) => cleanHeader(cell.text)).filter((text) => text !== '');
}

/** A merged title: one value, alone or repeated across the merged range (non-streaming reader). */
export function isTitleRow(cells: Cell[]): boolean {
  return new Set(nonEmptyTexts(cells)).size === 1 && !isMetaRow(cells);
}

/**
 * The value written after one of the labels ('填报日期：2022年4月18日' gives '2022年4月18日'),
 * up to a wide gap or the next label; a label alone in its cell takes the next cell's text.
 */
function labelledValue(cells: Cell[], labels: string[]): string | undefined {
  // 填报单位（盖章）：… — a bracketed note may stand between the label and its colon.
  const label = new RegExp(`(?:^|\\s)(?:${labels.join('|')})\\s*(?:\\([^()]*\\)\\s*)?(?::|$)`);
  const nextLabel = new RegExp(`\\s{2,}|\\s*(?:${ALL_LABELS.join('|')})`);
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i]!.text.normalize('NFKC').trim();
    const match = label.exec(text);
    if (!match) continue;
    let rest = text.slice(match.index + match[0].length);
    const end = rest.search(nextLabel);
    if (end >= 0) rest = rest.slice(0, end);
    if (rest.trim()) return rest.trim();
    const next = cells.slice(i + 1).find((cell) => cell.text.trim() !== '');
    if (next && !META_START.test(cleanHeader(next.text))) return next.text.trim();
  }
  return undefined;
}

export interface HeaderContext {
  title?: string;
  unit?: string;
  reportDate?: string;
}

/** The title and the 填报单位 / 填报日期 values from the rows above the header. */
export function headerContext(rowsAbove: { cells: Cell[] }[]): HeaderContext {
  const context: HeaderContext = {};
  for (const { cells } of rowsAbove) {
    if (context.title === undefined && isTitleRow(cells)) {
      context.title = cells.find((cell) => cell.text.trim() !== '')!.text.trim();
    }
    context.unit ??= labelledValue(cells, UNIT_LABELS);
    context.reportDate ??= labelledValue(cells, DATE_LABELS);
  }
  for (const key of Object.keys(context) as (keyof HeaderContext)[])
    if (context[key] === undefined) delete context[key];
  return context;
}
