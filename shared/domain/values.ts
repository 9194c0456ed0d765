/** Small parsers for the fields staff define on their own ledger kinds. */
import { bad, good, type Check } from './check';
import { BOOL_OPTIONS, matchOptionIn } from './options';
import { cleanText, quote } from './text';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** A number from 12, '1,234.5', '１２３', '-0.5'; not from '', 'abc', NaN or Infinity. */
export function parseNumber(raw: unknown): Check<number> {
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? good(raw) : bad(`无法识别的数字${quote(String(raw))}，请填写数字，如 12 或 3.5`);
  }
  if (raw !== null && raw !== undefined && typeof raw !== 'string') return bad('应填写数字，如 12 或 3.5');
  const text = cleanText(raw);
  if (text === '') return bad('数字未填写');
  const plain = text.replace(/\s+/g, '');
  const candidate = GROUPED.test(plain) ? plain.replace(/,/g, '') : plain;
  const n = NUMBER.test(candidate) ? Number(candidate) : Number.NaN;
  if (!Number.isFinite(n)) return bad(`无法识别的数字${quote(text)}，请填写数字，如 12 或 3.5`);
  return good(n);
}

/**
 * 是/否, 有/无, Y/N, yes/no, true/false, 1/0, √/×, ✓/✗ (and a boolean cell) → true/false; `words`
 * are a field's own words for 是 and 否 (FieldDef.optionWords), besides the common ones (options.ts).
 */
export function parseYesNo(raw: unknown, words?: Record<string, readonly string[]>): Check<boolean> {
  if (typeof raw === 'boolean') return good(raw);
  if (raw !== null && raw !== undefined && typeof raw !== 'string' && typeof raw !== 'number') {
    return bad('请填写“是”或“否”');
  }
  const text = cleanText(raw);
  if (text === '') return bad('是/否未填写');
  const found = matchOptionIn(BOOL_OPTIONS, words, text, { bool: true }).option;
  if (found !== null) return good(found === '是');
  return bad(`无法识别${quote(text)}，请填写“是”或“否”`);
}

/**
 * One of `options`: the option equal to the text (ignoring case, width and spaces), else an option
 * one of whose `words` it is (FieldDef.optionWords: 血液透析 → 血透), else the only option that
 * contains the text or is contained in it. The message names `label` and lists the options.
 */
export function parseChoice(
  raw: unknown,
  options: readonly string[],
  label: string,
  words?: Record<string, readonly string[]>,
): Check<string> {
  if (raw !== null && raw !== undefined && typeof raw !== 'string' && typeof raw !== 'number') {
    return bad(`${label}应为文字，请填写：${options.join('、')} 之一`);
  }
  const text = cleanText(raw);
  if (text === '') return bad(`${label}未填写`);
  if (options.length === 0) return bad(`${label}还没有设置可选项，请先在设置中添加`);
  const match = matchOptionIn(options, words, text);
  if (match.option !== null) return good(match.option);
  if (match.near.length > 1) return bad(`${label}${quote(text)}可能是 ${match.near.join('、')} 中的任一个，请写完整`);
  return bad(`${label}${quote(text)}不在可选项中，请填写：${options.join('、')} 之一`);
}

/**
 * The pieces of a 多选 text, cleaned, as parseMultiChoice reads them: an option (or a word) that
 * itself holds a separator ('高血压/糖尿病') whole, else the text split at 、 , ， ; ； / and spaces.
 */
export function multiChoicePieces(
  raw: unknown,
  options: readonly string[],
  words?: Record<string, readonly string[]>,
): string[] {
  const text = cleanText(raw);
  if (text === '') return [];
  const whole = matchOptionIn(options, words, text, { loose: false }).option;
  return whole !== null ? [whole] : text.split(/[、,;/\s]+/).filter(Boolean);
}

/** Several of `options`, separated by 、 , ， ; ； / or spaces (or given as an array); unique, in the order given. */
export function parseMultiChoice(
  raw: unknown,
  options: readonly string[],
  label: string,
  words?: Record<string, readonly string[]>,
): Check<string[]> {
  let pieces: unknown[];
  if (Array.isArray(raw)) pieces = raw.filter((p) => cleanText(p) !== '');
  else {
    if (raw !== null && raw !== undefined && typeof raw !== 'string' && typeof raw !== 'number') {
      return bad(`${label}应为文字，请从 ${options.join('、')} 中选择`);
    }
    pieces = multiChoicePieces(raw, options, words);
  }
  if (pieces.length === 0) return bad(`${label}未填写`);

  const chosen: string[] = [];
  for (const piece of pieces) {
    const one = parseChoice(piece, options, label, words);
    if (!one.ok) return one;
    if (!chosen.includes(one.value)) chosen.push(one.value);
  }
  return good(chosen);
}
