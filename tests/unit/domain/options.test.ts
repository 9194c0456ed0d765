import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../shared/domain/ledgers/fields';
import { validateFieldValue } from '../../../shared/domain/ledgers/validate';
import { isOtherWord, matchOption, optionMatchesInput, resolveOption, wordKey } from '../../../shared/domain/options';

const level: FieldDef = {
  key: 'f1',
  label: '残疾等级',
  type: 'choice',
  options: ['一级', '二级', '三级', '四级'],
  optionWords: { 一级: ['1级', '壹级'], 二级: ['2级'] },
  otherWords: ['待评定'],
};
const vaccinated: FieldDef = { key: 'f2', label: '已接种', type: 'bool', optionWords: { 是: ['已种'] } };

describe('resolveOption', () => {
  it('an option itself, whatever its case, width and spaces', () => {
    expect(matchOption(level, ' 二 级 ')).toEqual({ option: '二级', how: 'option' });
    expect(wordKey('ＨＤ')).toBe('hd');
  });

  it('then a word of an option', () => {
    expect(matchOption(level, '１级')).toEqual({ option: '一级', how: 'word' });
    expect(resolveOption(level, '壹级')).toBe('一级');
  });

  it('a word glossed by another in brackets, when both name one option or only one is known', () => {
    expect(matchOption(level, '1级（壹级）')).toEqual({ option: '一级', how: 'word' });
    expect(resolveOption(level, '二级(乙等)')).toBe('二级');
    expect(resolveOption(level, '1级(2级)')).toBeNull();
  });

  it('then the only option containing the text, else none (with the options it could be)', () => {
    expect(matchOption(level, '三')).toEqual({ option: '三级', how: 'near' });
    expect(matchOption(level, '级')).toEqual({ option: null, near: ['一级', '二级', '三级', '四级'] });
    expect(matchOption(level, '五级')).toEqual({ option: null, near: [] });
    expect(matchOption(level, '三', false)).toEqual({ option: null, near: [] });
  });

  it('a 是/否 field: 是 and 否, the common words and its own; never a partial match', () => {
    expect(resolveOption(vaccinated, '有')).toBe('是');
    expect(resolveOption(vaccinated, '已种')).toBe('是');
    expect(resolveOption(vaccinated, 'NO')).toBe('否');
    expect(resolveOption(vaccinated, '是否')).toBeNull();
    expect(validateFieldValue(vaccinated, '已种')).toEqual({ ok: true, value: true });
  });

  it('names that every object has are no options', () => {
    expect(resolveOption(level, 'constructor')).toBeNull();
    expect(resolveOption({ ...level, optionWords: {} }, 'toString')).toBeNull();
  });

  it('validation, the forms and the API resolve the same way', () => {
    expect(validateFieldValue(level, '2级')).toEqual({ ok: true, value: '二级' });
    expect(validateFieldValue({ ...level, type: 'multi' }, '1级、2级')).toEqual({ ok: true, value: ['一级', '二级'] });
  });
});

describe('isOtherWord and optionMatchesInput', () => {
  it('a value remembered as kept in 其他信息', () => {
    expect(isOtherWord(level, ' 待评定 ')).toBe(true);
    expect(isOtherWord(level, '一级')).toBe(false);
  });

  it('typing a word, or part of it, finds its option in a select', () => {
    expect(optionMatchesInput(level, '一级', '壹')).toBe(true);
    expect(optionMatchesInput(level, '二级', '壹')).toBe(false);
    expect(optionMatchesInput(level, '二级', '二')).toBe(true);
    expect(optionMatchesInput(vaccinated, '是', '已种')).toBe(true);
    expect(optionMatchesInput(vaccinated, '否', '没')).toBe(true);
    expect(optionMatchesInput(level, '三级', '')).toBe(true);
  });
});
