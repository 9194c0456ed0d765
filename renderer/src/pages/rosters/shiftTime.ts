/**
 * Shift times as the roster shows them. A pattern's shift is 'HH:mm'–'HH:mm' (an end at or before
 * the start is the next day); a rostered shift is 'YYYY-MM-DD HH:mm'–'YYYY-MM-DD HH:mm'.
 */

/** True when a pattern's shift ends on the next day (20:00–08:00, 08:00–08:00; 16:00–24:00 is not). */
export function isOvernight(start: string, end: string): boolean {
  return end <= start;
}

/** '08:00–20:00', '20:00–次日 08:00' for a pattern's shift. */
export function shiftDefTime(start: string, end: string): string {
  return `${start}–${isOvernight(start, end) ? '次日 ' : ''}${end}`;
}

/** '08:00–20:00', '20:00–次日 08:00' for a rostered shift (full times; 24:00 stays on its day). */
export function shiftTime(start: string, end: string): string {
  const startDay = start.slice(0, 10);
  const endDay = end.slice(0, 10);
  const endClock = end.slice(11, 16);
  if (start.length < 16 || end.length < 16) return shiftDefTime(start.slice(-5), end.slice(-5));
  if (endDay > startDay && endClock === '00:00') return `${start.slice(11, 16)}–24:00`;
  return `${start.slice(11, 16)}–${endDay > startDay ? '次日 ' : ''}${endClock}`;
}
