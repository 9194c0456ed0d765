/**
 * Chinese resident identity numbers (公民身份号码), GB 11643-1999: 6-digit region code,
 * 8-digit birth date, 3-digit sequence (odd for men, even for women), MOD 11-2 check character.
 */
import { bad, good, type Check } from './check';
import { isValidDate } from './dates';

export interface IdInfo {
  idNumber: string;
  birthDate: string;
  gender: '男' | '女';
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** Province-level codes (the first two digits): mainland, 台湾 71, 香港 81, 澳门 82, 台湾居民居住证 83, 外国人 91. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82, 83, 91,
]);

const REDO = '请把该列设为文本后重新填写';

/** The MOD 11-2 check character of the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/**
 * The text of an ID number as typed or stored: full-width digits and Ｘ folded, whitespace removed,
 * Excel's leading apostrophe and surrounding quotes dropped, x upper-cased. A number gives its
 * integer digits without exponent (as Excel shows it).
 */
export function normalizeIdText(raw: unknown): string {
  let text: string;
  if (typeof raw === 'string') text = raw;
  else if (typeof raw === 'bigint') text = raw.toString();
  else if (typeof raw === 'number') text = numberDigits(raw);
  else return '';
  if (isAsciiAlphanumeric(text)) return text.toUpperCase();
  return text
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '')
    .replace(/^['‘’`]/, '')
    .replace(/^(["'“”‘’「『])(.*)(["'“”‘’」』])$/, '$2')
    .toUpperCase();
}

/** Only ASCII digits and letters: nothing for normalizeIdText to fold or strip but the case. */
function isAsciiAlphanumeric(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) return false;
  }
  return true;
}

/** Integer digits of a number as Excel displays them: 220112199701156000, never 2.20112199701156e+17. */
function numberDigits(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) >= 1e21) return BigInt(n).toString();
  return String(n); // below 1e21 JavaScript prints integers in plain digits
}

/**
 * The earliest birth date accepted by default. GB 11643-1999's own example 440524188001010014 is
 * born in 1880, so the default lets it through; callers wanting a stricter bound pass one.
 */
export const EARLIEST_BIRTH = '1800-01-01';

/**
 * A valid 18-character ID number with the birth date and gender it encodes. 15-digit numbers of
 * the first generation are converted (19 inserted before the year, check character appended).
 * The birth date must be a real day, not after `today` ('YYYY-MM-DD') and not before
 * `options.earliestBirth` (default EARLIEST_BIRTH).
 */
export function parseIdNumber(raw: unknown, today: string, options: { earliestBirth?: string } = {}): Check<IdInfo> {
  const earliest = options.earliestBirth ?? EARLIEST_BIRTH;
  if (
    raw !== null &&
    raw !== undefined &&
    typeof raw !== 'string' &&
    typeof raw !== 'number' &&
    typeof raw !== 'bigint'
  ) {
    return bad('身份证号应为文字，请填写 18 位号码');
  }
  // A number this large has already lost its last digits (Excel keeps 15 significant digits).
  const lossy = typeof raw === 'number' && !Number.isSafeInteger(raw);
  const text = normalizeIdText(raw);
  if (text === '') return bad('身份证号未填写');
  if (/^\d(\.\d+)?E\+?\d+$/.test(text)) {
    return bad(`身份证号显示成了科学计数法“${text}”，后几位已丢失，${REDO}`);
  }

  let first17: string;
  let given: string | undefined;
  if (text.length === 18) {
    const wrong = /[^\d]/.exec(text.slice(0, 17)) ?? /[^\dX]/.exec(text.slice(17));
    if (wrong) return bad(`身份证号“${text}”中有“${wrong[0]}”：前 17 位只能是数字，最后一位是数字或 X，请核对`);
    first17 = text.slice(0, 17);
    given = text[17];
  } else if (text.length === 15) {
    const wrong = /[^\d]/.exec(text);
    if (wrong) return bad(`15 位的老身份证号“${text}”中有“${wrong[0]}”：只能是数字，请核对`);
    first17 = `${text.slice(0, 6)}19${text.slice(6)}`;
  } else {
    return bad(`身份证号应为 18 位，现在是 ${text.length} 位${text.length <= 40 ? `（${text}）` : ''}，请核对`);
  }

  const province = first17.slice(0, 2);
  if (!PROVINCES.has(Number(province))) return bad(`身份证号开头的省份代码 ${province} 不存在，请核对`);

  const birth = first17.slice(6, 14);
  const [y, m, d] = [Number(birth.slice(0, 4)), Number(birth.slice(4, 6)), Number(birth.slice(6, 8))];
  if (!isValidDate(y, m, d)) return bad(`身份证号中的出生日期 ${birth} 不存在，请核对`);
  const birthDate = `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`;
  if (birthDate < earliest) return bad(`身份证号中的出生日期 ${birth} 早于 ${earliest}，请核对`);
  if (birthDate > today) return bad(`身份证号中的出生日期 ${birth} 晚于今天，请核对`);

  const expected = idCheckChar(first17);
  if (given !== undefined && given !== expected) {
    if (text.endsWith('000'))
      return bad(`身份证号校验位不对，且末尾是 000：可能被 Excel 存成了数字而丢失了后三位，${REDO}`);
    if (lossy) return bad(`身份证号 ${text} 被存成了数字，后几位可能已丢失，${REDO}`);
    return bad(`身份证号校验位不对：最后一位应为 ${expected}，请核对是否抄错`);
  }
  if (lossy) return bad(`身份证号 ${text} 被存成了数字，后几位可能已丢失，无法确认是否准确，${REDO}`);

  const gender = Number(first17[16]) % 2 === 1 ? '男' : '女';
  // An 18-character number that passed is already what it should be (and one string, not two joined).
  return good({ idNumber: given === undefined ? first17 + expected : text, birthDate, gender });
}

/** '220104198503204944' → '220104********4944'; anything else: all but the last 4 characters masked. */
export function maskIdNumber(id: string): string {
  if (id.length === 18) return `${id.slice(0, 6)}********${id.slice(14)}`;
  return id.length <= 4 ? id : '*'.repeat(id.length - 4) + id.slice(-4);
}
