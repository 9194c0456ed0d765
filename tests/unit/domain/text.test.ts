import { describe, expect, it } from 'vitest';
import { cleanName, cleanText, isBlank, quote } from '../../../shared/domain/text';

describe('cleanText', () => {
  it.each([
    ['  湖东社区 ', '湖东社区'],
    ['\u3000新月路\u3000社区\u3000', '新月路 社区'],
    ['第一\n\n网格\t\t东区', '第一 网格 东区'],
    ['ＡＢＣ１２３', 'ABC123'],
    ['（备注）：无', '(备注):无'],
    ['a\u200bb\ufeff', 'ab'],
    ['a\u00a0 b', 'a b'],
    [12.5, '12.5'],
    [0, '0'],
    [13904312222, '13904312222'],
    [null, ''],
    [undefined, ''],
    [true, ''],
    [{ text: 'x' }, ''],
    [['a'], ''],
  ])('%j → %j', (raw, expected) => {
    expect(cleanText(raw)).toBe(expected);
  });
});

describe('cleanName', () => {
  it.each([
    ['王 芳', '王芳'],
    [' 方静 ', '方静'],
    ['欧阳　 娜 娜', '欧阳娜娜'],
    ['阿依古丽·买买提', '阿依古丽·买买提'],
    ['阿依古丽 · 买买提', '阿依古丽·买买提'],
    ['阿依古丽・买买提', '阿依古丽·买买提'],
    ['阿依古丽•买买提', '阿依古丽·买买提'],
    ['John  Smith', 'John Smith'],
    ['王\n芳', '王芳'],
    ['ＬＩ 明', 'LI 明'],
    [null, ''],
  ])('%j → %j', (raw, expected) => {
    expect(cleanName(raw)).toBe(expected);
  });
});

describe('isBlank', () => {
  it.each([
    [null, true],
    [undefined, true],
    ['', true],
    ['  \u3000\n\t', true],
    ['\u200b', true],
    [[], true],
    ['0', false],
    [0, false],
    [' x ', false],
    [['x'], false],
    [false, false],
    [new Date(0), false],
  ])('%j → %j', (raw, expected) => {
    expect(isBlank(raw)).toBe(expected);
  });
});

describe('quote', () => {
  it('cuts long text', () => {
    expect(quote('abc')).toBe('“abc”');
    expect(quote('一'.repeat(40))).toBe(`“${'一'.repeat(30)}…”`);
  });
});
