/**
 * Clock times as people write them on sign-in sheets (7:5, 07:55, 0805, 8点05分, 下午3:20), and
 * hours on duty between two local wall-clock times 'YYYY-MM-DD HH:mm' (night duty runs past midnight).
 */
import { bad, good, type Check } from '../check';
import { addDays, diffDays } from '../dates';
import { cleanText, quote } from '../text';

const HOW = '请写成 08:05 这样的格式';
const pad2 = (n: number) => String(n).padStart(2, '0');

const AFTERNOON = /^(下午|晚上|晚|傍晚|夜里|夜间|pm)\s*|\s*(pm)$/i;
const MORNING = /^(上午|早上|早晨|凌晨|清晨|早|中午|am)\s*|\s*(am)$/i;

const COLON = /^(\d{1,2})\s*[:.]\s*(\d{1,2})(?:\s*[:.]\s*(\d{1,2}))?$/;
const CHINESE = /^(\d{1,2})\s*[点时](?:\s*(半)|\s*(\d{1,2})\s*分?)?(?:\s*(\d{1,2})\s*秒)?$/;
const DIGITS = /^(\d{3,4})$/;

function numbers(text: string): { hour: number; minute: number } | null {
  let m = COLON.exec(text);
  if (m) return { hour: Number(m[1]), minute: Number(m[2]) };
  m = CHINESE.exec(text);
  if (m) return { hour: Number(m[1]), minute: m[2] ? 30 : Number(m[3] ?? 0) };
  m = DIGITS.exec(text);
  if (m) return { hour: Number(m[1]!.slice(0, -2)), minute: Number(m[1]!.slice(-2)) };
  if (/^\d{1,2}$/.test(text)) return { hour: Number(text), minute: 0 };
  return null;
}

/**
 * A time of day 'HH:mm' from what a cell or a box holds: 7:5 → 07:05, 07:55, 8:02, 0805, 805,
 * 8点05分, 8点, 8点半, 8:05:33 (seconds dropped), 下午3:20 → 15:20, 20:00, full-width digits.
 */
export function parseClockTime(raw: unknown): Check<string> {
  const text = cleanText(raw).replace(/：/g, ':');
  if (text === '') return bad('时间未填写');
  let rest = text;
  let half: 'am' | 'pm' | null = null;
  if (AFTERNOON.test(rest)) {
    half = 'pm';
    rest = rest.replace(AFTERNOON, '');
  } else if (MORNING.test(rest)) {
    half = /^中午/.test(rest) ? 'pm' : 'am';
    rest = rest.replace(MORNING, '');
  }
  const parts = numbers(rest.trim());
  if (!parts) return bad(`无法识别的时间${quote(text)}，${HOW}`);
  let { hour } = parts;
  const { minute } = parts;
  if (hour > 23) return bad(`时间${quote(text)}不对：小时应在 0 到 23 之间，${HOW}`);
  if (minute > 59) return bad(`时间${quote(text)}不对：分钟应在 0 到 59 之间，${HOW}`);
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  return good(`${pad2(hour)}:${pad2(minute)}`);
}

/** Minutes from one 'YYYY-MM-DD HH:mm' to a later one; may be negative when given the wrong way round. */
export function minutesBetween(from: string, to: string): number {
  const clock = (t: string) => Number(t.slice(11, 13)) * 60 + Number(t.slice(14, 16));
  return diffDays(to.slice(0, 10), from.slice(0, 10)) * 1440 + clock(to) - clock(from);
}

/** Hours on duty between sign-in and sign-out, unrounded; 0 when either is missing. */
export function dutyHours(signedIn: string | null, signedOut: string | null): number {
  if (!signedIn || !signedOut) return 0;
  return Math.max(0, minutesBetween(signedIn, signedOut)) / 60;
}

/** Hours rounded to one decimal, as reports show them. */
export function roundHours(hours: number): number {
  return Math.round(hours * 10) / 10;
}

/**
 * The sign-out of a duty day as a wall-clock time: on the next day when its clock time is before
 * the sign-in's (night duty 20:00 → 08:00), otherwise on the day itself.
 */
export function signOutAt(day: string, signedIn: string | null, outClock: string): string {
  const inClock = signedIn ? signedIn.slice(11, 16) : null;
  const inDay = signedIn ? signedIn.slice(0, 10) : day;
  return `${inClock !== null && outClock < inClock ? addDays(inDay, 1) : inDay} ${outClock}`;
}

/** 'HH:mm' of a 'YYYY-MM-DD HH:mm', marked 次日 when it falls after the duty day. */
export function clockOf(day: string, at: string | null): string {
  if (!at) return '';
  const days = diffDays(at.slice(0, 10), day);
  return days === 0 ? at.slice(11, 16) : days === 1 ? `次日 ${at.slice(11, 16)}` : at;
}
