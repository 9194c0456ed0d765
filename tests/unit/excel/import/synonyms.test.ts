import { describe, expect, it } from 'vitest';
import { isKnownHeader, matchHeader, targetWords } from '../../../../electron/core/excel/import/synonyms';
import { cleanHeader } from '../../../../electron/core/excel/read';
import type { FieldDef } from '../../../../shared/domain/ledgers/fields';
import { openTestApp } from '../../helpers';
import { getKind } from '../../../../electron/core/ledgers/kinds';

const core = openTestApp();
const pregnant = getKind(core.ctx, 'pregnant').fields;
const dialysis = getKind(core.ctx, 'dialysis').fields;
const staffKind: FieldDef[] = [{ key: 'f1', label: '慢性病种类', type: 'text' }];

describe('matchHeader', () => {
  it('maps a synonym exactly, whatever its spacing and full-width characters', () => {
    expect(matchHeader('公民身份号码', pregnant)).toEqual({ target: 'idNumber', strength: 2 });
    expect(matchHeader(' 手 机 号\n', pregnant)).toEqual({ target: 'phones', strength: 2 });
    expect(matchHeader('预产期（年月日）', pregnant)).toEqual({ target: 'fields.dueDate', strength: 2 });
    expect(matchHeader('透析方式', dialysis)).toEqual({ target: 'fields.dialysisType', strength: 2 });
  });

  it('maps a near miss by a close word and says which', () => {
    expect(matchHeader('居民身份证号', pregnant)).toMatchObject({ target: 'idNumber', strength: 1 });
    expect(matchHeader('孕妇现住址', pregnant)).toMatchObject({
      target: 'address',
      strength: 1,
      note: '按“现住址”近似匹配，请核对',
    });
    expect(matchHeader('慢性病种', staffKind)).toMatchObject({ target: 'fields.f1', strength: 1 });
  });

  it('skips row numbers and derived values, and keeps the unknown in extra', () => {
    expect(matchHeader('序号', pregnant)).toMatchObject({ target: 'skip', strength: 2 });
    expect(matchHeader('血型', pregnant)).toMatchObject({ target: 'extra', strength: 0 });
    expect(matchHeader('   ', pregnant)).toMatchObject({ target: 'skip', strength: 0 });
  });

  it('knows the words real forms use', () => {
    const cases: [string, typeof pregnant, string][] = [
      ['就诊医院', dialysis, 'fields.dialysisHospital'],
      ['透析中心', dialysis, 'fields.dialysisHospital'],
      ['血透室', dialysis, 'fields.dialysisHospital'],
      ['透析机构', dialysis, 'fields.dialysisHospital'],
      ['透析种类', dialysis, 'fields.dialysisType'],
      ['透析类型', dialysis, 'fields.dialysisType'],
      ['包联领导', dialysis, 'cadre'],
      ['责任人', pregnant, 'cadre'],
      ['包保人', pregnant, 'cadre'],
      ['预计分娩日期', pregnant, 'fields.dueDate'],
      ['预产日期', pregnant, 'fields.dueDate'],
      ['末次月经时间', pregnant, 'fields.lastMenstrualDate'],
      ['LMP', pregnant, 'fields.lastMenstrualDate'],
      ['联系方式', pregnant, 'phones'],
      ['电话号码', pregnant, 'phones'],
      ['社区（村）', pregnant, 'community'],
      ['村（社区）', pregnant, 'community'],
      ['社区名称', pregnant, 'community'],
      ['网格名称', pregnant, 'grid'],
      ['家庭住址', pregnant, 'address'],
      ['现居住地', pregnant, 'address'],
    ];
    for (const [header, defs, target] of cases)
      expect({ header, ...matchHeader(header, defs) }).toEqual({ header, target, strength: 2 });
  });

  it('keeps 户籍 columns in 其他信息, recognised: 户籍 is not where a person lives', () => {
    for (const header of ['户籍地', '户籍所在地', '户籍地址'])
      expect(matchHeader(header, pregnant)).toEqual({
        target: 'extra',
        note: '户籍地不是现住址，保存在“其他信息”中',
        strength: 2,
      });
    expect(matchHeader('户籍详细住址', pregnant)).toMatchObject({ target: 'extra', strength: 1 });
    expect(isKnownHeader(cleanHeader('户籍所在地'), pregnant)).toBe(true);
    expect(matchHeader('户籍人口中的孕产妇管理服务台账', pregnant)).toMatchObject({ strength: 0 });
  });

  it('uses the staff’s words: a field’s aliases and the kind’s common aliases', () => {
    const withAlias: FieldDef[] = [{ ...staffKind[0]!, aliases: ['慢病类别'] }];
    expect(matchHeader('慢病类别', withAlias)).toEqual({ target: 'fields.f1', strength: 2 });
    expect(matchHeader('慢病类别', staffKind)).toMatchObject({ target: 'extra', strength: 0 });
    expect(matchHeader('所在小区', staffKind, { address: ['所在小区'] })).toEqual({ target: 'address', strength: 2 });
    expect(matchHeader('所在小区', staffKind)).not.toMatchObject({ target: 'address', strength: 2 });
    expect(targetWords(withAlias, { grid: ['片区'] }).find(([t]) => t === 'grid')![1]).toContain('片区');
  });

  it('answers as the plain bigram comparison with every word does, for headers and data cells alike', () => {
    const words = [
      ...['姓名', '身份证号码', '联系电话', '现住址', '预产期', '产检医院', '妊娠风险等级', '包保干部', '透析医院'],
      ...['透析日', '所属网格', '备注', '慢性病种类', '紧急联系人及电话', '高危因素描述'],
    ];
    const inputs = new Set<string>(['王芳', '220104199001010002', '13900000001', '2027-03-01', '绿', '长春市妇产医院']);
    for (const word of words) {
      for (let i = 0; i < word.length; i++) {
        inputs.add(word.slice(0, i) + word.slice(i + 1));
        inputs.add(word.slice(0, i) + '的' + word.slice(i));
        inputs.add(word.slice(0, i) + '某' + word.slice(i + 1));
      }
      inputs.add(`${word}及备注`);
      inputs.add(`本人${word}`);
    }
    for (const defs of [pregnant, dialysis, staffKind]) {
      for (const input of inputs) {
        const expected = plainMatch(input, defs);
        const got = matchHeader(input, defs);
        expect({ input, target: got.target, strength: got.strength }).toEqual({ input, ...expected });
        expect(isKnownHeader(cleanHeader(input), defs)).toBe(expected.strength > 0);
      }
    }
  });
});

/**
 * The definition matchHeader's fuzzy step keeps: the best Dice score of character bigrams (or of
 * containment) against every word of every target, 0.6 at least; ties go to the first.
 */
function plainMatch(header: string, defs: FieldDef[]): { target: string; strength: number } {
  const exact = matchHeader(header, defs);
  if (exact.strength === 2 || exact.note === '空白表头') return { target: exact.target, strength: exact.strength };
  const cleaned = cleanHeader(header).replace(/[（(][^）)]*[）)]$/, '');
  if (/^(?:户籍|户口).{0,8}$/.test(cleaned)) return { target: 'extra', strength: 1 };
  const grams = (s: string) => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
  const dice = (a: string, b: string) => {
    const x = grams(a);
    const pool = grams(b);
    if (!x.length || !pool.length) return 0;
    const total = x.length + pool.length;
    let shared = 0;
    for (const g of x) {
      const at = pool.indexOf(g);
      if (at >= 0) (shared++, pool.splice(at, 1));
    }
    return (2 * shared) / total;
  };
  let best: { target: string; score: number } | null = null;
  for (const [target, words] of targetWords(defs)) {
    for (const word of words.map(cleanHeader)) {
      const contains =
        word.length >= 2 && (cleaned.includes(word) || word.includes(cleaned)) ? 0.8 + word.length / 100 : 0;
      const score = Math.max(contains, dice(cleaned, word));
      if (score >= 0.6 && (!best || score > best.score)) best = { target, score };
    }
  }
  return best ? { target: best.target, strength: 1 } : { target: 'extra', strength: 0 };
}
