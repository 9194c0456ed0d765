import { describe, expect, it } from 'vitest';
import { clockOf, dutyHours, parseClockTime, signOutAt } from '../../../shared/domain/signins/time';

const value = (raw: unknown) => {
  const check = parseClockTime(raw);
  return check.ok ? check.value : `ERR ${check.error}`;
};

describe('parseClockTime', () => {
  it.each([
    ['7:5', '07:05'],
    ['07:55', '07:55'],
    ['8:02', '08:02'],
    ['0805', '08:05'],
    ['805', '08:05'],
    ['8点05分', '08:05'],
    ['8点5分', '08:05'],
    ['8点', '08:00'],
    ['8点半', '08:30'],
    ['8:05:33', '08:05'],
    ['下午3:20', '15:20'],
    ['晚上8点', '20:00'],
    ['上午12:10', '00:10'],
    ['中午12:30', '12:30'],
    ['20:00', '20:00'],
    ['０８：０５', '08:05'],
    [' 8：05 ', '08:05'],
    ['3:20 PM', '15:20'],
    ['0:00', '00:00'],
    ['23:59', '23:59'],
  ])('%s → %s', (raw, expected) => expect(value(raw)).toBe(expected));

  it.each([
    ['25:00', '小时应在 0 到 23 之间'],
    ['8:61', '分钟应在 0 到 59 之间'],
    ['2460', '小时应在 0 到 23 之间'],
    ['八点', '无法识别的时间'],
    ['abc', '无法识别的时间'],
    ['8:0:0:0', '无法识别的时间'],
    ['12345', '无法识别的时间'],
    ['', '时间未填写'],
  ])('refuses %s', (raw, message) => expect(value(raw)).toContain(message));
});

describe('duty hours', () => {
  it('counts a day shift', () => {
    expect(dutyHours('2022-04-18 08:00', '2022-04-18 16:30')).toBe(8.5);
  });

  it('puts a sign-out earlier than the sign-in on the next day: a night shift 20:00–08:00 is 12 hours', () => {
    const out = signOutAt('2022-04-18', '2022-04-18 20:00', '08:00');
    expect(out).toBe('2022-04-19 08:00');
    expect(dutyHours('2022-04-18 20:00', out)).toBe(12);
    expect(clockOf('2022-04-18', out)).toBe('次日 08:00');
  });

  it('keeps a later sign-out on the same day, across a month end too', () => {
    expect(signOutAt('2022-04-30', '2022-04-30 08:00', '16:00')).toBe('2022-04-30 16:00');
    expect(signOutAt('2022-04-30', '2022-04-30 22:00', '06:00')).toBe('2022-05-01 06:00');
  });

  it('is 0 without a sign-out', () => {
    expect(dutyHours('2022-04-18 08:00', null)).toBe(0);
  });
});
