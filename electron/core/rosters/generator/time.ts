/**
 * Absolute minutes for wall-clock text, counted from 1970-01-01 00:00 of the office's clock.
 * Pure arithmetic on day numbers (diffDays/addDays): no local-time Date anywhere.
 */
import { addDays, diffDays } from '../../../../shared/domain/dates';

const EPOCH = '1970-01-01';
export const DAY_MIN = 1440;

const dayCache = new Map<string, number>();
const dateCache = new Map<number, string>();

/** Days since 1970-01-01 of a 'YYYY-MM-DD' (memoised: the generator asks for the same few dates). */
export function dayNum(date: string): number {
  let n = dayCache.get(date);
  if (n === undefined) {
    n = diffDays(date, EPOCH);
    dayCache.set(date, n);
  }
  return n;
}

export function dateOf(day: number): string {
  let d = dateCache.get(day);
  if (d === undefined) {
    d = addDays(EPOCH, day);
    dateCache.set(day, d);
  }
  return d;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export const weekdayOf = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;

/** The day number of the Monday of the ISO week containing `day`. */
export const weekOf = (day: number): number => day - (weekdayOf(day) - 1);

/** 'HH:mm' → minutes of the day, 0–1440 ('24:00' allowed). Throws on malformed text (a bug). */
export function clockMin(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  const h = Number(m?.[1]);
  const min = Number(m?.[2]);
  if (!m || h > 24 || min > 59 || (h === 24 && min !== 0))
    throw new Error(`Not a time of day 'HH:mm': ${JSON.stringify(hhmm)}`);
  return h * 60 + min;
}

/** 'YYYY-MM-DD HH:mm' → absolute minutes. */
export function toMin(text: string): number {
  return dayNum(text.slice(0, 10)) * DAY_MIN + clockMin(text.slice(11));
}

/** Absolute minutes → 'YYYY-MM-DD HH:mm'. */
export function fromMin(t: number): string {
  const day = Math.floor(t / DAY_MIN);
  const rest = t - day * DAY_MIN;
  return `${dateOf(day)} ${String(Math.floor(rest / 60)).padStart(2, '0')}:${String(rest % 60).padStart(2, '0')}`;
}

/** A bound of an availability period: a date is a whole day (start of it, or end of it when isEnd). */
export function boundMin(text: string, isEnd: boolean): number {
  if (text.length === 10) return (dayNum(text) + (isEnd ? 1 : 0)) * DAY_MIN;
  return toMin(text);
}
