import { describe, expect, it } from 'vitest';
import { DIALYSIS_TYPES, parseDialysisType } from '../../../shared/domain/dialysis';

const HOW = '请填写“血透”或“腹透”';

describe('parseDialysisType', () => {
  it('knows two types', () => {
    expect(DIALYSIS_TYPES).toEqual(['血透', '腹透']);
  });

  it.each([
    ['血透', '血透'],
    ['血液透析', '血透'],
    ['透析', '血透'],
    ['HD', '血透'],
    ['hd', '血透'],
    ['ＨＤ', '血透'],
    ['HDF', '血透'],
    [' 血 透 ', '血透'],
    ['腹透', '腹透'],
    ['腹膜透析', '腹透'],
    ['PD', '腹透'],
    ['pd', '腹透'],
    ['CAPD', '腹透'],
    ['APD', '腹透'],
  ])('%j → %s', (raw, expected) => {
    expect(parseDialysisType(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['肾移植', `无法识别的透析方式“肾移植”，${HOW}`],
    ['血透腹透', `无法识别的透析方式“血透腹透”，${HOW}`],
    ['constructor', `无法识别的透析方式“constructor”，${HOW}`],
    ['__proto__', `无法识别的透析方式“__proto__”，${HOW}`],
    ['', '透析方式未填写'],
    [null, '透析方式未填写'],
    [1, `透析方式应为文字，${HOW}`],
  ])('%j is refused: %s', (raw, error) => {
    expect(parseDialysisType(raw)).toEqual({ ok: false, error });
  });
});
