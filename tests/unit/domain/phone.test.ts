import { describe, expect, it } from 'vitest';
import {
  cleanPhoneNote,
  formatPhones,
  parseLabelledPhones,
  parsePhone,
  parsePhones,
  phoneNotesOf,
} from '../../../shared/domain/phone';
import { LABELLED_CASES, NUMBER_CASES, REFUSED_CASES } from './phoneCases';

describe('parsePhones', () => {
  it.each(NUMBER_CASES)('%j → %j', (raw, expected) => {
    expect(parsePhones(raw)).toEqual({ ok: true, value: expected });
  });

  it.each(REFUSED_CASES)('%j is refused: %s', (raw, error) => {
    expect(parsePhones(raw)).toEqual({ ok: false, error });
  });

  it('does not choke on a long cell of many numbers', () => {
    const many = Array.from({ length: 30 }, (_, i) => `1390431${String(1000 + i)}`).join(' ');
    const parsed = parsePhones(many);
    expect(parsed.ok && parsed.value.length).toBe(30);
    expect(parsePhones(`${'1 '.repeat(60)}`).ok).toBe(false);
  });
});

describe('parsePhone', () => {
  it.each([
    ['139 0431 2222', '13904312222'],
    ['(0431)85201234', '0431-85201234'],
    [13952741882, '13952741882'],
    ['13904312222/13904312222', '13904312222'],
  ])('%j → %s', (raw, expected) => {
    expect(parsePhone(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['13748905226/13804315555', '只能填写一个电话号码，现在有 2 个：13748905226、13804315555'],
    ['', '电话未填写'],
    ['85201234', '固定电话 85201234 缺少区号，请写成 0431-85201234 这样'],
  ])('%j is refused: %s', (raw, error) => {
    expect(parsePhone(raw)).toEqual({ ok: false, error });
  });
});

describe('parsePhones fast path (one mobile number as it should be written)', () => {
  // The same number with a trailing separator takes every step of the slow path.
  it.each(['13904312222', '19912345678', '12904312222', '1390431222', '139043122222', '0431852012'])('%s', (text) => {
    expect(parsePhones(text)).toEqual(parsePhones(`${text}/`));
  });
});

describe('parseLabelledPhones', () => {
  it.each(LABELLED_CASES)('%j → %j', (raw, expected) => {
    expect(parseLabelledPhones(raw)).toEqual({
      ok: true,
      value: expected.map(([number, note]) => ({ number, note })),
    });
  });

  it.each(NUMBER_CASES)('%j has no notes', (raw, expected) => {
    expect(parseLabelledPhones(raw)).toEqual({ ok: true, value: expected.map((number) => ({ number, note: '' })) });
  });

  it.each(REFUSED_CASES)('%j is refused as parsePhones refuses it', (raw, error) => {
    expect(parseLabelledPhones(raw)).toEqual({ ok: false, error });
  });

  it('gives one number with its label to parsePhone', () => {
    expect(parsePhone('本人 139 0431 2222')).toEqual({ ok: true, value: '13904312222' });
  });
});

describe('formatPhones', () => {
  it('writes each number with its note in brackets, and reads back the same numbers and notes', () => {
    for (const [raw] of LABELLED_CASES) {
      const parsed = parseLabelledPhones(raw);
      if (!parsed.ok) throw new Error(parsed.error);
      const phones = parsed.value.map((p) => p.number);
      const notes = phoneNotesOf(parsed.value);
      const written = formatPhones(phones, notes);
      expect(parseLabelledPhones(written)).toEqual(parsed);
    }
  });

  it('shows 13904312222（本人）/13804315555（丈夫）, numbers without a note alone', () => {
    const notes = { '13904312222': '本人', '13804315555': '丈夫' };
    expect(formatPhones(['13904312222', '13804315555', '0431-85201234'], notes)).toBe(
      '13904312222（本人）/13804315555（丈夫）/0431-85201234',
    );
    expect(formatPhones(['13904312222'], notes, '、')).toBe('13904312222（本人）');
    expect(formatPhones(['13904312222'], undefined)).toBe('13904312222');
    expect(formatPhones(['13904312222'], { toString: 'x' } as never)).toBe('13904312222');
  });

  it('keeps only the numbers that have a note in phoneNotesOf', () => {
    expect(
      phoneNotesOf([
        { number: '13904312222', note: '本人' },
        { number: '0431-85201234', note: '' },
      ]),
    ).toEqual({ '13904312222': '本人' });
  });
});

describe('cleanPhoneNote', () => {
  it.each([
    ['本人', '本人'],
    [' （丈夫） ', '丈夫'],
    ['家属电话', '家属'],
    ['紧急联系人 李四', '紧急联系人 李四'],
    ['', ''],
    [null, ''],
    ['手机', ''],
  ])('%j → %j', (raw, expected) => {
    expect(cleanPhoneNote(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['3号楼', '电话备注“3号楼”只能写中文称呼，如 本人、丈夫、紧急联系人（不要带数字和标点）'],
    ['本人/丈夫', '电话备注“本人/丈夫”只能写中文称呼，如 本人、丈夫、紧急联系人（不要带数字和标点）'],
    [
      '一二三四五六七八九十一二三四五六七八九十一',
      '电话备注“一二三四五六七八九十一二三四五六七八九十一”太长，最多 20 个字',
    ],
    [12, '电话备注应为文字，如 本人、丈夫'],
  ])('%j is refused: %s', (raw, error) => {
    expect(cleanPhoneNote(raw)).toEqual({ ok: false, error });
  });
});
