import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  daysInMonth,
  diffDays,
  formatDate,
  isDateText,
  isValidDate,
  isoWeekday,
  nowText,
  parseDate,
  todayText,
} from '../../../shared/domain/dates';

const HOW = '请写成 2022-04-18 这样的格式';

describe('parseDate', () => {
  it.each([
    // Excel serial numbers, 1900 system
    [44809, '2022-09-05'],
    [44753, '2022-07-11'],
    [45000, '2023-03-15'],
    [44927, '2023-01-01'],
    [44809.75, '2022-09-05'], // a time of day is dropped
    ['44809', '2022-09-05'],
    ['45000', '2023-03-15'],
    [1, '1900-01-01'],
    ['1', '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [73415, '2100-12-31'],
    // text
    ['2022.9.3', '2022-09-03'],
    ['2022年10月1日', '2022-10-01'],
    ['2022年10月1号', '2022-10-01'],
    ['2022 年 10 月 1 日', '2022-10-01'],
    ['2022/11/5', '2022-11-05'],
    ['2022-4-18', '2022-04-18'],
    ['2022-04-18', '2022-04-18'],
    [' 2022-04-18\n', '2022-04-18'],
    ['20221103', '2022-11-03'],
    [20221103, '2022-11-03'],
    ['2022-11-07T00:00:00.000Z', '2022-11-07'],
    ['2022-11-07T23:59:59+08:00', '2022-11-07'],
    ['2022-11-07 08:30', '2022-11-07'],
    ['2022/11/7 8:30:15', '2022-11-07'],
    ['２０２２－０４－１８', '2022-04-18'],
    ['２０２２年１０月１日', '2022-10-01'],
    ['２０２２１１０３', '2022-11-03'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['1900-01-01', '1900-01-01'],
    ['2100-12-31', '2100-12-31'],
    // JS Dates as exceljs gives them: UTC midnight
    [new Date(Date.UTC(2022, 8, 5)), '2022-09-05'],
    [new Date(Date.UTC(2022, 0, 1)), '2022-01-01'],
    [new Date('2022-12-31T23:59:59.999Z'), '2022-12-31'],
    [new Date(Date.UTC(2024, 1, 29)), '2024-02-29'],
  ])('%j → %s', (raw, expected) => {
    expect(parseDate(raw)).toEqual({ ok: true, value: expected });
  });

  it('reads serial numbers of the 1904 system when asked', () => {
    expect(parseDate(0, { date1904: true })).toEqual({ ok: true, value: '1904-01-01' });
    expect(parseDate(1, { date1904: true })).toEqual({ ok: true, value: '1904-01-02' });
    expect(parseDate(44809 - 1462, { date1904: true })).toEqual({ ok: true, value: '2022-09-05' });
    expect(parseDate('43347', { date1904: true })).toEqual({ ok: true, value: '2022-09-05' });
    expect(parseDate(60, { date1904: true })).toEqual({ ok: true, value: '1904-03-01' });
    // text is not affected
    expect(parseDate('2022-09-05', { date1904: true })).toEqual({ ok: true, value: '2022-09-05' });
  });

  it('refuses Excel’s fictitious 1900-02-29 (serial 60)', () => {
    expect(parseDate(60)).toEqual({ ok: false, error: '日期 1900-02-29 不存在（Excel 序号 60），请核对' });
    expect(parseDate('60').ok).toBe(false);
  });

  it.each([
    ['2022-02-30', '日期 2022-02-30 不存在，请核对'],
    ['2022-13-01', '日期 2022-13-01 不存在，请核对'],
    ['2022-00-10', '日期 2022-00-10 不存在，请核对'],
    ['2022-04-31', '日期 2022-04-31 不存在，请核对'],
    ['2023-02-29', '日期 2023-02-29 不存在，请核对'],
    ['1900-02-29', '日期 1900-02-29 不存在，请核对'],
    ['2022年2月30日', '日期 2022-02-30 不存在，请核对'],
    ['20220230', '日期 2022-02-30 不存在，请核对'],
    ['2022-04-00', '日期 2022-04-00 不存在，请核对'],
    ['abc', `无法识别的日期“abc”，${HOW}`],
    ['2022-04', `无法识别的日期“2022-04”，${HOW}`],
    ['2022年10月', `无法识别的日期“2022年10月”，${HOW}`],
    ['22.9.3', `无法识别的日期“22.9.3”，${HOW}`],
    ['4/18/2022', `无法识别的日期“4/18/2022”，${HOW}`],
    ['2022.9', `无法识别的日期“2022.9”，${HOW}`],
    ['202209', `无法识别的日期“202209”，${HOW}`],
    ['2022-04-18x', `无法识别的日期“2022-04-18x”，${HOW}`],
    ['-5', `无法识别的日期“-5”，${HOW}`],
    ['0', `无法识别的日期“0”，${HOW}`],
    ['2022', `日期“2022”只有年份，${HOW}`],
    ['1899-12-31', '日期 1899-12-31 超出范围：年份应在 1900 到 2100 之间，请核对'],
    ['2101-01-01', '日期 2101-01-01 超出范围：年份应在 1900 到 2100 之间，请核对'],
    ['0999-01-01', '日期 0999-01-01 超出范围：年份应在 1900 到 2100 之间，请核对'],
    ['', '日期未填写'],
    ['   \u3000', '日期未填写'],
  ])('%j is refused: %s', (raw, error) => {
    expect(parseDate(raw)).toEqual({ ok: false, error });
  });

  it.each([
    [0, `无法识别的日期“0”，${HOW}`],
    [-3, `无法识别的日期“-3”，${HOW}`],
    [2022, `日期“2022”只有年份，${HOW}`],
    [2022.9, `无法识别的日期“2022.9”，${HOW}`],
    [Number.NaN, `无法识别的日期“NaN”，${HOW}`],
    [Number.POSITIVE_INFINITY, `无法识别的日期“Infinity”，${HOW}`],
    [73416, '日期 2101-01-01 超出范围：年份应在 1900 到 2100 之间，请核对'],
    [20220230, '日期 2022-02-30 不存在，请核对'],
  ])('number %j is refused: %s', (raw, error) => {
    expect(parseDate(raw)).toEqual({ ok: false, error });
  });

  it.each([[null], [undefined]])('%j is blank', (raw) => {
    expect(parseDate(raw)).toEqual({ ok: false, error: '日期未填写' });
  });

  it.each([[true], [{}], [[2022, 4, 18]], [{ year: 2022 }]])('%j is an error, never a throw', (raw) => {
    expect(parseDate(raw)).toEqual({ ok: false, error: `日期应为文字或日期，${HOW}` });
  });

  it('refuses an invalid Date and Dates outside 1900–2100', () => {
    expect(parseDate(new Date('nope'))).toEqual({ ok: false, error: `日期无效，${HOW}` });
    expect(parseDate(new Date(Date.UTC(1899, 11, 31)))).toEqual({
      ok: false,
      error: '日期 1899-12-31 超出范围：年份应在 1900 到 2100 之间，请核对',
    });
  });
});

describe('isValidDate', () => {
  it.each([
    [2022, 2, 28, true],
    [2022, 2, 29, false],
    [2024, 2, 29, true],
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2100, 2, 29, false],
    [2022, 4, 30, true],
    [2022, 4, 31, false],
    [2022, 12, 31, true],
    [2022, 13, 1, false],
    [2022, 0, 1, false],
    [2022, 1, 0, false],
    [2022, 1, 32, false],
    [2022, 1.5, 1, false],
    [Number.NaN, 1, 1, false],
  ])('%i-%i-%i → %s', (y, m, d, expected) => {
    expect(isValidDate(y, m, d)).toBe(expected);
  });
});

describe('date arithmetic', () => {
  it.each([
    ['2022-02-28', 1, '2022-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2022-12-31', 1, '2023-01-01'],
    ['2022-03-01', -1, '2022-02-28'],
    ['2022-04-18', 0, '2022-04-18'],
    ['2022-01-01', 365, '2023-01-01'],
    ['2024-01-01', 365, '2024-12-31'],
    ['2022-03-13', 1, '2022-03-14'], // a DST change in New York
    ['2022-11-06', 1, '2022-11-07'],
    ['1900-02-28', 1, '1900-03-01'],
    ['2022-07-11', 280, '2023-04-17'],
  ])('addDays(%s, %i) = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each([
    ['2022-03-01', '2022-02-28', 1],
    ['2024-03-01', '2024-02-28', 2],
    ['2022-01-01', '2023-01-01', -365],
    ['2022-04-18', '2022-04-18', 0],
    ['2023-04-17', '2022-07-11', 280],
    ['2100-12-31', '1900-01-01', 73413],
  ])('diffDays(%s, %s) = %i', (a, b, expected) => {
    expect(diffDays(a, b)).toBe(expected);
  });

  it.each([
    ['2022-09-05', 1],
    ['2022-09-06', 2],
    ['2022-09-07', 3],
    ['2022-09-08', 4],
    ['2022-09-09', 5],
    ['2022-09-10', 6],
    ['2022-09-11', 7],
    ['1970-01-01', 4],
    ['1900-01-01', 1],
    ['2000-02-29', 2],
    ['2026-11-23', 1],
  ])('isoWeekday(%s) = %i', (date, expected) => {
    expect(isoWeekday(date)).toBe(expected);
  });

  it('throws on a malformed date: that is a bug, not user input', () => {
    expect(() => addDays('2022-4-18', 1)).toThrow();
    expect(() => diffDays('2022-02-30', '2022-02-01')).toThrow();
    expect(() => isoWeekday('')).toThrow();
  });

  it('formats and recognises canonical dates', () => {
    expect(formatDate(2022, 4, 8)).toBe('2022-04-08');
    expect(isDateText('2022-04-08')).toBe(true);
    expect(isDateText('2022-4-8')).toBe(false);
    expect(isDateText('2022-02-30')).toBe(false);
    expect(isDateText(20220408)).toBe(false);
    expect(isDateText(null)).toBe(false);
  });
});

describe('the office clock (Asia/Shanghai)', () => {
  it.each([
    ['2022-09-04T16:00:00Z', '2022-09-05', '2022-09-05 00:00'],
    ['2022-09-04T15:59:59Z', '2022-09-04', '2022-09-04 23:59'],
    ['2022-12-31T16:30:00Z', '2023-01-01', '2023-01-01 00:30'],
    ['2026-11-23T09:30:00+08:00', '2026-11-23', '2026-11-23 09:30'],
    ['2024-02-29T04:05:00Z', '2024-02-29', '2024-02-29 12:05'],
  ])('%s is %s, %s', (iso, today, now) => {
    const at = new Date(iso);
    expect(todayText(at)).toBe(today);
    expect(nowText(at)).toBe(now);
  });
});

describe('independence from the machine’s time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it.each(['America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'])(
    'gives the same answers under TZ=%s',
    (zone) => {
      process.env.TZ = zone;
      // Node re-reads TZ when it is assigned: prove the zone really changed.
      const offset = new Date(Date.UTC(2022, 0, 15, 12)).getTimezoneOffset();
      expect(offset).toBe(
        { 'America/New_York': 300, 'Pacific/Kiritimati': -840, 'Pacific/Pago_Pago': 660, UTC: 0 }[zone],
      );

      expect(todayText(new Date('2022-09-04T16:00:00Z'))).toBe('2022-09-05');
      expect(nowText(new Date('2022-09-04T15:59:00Z'))).toBe('2022-09-04 23:59');
      expect(parseDate(new Date(Date.UTC(2022, 8, 5)))).toEqual({ ok: true, value: '2022-09-05' });
      expect(parseDate(44809)).toEqual({ ok: true, value: '2022-09-05' });
      expect(parseDate('2022-11-07T00:00:00.000Z')).toEqual({ ok: true, value: '2022-11-07' });
      expect(addDays('2022-03-12', 2)).toBe('2022-03-14');
      expect(addDays('2022-11-05', 2)).toBe('2022-11-07');
      expect(diffDays('2022-11-07', '2022-03-12')).toBe(240);
      expect(isoWeekday('2022-09-05')).toBe(1);
    },
  );
});

describe('parseDate fast path (YYYY-MM-DD)', () => {
  // The same date with slashes takes the slow path: the regular expression, then the same checks.
  it.each([
    '2027-03-05',
    '2024-02-29',
    '2023-02-29',
    '2022-04-31',
    '2022-13-01',
    '2022-00-10',
    '2022-01-00',
    '1900-01-01',
    '1899-12-31',
    '2100-12-31',
    '2101-01-01',
    '0000-00-00',
  ])('%s', (text) => {
    const slow = parseDate(text.replaceAll('-', '/'));
    expect(parseDate(text)).toEqual(slow.ok ? { ok: true, value: text } : slow);
  });
});

describe('daysInMonth', () => {
  it('counts the days of every month, and none of a month that is not one', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect([0, 13, 1.5, -1, NaN].map((m) => daysInMonth(2024, m))).toEqual([0, 0, 0, 0, 0]);
  });
});
