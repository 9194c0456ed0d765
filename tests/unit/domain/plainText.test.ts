import { describe, expect, it } from 'vitest';
import { CLEAN, isStableChar, OTHER, SPACED, textShape } from '../../../shared/domain/plainText';
import { cleanName, cleanText } from '../../../shared/domain/text';

/** cleanText and cleanName as they were before the fast paths: the slow path, always right. */
const slowClean = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const slowName = (text: string) =>
  slowClean(text)
    .replace(/[\u30fb\uff65\u2022\u2027\u2219\u22c5\u0387]/g, '·')
    .replace(/(?<=[\p{Script=Han}·]) (?=[\p{Script=Han}·])/gu, '');

const TRICKY = [
  '',
  ' ',
  'abc',
  '湖东社区',
  '湖东社区1栋2单元101室',
  ' 湖东社区',
  '湖东社区 ',
  '湖东  社区',
  '王 芳',
  'John Smith',
  'ＡＢＣ１２３',
  '１３９０４３１２２２２',
  '２０２２－０４－１８',
  '\u3000新月路\u3000社区\u3000',
  'a\u00a0b',
  'a\u00a0 b',
  '\u00a0',
  'a\u200bb\ufeff',
  '\u200c\u200d\u2060',
  '第一\r\n网格\t\t东区',
  'a\u000bb\u000cc',
  'a\u2028b\u2029c\u0085d',
  'a\u1680b\u2000c\u205fd\u180ee',
  'e\u0301',
  'é',
  'a\u0308\u0301',
  '\u0301',
  '王\u0301芳',
  '😀',
  '王芳😀',
  '\ud83d',
  '\ude00x',
  '\uf900',
  '\uf9dc\ufa0e\ufa2d',
  '\u2f00\u2fd5',
  'ⅰⅱⅲ',
  '①②',
  '㈱',
  '㍿',
  'ﬁ',
  'ſ',
  'K',
  '\u2126',
  'ｶﾞ',
  'カ\u3099',
  '가',
  '\u1100\u1161',
  '阿依古丽·买买提',
  '阿依古丽 · 买买提',
  '阿依古丽・买买提',
  '阿依古丽･买买提',
  '阿依古丽•买买提',
  '阿依古丽\u0387买买提',
  '“备注”、《说明》【附】—‘引’。',
  '（备注）：无',
  '……',
  '°C',
  '²',
  '\u00ad',
  '\u034f',
  '\u3400\u4dbf\u4e00\u9fff\ua000',
  '\u{20000}\u{2f800}',
];

describe('cleanText and cleanName fast paths', () => {
  it.each(TRICKY)('%j is cleaned as by normalize and the regular expressions', (text) => {
    expect(cleanText(text)).toBe(slowClean(text));
    expect(cleanName(text)).toBe(slowName(text));
  });

  it('agrees with the slow path on every pair of the tricky pieces', () => {
    for (const a of TRICKY) {
      for (const b of TRICKY) {
        const text = `${a}${b}`;
        expect(cleanText(text), JSON.stringify(text)).toBe(slowClean(text));
        expect(cleanName(text), JSON.stringify(text)).toBe(slowName(text));
      }
    }
  });

  it('takes the fast path only for characters NFKC keeps, wherever they stand', () => {
    for (let c = 0; c <= 0xffff; c++) {
      if (!isStableChar(c)) continue;
      const char = String.fromCharCode(c);
      for (const text of [char, `a${char}b`, `王${char}芳`, `${char}${char}`, `a\u0345${char}`]) {
        expect(text.normalize('NFKC'), `U+${c.toString(16)}`).toBe(text);
      }
      expect(/\s/.test(char) || /[\u200b-\u200d\u2060\ufeff]/.test(char), `U+${c.toString(16)}`).toBe(false);
    }
  });

  it('tells the shapes apart', () => {
    expect(textShape('')).toBe(CLEAN);
    expect(textShape('湖东社区 1 栋')).toBe(CLEAN);
    expect(textShape(' 湖东')).toBe(SPACED);
    expect(textShape('湖东 ')).toBe(SPACED);
    expect(textShape('湖东  社区')).toBe(SPACED);
    expect(textShape('湖东\u3000社区')).toBe(SPACED);
    expect(textShape('湖东\n社区')).toBe(SPACED);
    expect(textShape('ＡＢ')).toBe(OTHER);
    expect(textShape('a\u200bb')).toBe(OTHER);
  });
});
