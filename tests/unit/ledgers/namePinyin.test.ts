import { describe, expect, it } from 'vitest';
import { fromTwoCalls, namePinyin } from '../../../electron/core/ledgers/namePinyin';
import { searchText } from '../../../electron/core/ledgers/search';
import { people } from '../../../bench/people';

/** fromTwoCalls is pinyin-pro asked twice, as namePinyin always did: the answer to match. */
function expectSame(names: string[]): void {
  for (const name of names) expect(namePinyin(name), JSON.stringify(name)).toEqual(fromTwoCalls(name));
}

describe('namePinyin', () => {
  it('spells names out and gives their initials', () => {
    expect(namePinyin('王芳')).toEqual({ full: 'wangfang', initials: 'wf' });
    expect(namePinyin('单田芳')).toEqual({ full: 'shantianfang', initials: 'stf' });
    expect(namePinyin('吕欣')).toEqual({ full: 'lvxin', initials: 'lx' });
    expect(namePinyin('阿依古丽·买买提')).toEqual({ full: 'ayiguli·maimaiti', initials: 'aygl·mmt' });
    expect(namePinyin('')).toEqual({ full: '', initials: '' });
  });

  it('reads every common Chinese character as pinyin-pro does, alone and after a surname', () => {
    const names: string[] = [];
    for (let c = 0x4e00; c <= 0x9fff; c++) names.push(String.fromCharCode(c));
    for (let c = 0x3400; c <= 0x4dbf; c += 7) names.push(String.fromCharCode(c));
    const surnames = '王单曾解仇朴区查盖乐长万俟尉迟欧阳令狐';
    for (let c = 0x4e00; c <= 0x9fff; c += 5) names.push(`${surnames[c % surnames.length]}${String.fromCharCode(c)}`);
    expectSame(names);
  });

  it('reads generated names, twice (the second time remembered)', () => {
    const names = [...people(3000, 5)].map((p) => p.name);
    expectSame(names);
    expectSame(names);
  });

  it('reads names with what is not Chinese as pinyin-pro does', () => {
    expectSame([
      'John Smith',
      'Lü Xin',
      '李 Anna',
      '王·芳',
      '王 芳',
      '一一',
      '一不了',
      '说一说',
      '王芳芳々',
      '嗯',
      '呣',
      '欸',
      '兛瓩',
      '〇',
      'ā王',
      '王ǚ',
      'ńḿ',
      'ê王',
      '𠮷野家',
      '王😀',
      '\ud800王',
      'Σίσυφος',
      'ÉLISE',
      '王-芳',
      '王1芳',
      'x',
      ' ',
    ]);
  });
});

describe('searchText', () => {
  it('holds the name, its initials and pinyin, the ID number and the phones’ digits, in lower case', () => {
    expect(searchText('王芳', '22010419850320494X', ['139-0431-2222', '0431-85201234'])).toBe(
      '王芳 wf wangfang 22010419850320494x 13904312222 043185201234',
    );
    expect(searchText('ÉLISE Σ', 'X', [], { full: 'ÉLISE', initials: 'É' })).toBe('élise σ é élise x');
  });
});
