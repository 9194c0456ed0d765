import { describe, expect, it } from 'vitest';
import { parseChoice, parseMultiChoice, parseNumber, parseYesNo } from '../../../shared/domain/values';

const NOT_NUMBER = (text: string) => `无法识别的数字“${text}”，请填写数字，如 12 或 3.5`;

describe('parseNumber', () => {
  it.each([
    [12, 12],
    [-3.5, -3.5],
    [0, 0],
    ['12', 12],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['-1,234', -1234],
    ['１２３', 123],
    ['１，２３４．５', 1234.5],
    [' 3.5 ', 3.5],
    ['+7', 7],
    ['.5', 0.5],
    ['5.', 5],
    ['1e3', 1000],
    ['0012', 12],
  ])('%j → %d', (raw, expected) => {
    expect(parseNumber(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['abc', NOT_NUMBER('abc')],
    ['12abc', NOT_NUMBER('12abc')],
    ['5岁', NOT_NUMBER('5岁')],
    ['1,23', NOT_NUMBER('1,23')],
    ['1.2.3', NOT_NUMBER('1.2.3')],
    ['0x10', NOT_NUMBER('0x10')],
    ['NaN', NOT_NUMBER('NaN')],
    ['Infinity', NOT_NUMBER('Infinity')],
    ['1e999', NOT_NUMBER('1e999')],
    ['-', NOT_NUMBER('-')],
    [Number.NaN, NOT_NUMBER('NaN')],
    [Number.POSITIVE_INFINITY, NOT_NUMBER('Infinity')],
    ['', '数字未填写'],
    [' ', '数字未填写'],
    [null, '数字未填写'],
    [true, '应填写数字，如 12 或 3.5'],
    [[1], '应填写数字，如 12 或 3.5'],
  ])('%j is refused: %s', (raw, error) => {
    expect(parseNumber(raw)).toEqual({ ok: false, error });
  });
});

describe('parseYesNo', () => {
  it.each([
    ['是', true],
    ['否', false],
    ['有', true],
    ['无', false],
    ['没有', false],
    ['Y', true],
    ['y', true],
    ['N', false],
    ['n', false],
    ['yes', true],
    ['YES', true],
    ['no', false],
    ['true', true],
    ['TRUE', true],
    ['false', false],
    ['1', true],
    ['0', false],
    [1, true],
    [0, false],
    ['√', true],
    ['×', false],
    ['✓', true],
    ['✗', false],
    ['✔', true],
    ['✘', false],
    ['Ｙ', true],
    [' 是 ', true],
    [true, true],
    [false, false],
  ])('%j → %s', (raw, expected) => {
    expect(parseYesNo(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['也许', '无法识别“也许”，请填写“是”或“否”'],
    ['2', '无法识别“2”，请填写“是”或“否”'],
    [2, '无法识别“2”，请填写“是”或“否”'],
    ['是否', '无法识别“是否”，请填写“是”或“否”'],
    ['', '是/否未填写'],
    [null, '是/否未填写'],
    [{}, '请填写“是”或“否”'],
  ])('%j is refused: %s', (raw, error) => {
    expect(parseYesNo(raw)).toEqual({ ok: false, error });
  });
});

const LEVELS = ['一级', '二级', '三级', '四级'] as const;
const AIDS = ['轮椅', '助听器', '拐杖', '假肢'];

describe('parseChoice', () => {
  it.each([
    ['一级', '一级'],
    [' 二级\u3000', '二级'],
    ['三', '三级'], // the only option containing the text
    ['四级（重度）', '四级'], // contains the only option
  ])('%j → %s', (raw, expected) => {
    expect(parseChoice(raw, LEVELS, '残疾等级')).toEqual({ ok: true, value: expected });
  });

  it('prefers an exact match, then a case-insensitive one', () => {
    expect(parseChoice('A', ['A', 'AB'], '类别')).toEqual({ ok: true, value: 'A' });
    expect(parseChoice('ab', ['A', 'AB'], '类别')).toEqual({ ok: true, value: 'AB' });
    expect(parseChoice('Ｂ', ['a', 'b'], '类别')).toEqual({ ok: true, value: 'b' });
    expect(parseChoice(2, ['1', '2'], '档次')).toEqual({ ok: true, value: '2' });
  });

  it('returns the option as configured, even when the configured text is untidy', () => {
    expect(parseChoice('低保户', [' 低保户 ', '特困'], '救助类别')).toEqual({ ok: true, value: ' 低保户 ' });
  });

  it.each([
    ['五级', '残疾等级“五级”不在可选项中，请填写：一级、二级、三级、四级 之一'],
    ['级', '残疾等级“级”可能是 一级、二级、三级、四级 中的任一个，请写完整'],
    ['重度', '残疾等级“重度”不在可选项中，请填写：一级、二级、三级、四级 之一'],
    ['', '残疾等级未填写'],
    [null, '残疾等级未填写'],
    [true, '残疾等级应为文字，请填写：一级、二级、三级、四级 之一'],
  ])('%j is refused: %s', (raw, error) => {
    expect(parseChoice(raw, LEVELS, '残疾等级')).toEqual({ ok: false, error });
  });

  it('says when there are no options', () => {
    expect(parseChoice('x', [], '类别')).toEqual({ ok: false, error: '类别还没有设置可选项，请先在设置中添加' });
  });
});

describe('parseMultiChoice', () => {
  it.each([
    ['轮椅', ['轮椅']],
    ['轮椅、拐杖', ['轮椅', '拐杖']],
    ['轮椅,拐杖', ['轮椅', '拐杖']],
    ['轮椅，拐杖', ['轮椅', '拐杖']],
    ['轮椅;拐杖；假肢', ['轮椅', '拐杖', '假肢']],
    ['轮椅/拐杖', ['轮椅', '拐杖']],
    ['轮椅 拐杖', ['轮椅', '拐杖']],
    ['拐杖、轮椅、拐杖', ['拐杖', '轮椅']],
    ['助听', ['助听器']],
    [
      ['假肢', '轮椅'],
      ['假肢', '轮椅'],
    ],
    [['假肢', ' ', '假肢'], ['假肢']],
  ])('%j → %j', (raw, expected) => {
    expect(parseMultiChoice(raw, AIDS, '辅具')).toEqual({ ok: true, value: expected });
  });

  it('takes an option holding a separator whole', () => {
    expect(parseMultiChoice('高血压/糖尿病', ['高血压/糖尿病', '冠心病'], '慢病')).toEqual({
      ok: true,
      value: ['高血压/糖尿病'],
    });
  });

  it.each([
    ['轮椅、眼镜', '辅具“眼镜”不在可选项中，请填写：轮椅、助听器、拐杖、假肢 之一'],
    [['轮椅', '眼镜'], '辅具“眼镜”不在可选项中，请填写：轮椅、助听器、拐杖、假肢 之一'],
    ['', '辅具未填写'],
    ['、 ,', '辅具未填写'],
    [[], '辅具未填写'],
    [null, '辅具未填写'],
    [true, '辅具应为文字，请从 轮椅、助听器、拐杖、假肢 中选择'],
  ])('%j is refused: %s', (raw, error) => {
    expect(parseMultiChoice(raw, AIDS, '辅具')).toEqual({ ok: false, error });
  });
});

describe('a field’s words (FieldDef.optionWords)', () => {
  const words = { 低保: ['低保户', '城市低保'], 特困: ['特困供养', '五保'] };
  const kinds = ['低保', '特困', '边缘户'];

  it('parseChoice takes a word for its option, ignoring case and width, before the contains rule', () => {
    expect(parseChoice('城市低保', kinds, '救助类别', words)).toEqual({ ok: true, value: '低保' });
    expect(parseChoice('五保', kinds, '救助类别', words)).toEqual({ ok: true, value: '特困' });
    expect(parseChoice('边缘', kinds, '救助类别', words)).toEqual({ ok: true, value: '边缘户' });
    expect(parseChoice('五保', kinds, '救助类别')).toEqual({
      ok: false,
      error: '救助类别“五保”不在可选项中，请填写：低保、特困、边缘户 之一',
    });
  });

  it('a word of an option that is not among the options is ignored', () => {
    expect(parseChoice('散居', ['低保'], '救助类别', { 孤儿: ['散居'] }).ok).toBe(false);
  });

  it('parseMultiChoice resolves every piece, and a word holding a separator whole', () => {
    expect(parseMultiChoice('五保、城市低保', kinds, '救助类别', words)).toEqual({ ok: true, value: ['特困', '低保'] });
    expect(parseMultiChoice('低保/特困供养', kinds, '救助类别', { ...words, 特困: ['低保/特困供养'] })).toEqual({
      ok: true,
      value: ['特困'],
    });
  });

  it('parseYesNo takes a field’s own words besides the common ones', () => {
    const own = { 是: ['已接种'], 否: ['未接种'] };
    expect(parseYesNo('已接种', own)).toEqual({ ok: true, value: true });
    expect(parseYesNo('未接种', own)).toEqual({ ok: true, value: false });
    expect(parseYesNo('√', own)).toEqual({ ok: true, value: true });
    expect(parseYesNo('已接种').ok).toBe(false);
  });
});
