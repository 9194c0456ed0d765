/**
 * Calendar days and times of day out of Excel serial numbers and the Dates cells hold.
 *
 * Excel counts days from 1899-12-30 (1900 system) or 1904-01-01 (1904 system, old Mac files);
 * Dates stand at UTC midnight (as exceljs makes them, and as the reader makes ISO dates), so
 * every part is read with getUTC*, never in the local zone, and nothing here depends on TZ.
 */

/** Days between 1899-12-30 and 1970-01-01; the 1904 system starts 1462 days later. */
const EPOCH_1900 = 25569;
const DAYS_1904 = 1462;
const MS_PER_DAY = 86_400_000;
/** 9999-12-31, the last day Excel can show. */
const MAX_SERIAL = 2_958_465;

export interface DateTimeParts {
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:mm' or 'HH:mm:ss'; undefined at midnight. */
  time?: string;
  /** True when the value is a time of day in Excel's day zero (1899-12-30 / 1904-01-01). */
  dayZero: boolean;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The parts of a Date read as UTC, rounded to the second; undefined if invalid. */
export function dateParts(value: Date): DateTimeParts | undefined {
  const ms = value.getTime();
  if (!Number.isFinite(ms)) return undefined;
  const d = new Date(Math.round(ms / 1000) * 1000);
  const year = d.getUTCFullYear();
  if (year < 1000 || year > 9999) return undefined;
  const date = `${year}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const [h, m, s] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  const time = h || m || s ? `${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}` : undefined;
  return { date, time, dayZero: date === '1899-12-30' || date === '1904-01-01' };
}

/** The parts of an Excel serial number (days, with the time as a fraction); undefined out of range. */
export function serialParts(serial: number, date1904: boolean): DateTimeParts | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return undefined;
  const days = serial - EPOCH_1900 + (date1904 ? DAYS_1904 : 0);
  return dateParts(new Date(Math.round(days * MS_PER_DAY)));
}
