import { describe, expect, it } from 'vitest';
import { builtinFields } from '../../../shared/domain/ledgers/builtins';
import { validateFieldValue } from '../../../shared/domain/ledgers/validate';
import { resolveOption } from '../../../shared/domain/options';

const dialysisType = builtinFields.dialysis.find((f) => f.key === 'dialysisType')!;
const riskLevel = builtinFields.pregnant.find((f) => f.key === 'riskLevel')!;
const HOW = '请填写：血透、腹透 之一';

describe('透析方式 (dialysisType), through the one option resolver', () => {
  it('knows two types', () => {
    expect(dialysisType.options).toEqual(['血透', '腹透']);
  });

  it.each([
    ['血透', '血透'],
    ['血液透析', '血透'],
    ['透析', '血透'],
    ['HD', '血透'],
    ['hd', '血透'],
    ['ＨＤ', '血透'],
    ['HDF', '血透'],
    ['血液透析滤过', '血透'],
    ['血滤', '血透'],
    [' 血 透 ', '血透'],
    ['腹透', '腹透'],
    ['腹膜透析', '腹透'],
    ['PD', '腹透'],
    ['pd', '腹透'],
    ['CAPD', '腹透'],
    ['APD', '腹透'],
  ])('%j → %s', (raw, expected) => {
    expect(validateFieldValue(dialysisType, raw)).toEqual({ ok: true, value: expected });
    expect(resolveOption(dialysisType, raw)).toBe(expected);
  });

  it.each([
    ['肾移植', `透析方式“肾移植”不在可选项中，${HOW}`],
    ['血透腹透', '透析方式“血透腹透”可能是 血透、腹透 中的任一个，请写完整'],
    ['constructor', `透析方式“constructor”不在可选项中，${HOW}`],
    ['__proto__', `透析方式“__proto__”不在可选项中，${HOW}`],
    [1, `透析方式“1”不在可选项中，${HOW}`],
  ])('%j is refused: %s', (raw, error) => {
    expect(validateFieldValue(dialysisType, raw)).toEqual({ ok: false, error });
    expect(resolveOption(dialysisType, raw)).toBeNull();
  });

  it('a blank is no value when the field is optional', () => {
    expect(validateFieldValue(dialysisType, '')).toEqual({ ok: true, value: null });
    expect(validateFieldValue(dialysisType, null)).toEqual({ ok: true, value: null });
  });
});

describe('妊娠风险等级 (riskLevel)', () => {
  it.each([
    ['绿色', '绿'],
    ['低风险', '绿'],
    ['黄色', '黄'],
    ['一般风险', '黄'],
    ['橙色', '橙'],
    ['较高风险', '橙'],
    ['红色', '红'],
    ['高风险', '红'],
    ['紫色', '紫'],
    ['传染病', '紫'],
    ['红', '红'],
  ])('%j → %s', (raw, expected) => {
    expect(validateFieldValue(riskLevel, raw)).toEqual({ ok: true, value: expected });
  });
});
