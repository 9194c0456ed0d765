import { describe, expect, it } from 'vitest';
import { expandShifts } from '../../../electron/core/rosters/generator';
import { overlapsNight } from '../../../electron/core/rosters/generator/shifts';
import { fromMin, toMin } from '../../../electron/core/rosters/generator/time';
import { PATTERNS, post } from './fixtures';

const opts = { nightStart: '00:00', nightEnd: '06:00', holidays: new Set<string>() };
const expand = (from: string, to: string, posts = [post(1, 2)]) =>
  expandShifts({ from, to, posts, patterns: PATTERNS }, opts);

describe('expandShifts', () => {
  it('ends a 20:00–08:00 shift the next day after 12 hours', () => {
    const [day, night] = expand('2022-04-11', '2022-04-11');
    expect(day).toMatchObject({
      shiftName: '白班',
      start: '2022-04-11 08:00',
      end: '2022-04-11 20:00',
      hours: 12,
      isNight: false,
    });
    expect(night).toMatchObject({
      shiftName: '夜班',
      date: '2022-04-11',
      start: '2022-04-11 20:00',
      end: '2022-04-12 08:00',
      hours: 12,
      isNight: true,
    });
  });

  it('crosses month and year ends', () => {
    expect(expand('2022-02-28', '2022-02-28')[1]).toMatchObject({ end: '2022-03-01 08:00' });
    expect(expand('2022-12-31', '2022-12-31')[1]).toMatchObject({ end: '2023-01-01 08:00' });
  });

  it('makes 08:00–08:00 a 24 h duty and 16:00–24:00 end at the next midnight', () => {
    expect(expand('2022-04-11', '2022-04-11', [post(1, 3)])[0]).toMatchObject({
      start: '2022-04-11 08:00',
      end: '2022-04-12 08:00',
      hours: 24,
      isNight: true,
    });
    const three = expand('2022-04-11', '2022-04-11', [post(1, 1)]);
    expect(three.map((s) => [s.start, s.end, s.hours, s.isNight])).toEqual([
      ['2022-04-11 00:00', '2022-04-11 08:00', 8, true],
      ['2022-04-11 08:00', '2022-04-11 16:00', 8, false],
      ['2022-04-11 16:00', '2022-04-12 00:00', 8, false],
    ]);
  });

  it('uses a pattern per weekday, active dates and weekends', () => {
    const p = post(1, 2, {
      patterns: { default: 2, byWeekday: { 6: 3, 7: 3 } },
      activeFrom: '2022-04-15',
      activeTo: '2022-04-17',
    });
    const shifts = expand('2022-04-11', '2022-04-20', [p]);
    expect(shifts.map((s) => `${s.date} ${s.shiftName} ${s.isWeekend ? '周末' : ''}`.trim())).toEqual([
      '2022-04-15 白班',
      '2022-04-15 夜班',
      '2022-04-16 全天 周末',
      '2022-04-17 全天 周末',
    ]);
  });

  it('sorts shifts by start across posts', () => {
    const shifts = expand('2022-04-11', '2022-04-11', [post(2, 2), post(1, 1)]);
    expect(shifts.map((s) => `${s.start}#${s.post.id}`)).toEqual([
      '2022-04-11 00:00#1',
      '2022-04-11 08:00#1',
      '2022-04-11 08:00#2',
      '2022-04-11 16:00#1',
      '2022-04-11 20:00#2',
    ]);
    expect(shifts.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('converts wall-clock text to minutes and back without local-time dates', () => {
    for (const t of ['2022-02-28 23:59', '2024-02-29 00:00', '1999-12-31 20:00']) expect(fromMin(toMin(t))).toBe(t);
    expect(toMin('2022-03-01 08:00') - toMin('2022-02-28 20:00')).toBe(12 * 60);
  });

  it('calls a shift a night shift when it touches 00:00–06:00, also with a window across midnight', () => {
    const at = (a: string, b: string, ns: number, ne: number) => overlapsNight(toMin(a), toMin(b), ns, ne);
    expect(at('2022-04-11 16:00', '2022-04-12 00:00', 0, 360)).toBe(false);
    expect(at('2022-04-11 05:00', '2022-04-11 13:00', 0, 360)).toBe(true);
    expect(at('2022-04-11 16:00', '2022-04-11 22:30', 22 * 60, 360)).toBe(true);
    expect(at('2022-04-11 06:00', '2022-04-11 22:00', 22 * 60, 360)).toBe(false);
  });
});
