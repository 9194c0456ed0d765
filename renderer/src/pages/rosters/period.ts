import { addDays, diffDays, isoWeekday, splitDate, formatDate, daysInMonth } from '../../../../shared/domain/dates';

/** A roster period: 'YYYY-MM-DD' to 'YYYY-MM-DD', both days included. */
export interface Period {
  from: string;
  to: string;
}

/** The longest period the roster methods take. */
export const MAX_PERIOD_DAYS = 31;

/** Monday to Sunday of the week that holds `day`. */
export function weekOf(day: string): Period {
  const from = addDays(day, 1 - isoWeekday(day));
  return { from, to: addDays(from, 6) };
}

/** The first to the last day of the month that holds `day`. */
export function monthOf(day: string): Period {
  const p = splitDate(day)!;
  return { from: formatDate(p.y, p.m, 1), to: formatDate(p.y, p.m, daysInMonth(p.y, p.m)) };
}

/** The days of a period, in order. */
export function periodDays({ from, to }: Period): string[] {
  return Array.from({ length: diffDays(to, from) + 1 }, (_, i) => addDays(from, i));
}

/** Number of days of a period, both ends included. */
export function periodLength({ from, to }: Period): number {
  return diffDays(to, from) + 1;
}

/** '5月6日' of a date. */
export function shortDate(day: string): string {
  const p = splitDate(day);
  return p ? `${p.m}月${p.d}日` : day;
}
