/**
 * Text cleaning shared by every parser: values come from Excel cells, forms and JSON,
 * so they may be numbers, carry full-width characters or odd whitespace.
 */
import { CLEAN, SPACED, textShape } from './plainText';

/** Zero-width characters that copy-paste from web pages and WeChat leaves behind. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** Middle-dot look-alikes people type in names of ethnic minorities (阿依古丽·买买提). */
const DOT_LIKE = /[\u30fb\uff65\u2022\u2027\u2219\u22c5\u0387]/g;

/** A space between two Chinese characters (or middle dots) of a name. */
const HAN_GAP = /(?<=[\p{Script=Han}·]) (?=[\p{Script=Han}·])/gu;

/**
 * A string for a string or a number, NFKC-normalised (full-width → half-width),
 * every run of whitespace (\u3000, newlines, tabs …) folded to one space, trimmed.
 * null, undefined and anything that is not text or a number give ''.
 */
export function cleanText(raw: unknown): string {
  let text: string;
  if (typeof raw === 'string') text = raw;
  else if (typeof raw === 'number' || typeof raw === 'bigint') text = String(raw);
  else return '';
  const shape = textShape(text);
  if (shape === CLEAN) return text;
  if (shape === SPACED) return text.replace(/\s+/g, ' ').trim();
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Full-width letters and digits (Ａ–Ｚ, ０–９): free text folds them to their usual form. */
const WIDE_LETTERS_DIGITS = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;

/**
 * Free text as the writer wrote it (an address, a note, a description): like cleanText, but its
 * punctuation is kept — '瘢痕子宫，既往剖宫产两次' keeps its '，' — only full-width letters and digits
 * are folded (３栋 → 3栋).
 */
export function cleanFreeText(raw: unknown): string {
  let text: string;
  if (typeof raw === 'string') text = raw;
  else if (typeof raw === 'number' || typeof raw === 'bigint') text = String(raw);
  else return '';
  const shape = textShape(text);
  if (shape === CLEAN) return text;
  if (shape === SPACED) return text.replace(/\s+/g, ' ').trim();
  return text
    .replace(WIDE_LETTERS_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A person's name: cleanText, without spaces between Chinese characters ('王 芳' → '王芳'),
 * keeping the middle dot of names like 阿依古丽·买买提 (and folding its look-alikes to '·').
 * Spaces between Latin words are kept.
 */
export function cleanName(raw: unknown): string {
  const text = cleanText(raw).replace(DOT_LIKE, '·');
  return text.includes(' ') ? text.replace(HAN_GAP, '') : text;
}

/** True for null, undefined, whitespace-only text and empty arrays. Numbers are never blank. */
export function isBlank(raw: unknown): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw === 'string') return cleanText(raw) === '';
  if (Array.isArray(raw)) return raw.length === 0;
  return false;
}

/** Quotes user text inside a message, cut short so a pasted paragraph does not flood it. */
export function quote(text: string, max = 30): string {
  return `“${text.length > max ? `${text.slice(0, max)}…` : text}”`;
}
