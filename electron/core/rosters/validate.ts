/** Checks of roster input that the contract's schemas cannot make: real dates, periods, times. */
import { AppError } from '../../../shared/errors';
import { diffDays, isDateText } from '../../../shared/domain/dates';

export const MAX_PERIOD_DAYS = 31;

/** A real calendar day, or BAD_INPUT naming the field. */
export function checkDate(date: string, label: string): string {
  if (!isDateText(date)) throw new AppError('BAD_INPUT', `${label}“${date}”不是有效的日期，请写成 2022-04-18 这样。`);
  return date;
}

/** A period of real days, from ≤ to, at most 31 days. */
export function checkPeriod(from: string, to: string): { from: string; to: string; days: number } {
  checkDate(from, '开始日期');
  checkDate(to, '结束日期');
  if (from > to) throw new AppError('BAD_INPUT', `开始日期 ${from} 晚于结束日期 ${to}，请重新选择日期。`);
  const days = diffDays(to, from) + 1;
  if (days > MAX_PERIOD_DAYS)
    throw new AppError('BAD_INPUT', `一次最多 ${MAX_PERIOD_DAYS} 天，所选期间有 ${days} 天。请缩短期间，分几次进行。`);
  return { from, to, days };
}

/** 'YYYY-MM-DD' or 'YYYY-MM-DD HH:mm' with a real day and a real time (24:00 allowed). */
export function checkDayOrTime(text: string, label: string): string {
  checkDate(text.slice(0, 10), label);
  if (text.length > 10) {
    const h = Number(text.slice(11, 13));
    const m = Number(text.slice(14, 16));
    if (h > 24 || m > 59 || (h === 24 && m !== 0))
      throw new AppError('BAD_INPUT', `${label}“${text}”的时间不对，应在 00:00 到 24:00 之间。`);
  }
  return text;
}

/** Ids that are asked for once each; duplicates would count a person twice. */
export function uniqueIds(ids: readonly number[]): number[] {
  return [...new Set(ids)];
}
