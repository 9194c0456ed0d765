/**
 * Sets of weekdays as ledgers write them (透析日 一三五, 周二、四、六 …), as ISO numbers:
 * 1 = Monday … 7 = Sunday.
 */
import { bad, good, type Check } from './check';
import { cleanText, quote } from './text';

export interface Weekdays {
  /** ISO weekdays, ascending, unique; empty when daily. */
  days: number[];
  /** Every day (腹透 at home): no weekday set. */
  daily: boolean;
  /** 上午 / 下午 / 晚上 … when the text names a time of day. */
  session?: string;
}

const NAMES = ['一', '二', '三', '四', '五', '六', '日'] as const;

const DAY_CHARS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 7,
  天: 7,
  七: 7,
  1: 1,
  2: 2,
  3: 3,
  4: 4,
  5: 5,
  6: 6,
  7: 7,
};

const SESSIONS = ['上午', '下午', '晚上', '早上', '中午', '夜间'];
const DAILY = /每日|每天|天天|日日/;
/** How many times a day: '每日4次'. ('每周三次' says how often, not which days: refused, as 次 is no day.) */
const TIMES = /[一二两三四五六七八九十\d]+\s*次/;
const everywhere = (pattern: RegExp) => new RegExp(pattern.source, 'g');

const ENGLISH: [RegExp, string][] = [
  [/\bmon(day)?\b/gi, '一'],
  [/\btue(s|sday)?\b/gi, '二'],
  [/\bwed(nesday)?\b/gi, '三'],
  [/\bthu(r|rs|rsday)?\b/gi, '四'],
  [/\bfri(day)?\b/gi, '五'],
  [/\bsat(urday)?\b/gi, '六'],
  [/\bsun(day)?\b/gi, '日'],
];

/** Words around the days that carry no meaning of their own; longest first. */
const FILLER = /每个星期|每星期|每礼拜|每周|星期|礼拜|透析|每|周|逢|和|及|与|或|[、,;/|.:\s]/g;
const RANGE = new Set(['至', '到', '~', '-', '\u2013', '\u2014', '\u2015', '\u301c']);

const unknown = (text: string): Check<never> =>
  bad(`无法识别透析/服务日${quote(text)}，请写成“一三五”或“周二、四、六”这样`);

/**
 * A weekday set from '一三五', '周二、四、六', '每周2、4、6', '星期一、星期四', '礼拜一三五',
 * '1,3,5', '135', '周一至周五', '周末', 'Mon/Wed/Fri'; '每日' / '每天' / '天天' are daily.
 * A time of day (上午, 下午 …) anywhere in the text is returned as `session`.
 */
export function parseWeekdays(raw: unknown): Check<Weekdays> {
  if (raw !== null && raw !== undefined && typeof raw !== 'string' && typeof raw !== 'number') {
    return bad('透析/服务日应为文字，请写成“一三五”或“周二、四、六”这样');
  }
  const text = cleanText(raw);
  if (text === '') return bad('透析/服务日未填写');

  const found = SESSIONS.filter((s) => text.includes(s));
  const session = found.length > 0 ? found.join('、') : undefined;
  const withSession = (value: Omit<Weekdays, 'session'>): Check<Weekdays> =>
    good(session ? { ...value, session } : value);

  let rest = SESSIONS.reduce((t, s) => t.split(s).join(' '), text);
  if (DAILY.test(rest)) {
    // Nothing but the daily word, a count and filler may remain: '每日4次' yes, '每日一三五' no.
    if (rest.replace(everywhere(DAILY), '').replace(everywhere(TIMES), '').replace(FILLER, '') !== '')
      return unknown(text);
    return withSession({ days: [], daily: true });
  }
  for (const [pattern, day] of ENGLISH) rest = rest.replace(pattern, day);
  rest = rest
    .replace(/周末|双休日/g, '六日')
    .replace(/工作日/g, '一至五')
    .replace(FILLER, '');

  const days = new Set<number>();
  let rangeFrom: number | null = null; // the day before a pending 至
  let last: number | null = null;
  for (const ch of rest) {
    if (RANGE.has(ch)) {
      if (last === null || rangeFrom !== null) return unknown(text);
      rangeFrom = last;
      continue;
    }
    const day = DAY_CHARS[ch];
    if (day === undefined) return unknown(text);
    if (rangeFrom !== null) {
      // Inclusive, wrapping past Sunday: 周五至周一 = 5 6 7 1.
      for (let d: number = rangeFrom; d !== day; d = (d % 7) + 1) days.add(d);
      rangeFrom = null;
    }
    days.add(day);
    last = day;
  }
  if (rangeFrom !== null || days.size === 0) return unknown(text);
  return withSession({ days: [...days].sort((a, b) => a - b), daily: false });
}

/** 1 → '周一' … 7 → '周日'; '' for anything else. */
export function weekdayName(d: number): string {
  const name = NAMES[d - 1];
  return Number.isInteger(d) && name ? `周${name}` : '';
}

/** [1, 3, 5] → '周一、三、五'; daily → '每日'; [] → ''. */
export function formatWeekdays(days: readonly number[], daily = false): string {
  if (daily) return '每日';
  const valid = [...new Set(days)].filter((d) => Number.isInteger(d) && d >= 1 && d <= 7).sort((a, b) => a - b);
  if (valid.length === 0) return '';
  return `周${valid.map((d) => NAMES[d - 1]).join('、')}`;
}
