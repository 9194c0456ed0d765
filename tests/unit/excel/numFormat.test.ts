import { describe, expect, it } from 'vitest';
import { builtinDateFormat, isDateFormat, isTimeOnlyFormat } from '../../../electron/core/excel/read/numFormat';
import { plainNumberText } from '../../../electron/core/excel/read/numberText';

describe('date formats', () => {
  it.each([
    'mm-dd-yy',
    'yyyy/m/d',
    'yyyy-mm-dd',
    'yyyy"年"m"月"d"日"',
    '[$-F800]dddd, mmmm dd, yyyy',
    '[DBNum1][$-804]yyyy"年"m"月"d"日"',
    'm"月"d"日"',
    'h:mm AM/PM',
    '上午/下午h"时"mm"分"',
    '[h]:mm:ss',
    'yyyy\\-mm\\-dd',
  ])('%s is a date format', (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  it.each([
    'General',
    'G/通用格式',
    '0',
    '0.00',
    '#,##0.00_);[Red](#,##0.00)',
    '@',
    '0.00E+00',
    '"第"0"号"',
    '[DBNum1]G/通用格式',
    '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-',
  ])('%s is not a date format', (format) => {
    expect(isDateFormat(format)).toBe(false);
  });

  it('tells time-only formats from date formats', () => {
    expect(isTimeOnlyFormat('h:mm')).toBe(true);
    expect(isTimeOnlyFormat('mm:ss')).toBe(true);
    expect(isTimeOnlyFormat('h"时"mm"分"ss"秒"')).toBe(true);
    expect(isTimeOnlyFormat('yyyy/m/d h:mm')).toBe(false);
    expect(isTimeOnlyFormat('m"月"d"日"')).toBe(false);
    expect(isTimeOnlyFormat('0.00')).toBe(false);
  });

  it('knows the built-in date ids a Chinese Excel writes without a format code', () => {
    for (const id of [14, 22, 27, 31, 36, 50, 57, 58]) expect(isDateFormat(builtinDateFormat(id))).toBe(true);
    for (const id of [0, 1, 2, 10, 49, 59, 164]) expect(builtinDateFormat(id)).toBeUndefined();
    expect(isTimeOnlyFormat(builtinDateFormat(20))).toBe(true);
    expect(isTimeOnlyFormat(builtinDateFormat(31))).toBe(false);
  });
});

describe('plainNumberText', () => {
  it('never writes an exponent', () => {
    expect(plainNumberText(2.2011219970115e17)).toBe('220112199701150000');
    expect(plainNumberText(1.5e22)).toBe('15000000000000000000000');
    expect(plainNumberText(1.25e-8)).toBe('0.0000000125');
    expect(plainNumberText(-0)).toBe('0');
    expect(plainNumberText(12)).toBe('12');
  });
});
