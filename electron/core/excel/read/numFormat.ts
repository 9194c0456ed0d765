/**
 * Excel number formats: which ones show a date or a time.
 *
 * A cell holds a number; its number format decides whether Excel shows it as 44809 or as
 * 2022/9/5. The tokens y, m, d, h, s (and AM/PM, b for the Buddhist year) outside quoted
 * literals and [bracketed] sections make a date or time format.
 */

/**
 * Built-in formats of a Chinese (zh-CN) Excel/WPS that show dates or times. A file may refer to
 * them by id alone, without writing the format code; ids 14–22 are the same in every locale,
 * 27–36 and 50–58 are the East Asian ones.
 */
const BUILTIN_DATE_FORMATS: Record<number, string> = {
  14: 'yyyy/m/d',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy/m/d h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mm:ss.0',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** The format code of a built-in date/time format id, or undefined for any other id. */
export function builtinDateFormat(id: number): string | undefined {
  return BUILTIN_DATE_FORMATS[id];
}

/** The format with quoted literals, [sections], escaped and padding characters removed. */
function formatTokens(format: string): string {
  // Only the first section counts: positive numbers (dates are positive).
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .split(';')[0]!;
}

/** What a format shows a number as: 0 a number, 1 a date (and maybe a time), 2 a time of day only. */
type Shows = 0 | 1 | 2;

function classify(format: string): Shows {
  const tokens = formatTokens(format);
  const date = /[ymdhsb]/i.test(tokens.replace(/General|通用格式/gi, '')) || /AM\/PM|A\/P|上午\/下午/i.test(tokens);
  if (!date) return 0;
  return !/[ydb]/i.test(tokens) && /[hs]|AM\/PM|上午\/下午/i.test(tokens) ? 2 : 1;
}

/**
 * Decisions by format code: a workbook uses a handful of formats for a million cells, so each
 * code is looked at once. Bounded, in case a file names a different code in every cell.
 */
const decided = new Map<string, Shows>();

function shows(format: string | undefined): Shows {
  if (!format) return 0;
  let known = decided.get(format);
  if (known === undefined) {
    known = classify(format);
    if (decided.size >= 1000) decided.clear();
    decided.set(format, known);
  }
  return known;
}

/** True when the format shows a number as a date and/or a time. */
export function isDateFormat(format: string | undefined): boolean {
  return shows(format) !== 0;
}

/** True when the format shows only a time of day (h:mm, mm:ss …), no calendar day. */
export function isTimeOnlyFormat(format: string | undefined): boolean {
  return shows(format) === 2;
}
