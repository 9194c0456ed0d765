/**
 * Calendar dates as text 'YYYY-MM-DD'. Arithmetic uses day numbers from Date.UTC and never
 * local-time Date, so nothing here depends on the machine's time zone.
 */
import { bad, good, type Check } from './check';
import { cleanText, quote } from './text';

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const DAY_MS = 86_400_000;
const OFFICE_OFFSET_MS = 8 * 3600_000; // Asia/Shanghai

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (MONTH_DAYS[m - 1] ?? 0);
}

/** True when y-m-d is a real day of the Gregorian calendar (m 1–12). */
export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

/** 'YYYY-MM-DD' of numbers, zero-padded. */
export function formatDate(y: number, m: number, d: number): string {
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

/** The parts of a canonical 'YYYY-MM-DD' that is a real day; null otherwise. */
export function splitDate(date: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(y, m, d) ? { y, m, d } : null;
}

/** True for a canonical 'YYYY-MM-DD' that is a real day. */
export function isDateText(date: unknown): date is string {
  return typeof date === 'string' && splitDate(date) !== null;
}

/** Days since 1970-01-01 (UTC day number). Throws on a malformed date: that is a bug, not input. */
function dayNumber(date: string): number {
  const parts = splitDate(date);
  if (!parts) throw new Error(`Not a calendar date 'YYYY-MM-DD': ${JSON.stringify(date)}`);
  const t = new Date(0);
  t.setUTCFullYear(parts.y, parts.m - 1, parts.d);
  return Math.round(t.getTime() / DAY_MS);
}

function fromDayNumber(n: number): string {
  const t = new Date(n * DAY_MS);
  return formatDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** date + n days. */
export function addDays(date: string, n: number): string {
  return fromDayNumber(dayNumber(date) + Math.trunc(n));
}

/** a − b in days: diffDays('2022-03-01', '2022-02-28') = 1. */
export function diffDays(a: string, b: string): number {
  return dayNumber(a) - dayNumber(b);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  // 1970-01-01 was a Thursday (4).
  return (((((dayNumber(date) + 3) % 7) + 7) % 7) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/**
 * The office's wall clock: China Standard Time is UTC+8 all year (no daylight saving since 1991),
 * so a fixed offset gives it exactly, whatever the machine's zone, and far faster than Intl.
 */
function officeParts(now: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const shifted = new Date(now.getTime() + OFFICE_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    year: String(shifted.getUTCFullYear()),
    month: two(shifted.getUTCMonth() + 1),
    day: two(shifted.getUTCDate()),
    hour: two(shifted.getUTCHours()),
    minute: two(shifted.getUTCMinutes()),
  };
}

/** The calendar date at the office (Asia/Shanghai) at the instant `now`, whatever the machine's zone. */
export function todayText(now: Date): string {
  const p = officeParts(now);
  return `${p.year}-${p.month}-${p.day}`;
}

/** 'YYYY-MM-DD HH:mm', the office's wall clock (Asia/Shanghai) at the instant `now`. */
export function nowText(now: Date): string {
  const p = officeParts(now);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

const HOW = '请写成 2022-04-18 这样的格式';
const unknownDate = (shown: string): Check<never> => bad(`无法识别的日期${quote(shown)}，${HOW}`);

/** Checks the numbers of a date that was recognised and formats it. */
function checkParts(y: number, m: number, d: number): Check<string> {
  const shown = formatDate(y, m, d);
  if (y < MIN_YEAR || y > MAX_YEAR)
    return bad(`日期 ${shown} 超出范围：年份应在 ${MIN_YEAR} 到 ${MAX_YEAR} 之间，请核对`);
  if (!isValidDate(y, m, d)) return bad(`日期 ${shown} 不存在，请核对`);
  return good(shown);
}

/**
 * An Excel serial day number. 1900 system: 1 = 1900-01-01 and Excel's fictitious 1900-02-29 is 60,
 * so from 61 (1900-03-01) on the count runs from 1899-12-30. 1904 system: 0 = 1904-01-01.
 */
function fromSerial(serial: number, date1904: boolean, shown: string): Check<string> {
  const whole = Math.floor(serial);
  if (!date1904 && whole === 60) return bad(`日期 1900-02-29 不存在（Excel 序号 60），请核对`);
  if (whole < (date1904 ? 0 : 1)) return unknownDate(shown);
  const base = date1904 ? Date.UTC(1904, 0, 1) : whole < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const t = new Date(base + whole * DAY_MS);
  return checkParts(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** A year alone: '2022' is far more likely a year than Excel's day 2022 (1905-07-14). */
const looksLikeYear = (n: number) => n >= MIN_YEAR && n <= MAX_YEAR;
const onlyYear = (shown: string): Check<never> => bad(`日期${quote(shown)}只有年份，${HOW}`);

/** y m d separated by - . / or 年 月 (日|号), optionally followed by a time of day. */
const SEPARATED =
  /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*[日号]?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * A calendar date 'YYYY-MM-DD' from what a cell, a form or JSON holds: a Date (exceljs gives
 * UTC midnight, read in UTC), an Excel serial number, '2022.9.3', '2022年10月1日', '2022/11/5',
 * '2022-4-18', '20221103', an ISO date-time (its date part), full-width digits too.
 * Years must be 1900–2100.
 */
export function parseDate(raw: unknown, options: { date1904?: boolean } = {}): Check<string> {
  const date1904 = options.date1904 === true;
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return bad(`日期无效，${HOW}`);
    return checkParts(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate());
  }
  if (typeof raw === 'number') {
    const shown = String(raw);
    if (!Number.isFinite(raw)) return unknownDate(shown);
    if (Number.isInteger(raw) && raw >= 19000101 && raw <= 21001231) return fromEightDigits(shown);
    if (looksLikeYear(Math.floor(raw))) return Number.isInteger(raw) ? onlyYear(shown) : unknownDate(shown);
    return fromSerial(raw, date1904, shown);
  }
  if (raw === null || raw === undefined) return bad('日期未填写');
  if (typeof raw !== 'string') return bad(`日期应为文字或日期，${HOW}`);

  const text = cleanText(raw);
  if (text === '') return bad('日期未填写');
  if (isCanonicalShape(text)) return fromCanonical(text);
  if (/^\d{1,5}$/.test(text)) {
    const n = Number(text);
    return looksLikeYear(n) && text.length === 4 ? onlyYear(text) : fromSerial(n, date1904, text);
  }
  if (/^\d{8}$/.test(text)) return fromEightDigits(text);
  const match = SEPARATED.exec(text);
  if (!match) return unknownDate(text);
  return checkParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The number written by text[from..to), all digits. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 0x30;
  return n;
}

const DIGIT_PLACES = [0, 1, 2, 3, 5, 6, 8, 9];

/** Four digits, dash, two digits, dash, two digits: how a date cell's value is kept. */
function isCanonicalShape(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return false;
  for (const i of DIGIT_PLACES) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** checkParts for 'YYYY-MM-DD', without taking the text apart and putting it together again. */
function fromCanonical(text: string): Check<string> {
  const y = digitsAt(text, 0, 4);
  const m = digitsAt(text, 5, 7);
  const d = digitsAt(text, 8, 10);
  return y >= MIN_YEAR && y <= MAX_YEAR && isValidDate(y, m, d) ? good(text) : checkParts(y, m, d);
}

function fromEightDigits(text: string): Check<string> {
  return checkParts(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8)));
}
