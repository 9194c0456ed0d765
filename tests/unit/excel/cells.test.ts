import { describe, expect, it } from 'vitest';
import { normalizeCell } from '../../../electron/core/excel/read/cells';

const utc = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => new Date(Date.UTC(y, m - 1, d, h, min, s));

describe('normalizeCell', () => {
  it('gives empty for null, undefined and the empty string', () => {
    for (const value of [null, undefined, ''])
      expect(normalizeCell(value, undefined, false)).toEqual({ kind: 'empty', text: '' });
  });

  it('keeps text as given, without carriage returns, and decodes OOXML _xHHHH_ escapes', () => {
    expect(normalizeCell(' 方静 ', undefined, false)).toEqual({ kind: 'text', text: ' 方静 ' });
    expect(normalizeCell('第一行\r\n第二行', undefined, false)).toEqual({ kind: 'text', text: '第一行\n第二行' });
    expect(normalizeCell('身份证号码_x000D_\n(18位)', undefined, false).text).toBe('身份证号码\n(18位)');
    expect(normalizeCell('A_x005F_x0041_B', undefined, false).text).toBe('A_x0041_B');
  });

  it('gives every digit of an 18-digit ID number stored as a number, never an exponent', () => {
    expect(normalizeCell(220112199701156000, undefined, false)).toEqual({
      kind: 'number',
      text: '220112199701156000',
      number: 220112199701156000,
      numericId: true,
    });
    // Excel writes 15 significant digits as 2.20112199701157E+17; BigInt would give ...156992.
    expect(normalizeCell(Number('2.20112199701157E+17'), undefined, false).text).toBe('220112199701157000');
    expect(normalizeCell(1e21, undefined, false).text).toBe('1000000000000000000000');
    expect(normalizeCell(110101199003078000, '0', false).text).toBe('110101199003078000');
  });

  it('marks 15+ digit integers as numeric IDs, and nothing shorter', () => {
    expect(normalizeCell(13952741882, undefined, false)).toEqual({
      kind: 'number',
      text: '13952741882',
      number: 13952741882,
    });
    expect(normalizeCell(220112970115600, undefined, false).numericId).toBe(true);
    expect(normalizeCell(22011297011560, undefined, false).numericId).toBeUndefined();
  });

  it('writes fractions as Excel shows them, without float noise or exponents', () => {
    expect(normalizeCell(0.1 + 0.2, undefined, false).text).toBe('0.3');
    expect(normalizeCell(36.5, undefined, false).text).toBe('36.5');
    expect(normalizeCell(1e-7, undefined, false).text).toBe('0.0000001');
    expect(normalizeCell(-2.5, undefined, false).text).toBe('-2.5');
  });

  it('turns booleans into bool cells', () => {
    expect(normalizeCell(true, undefined, false)).toEqual({ kind: 'bool', text: 'TRUE' });
    expect(normalizeCell(false, undefined, false)).toEqual({ kind: 'bool', text: 'FALSE' });
  });

  it('reads Dates by their UTC parts, whatever the time zone', () => {
    expect(normalizeCell(utc(2022, 9, 5), 'mm-dd-yy', false)).toEqual({
      kind: 'date',
      text: '2022-09-05',
      date: '2022-09-05',
    });
    // 23:30 UTC is the next morning in Shanghai; the cell still shows the UTC day.
    expect(normalizeCell(utc(2022, 11, 7, 23, 30), 'yyyy/m/d h:mm', false)).toEqual({
      kind: 'date',
      text: '2022-11-07 23:30',
      date: '2022-11-07',
      time: '23:30',
    });
    expect(normalizeCell(new Date(Date.UTC(2022, 8, 5, 23, 59, 59, 999)), undefined, false).date).toBe('2022-09-06');
  });

  it('turns a time of day into a time-only text cell, not a date in 1899', () => {
    expect(normalizeCell(utc(1899, 12, 30, 7, 55), 'h:mm', false)).toEqual({
      kind: 'text',
      text: '07:55',
      time: '07:55',
    });
    expect(normalizeCell(utc(1899, 12, 30, 8, 2, 30), undefined, false)).toEqual({
      kind: 'text',
      text: '08:02:30',
      time: '08:02:30',
    });
    expect(normalizeCell(0.5, 'h"时"mm"分"', false)).toEqual({ kind: 'text', text: '12:00', time: '12:00' });
  });

  it('converts serial numbers under a date format, honouring the 1904 date system', () => {
    expect(normalizeCell(44809, 'yyyy"年"m"月"d"日"', false)).toEqual({
      kind: 'date',
      text: '2022-09-05',
      date: '2022-09-05',
    });
    expect(normalizeCell(44809, 'yyyy"年"m"月"d"日"', true).date).toBe('2026-09-06');
    expect(normalizeCell(43347, 'yyyy"年"m"月"d"日"', true).date).toBe('2022-09-05');
    expect(normalizeCell(44809.75, 'yyyy/m/d h:mm', false)).toMatchObject({
      kind: 'date',
      date: '2022-09-05',
      time: '18:00',
    });
    expect(normalizeCell(44809, '[$-F800]dddd, mmmm dd, yyyy', false).date).toBe('2022-09-05');
    expect(normalizeCell(44809, '[DBNum1][$-804]yyyy"年"m"月"d"日"', false).date).toBe('2022-09-05');
  });

  it('leaves a serial number under General (or a number format) a number', () => {
    expect(normalizeCell(44809, undefined, false)).toEqual({ kind: 'number', text: '44809', number: 44809 });
    expect(normalizeCell(44809, 'General', false).kind).toBe('number');
    expect(normalizeCell(44809, '0.00_);[Red](0.00)', false).kind).toBe('number');
    expect(normalizeCell(44809, '[DBNum1]G/通用格式', false).kind).toBe('number');
  });

  it('shows an impossible date as #####, as Excel does', () => {
    expect(normalizeCell(-5, 'yyyy/m/d', false)).toEqual({ kind: 'error', text: '#####' });
    expect(normalizeCell(new Date(NaN), 'yyyy/m/d', false)).toEqual({ kind: 'error', text: '#####' });
  });

  it('joins rich text runs', () => {
    const value = { richText: [{ text: '南湖' }, { font: { bold: true }, text: '街道' }, { text: null }] };
    expect(normalizeCell(value, undefined, false)).toEqual({ kind: 'text', text: '南湖街道' });
  });

  it('takes a formula’s cached result, normalised in turn', () => {
    expect(normalizeCell({ formula: 'A2+1', result: 5 }, undefined, false)).toEqual({
      kind: 'number',
      text: '5',
      number: 5,
    });
    expect(normalizeCell({ sharedFormula: 'C2', result: '湖东社区' }, undefined, false)).toEqual({
      kind: 'text',
      text: '湖东社区',
    });
    expect(normalizeCell({ formula: 'TODAY()', result: utc(2022, 4, 18) }, 'yyyy/m/d', false).date).toBe('2022-04-18');
    // The streaming reader does not turn a formula's result into a Date: the format does.
    expect(normalizeCell({ formula: 'G7+1', result: 44810 }, 'yyyy"年"m"月"d"日"', false).date).toBe('2022-09-06');
    expect(normalizeCell({ formula: 'VLOOKUP(A1,B:C,2,0)', result: { error: '#N/A' } }, undefined, false)).toEqual({
      kind: 'error',
      text: '#N/A',
    });
    expect(normalizeCell({ formula: 'A1/0', result: NaN }, undefined, false).kind).toBe('error');
    expect(normalizeCell({ formula: 'A1' }, undefined, false)).toEqual({ kind: 'empty', text: '' });
  });

  it('takes a hyperlink’s text, plain or rich', () => {
    expect(normalizeCell({ text: '街道网站', hyperlink: 'https://example.com' }, undefined, false)).toEqual({
      kind: 'text',
      text: '街道网站',
    });
    expect(
      normalizeCell(
        { text: { richText: [{ text: '链' }, { text: '接' }] }, hyperlink: 'mailto:a@b.c' },
        undefined,
        false,
      ),
    ).toEqual({
      kind: 'text',
      text: '链接',
    });
  });

  it('gives errors as error cells, and never an object as text', () => {
    expect(normalizeCell({ error: '#N/A' }, undefined, false)).toEqual({ kind: 'error', text: '#N/A' });
    for (const value of [{ sharedString: 3 }, { foo: 'bar' }, Symbol('x'), () => 1]) {
      const cell = normalizeCell(value, undefined, false);
      expect(cell.kind).toBe('error');
      expect(typeof cell.text).toBe('string');
    }
  });
});
