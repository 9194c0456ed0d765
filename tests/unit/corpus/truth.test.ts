import { describe, expect, it } from 'vitest';
import { compare, rowKey, type RowReports, type StoredEntry, type Truth } from './truth';

const truth: Truth = {
  file: 't.xlsx',
  producer: 'test',
  covers: 'the comparison itself',
  kind: 'pregnant',
  entries: [
    {
      at: { sheet: 'S', row: 2 },
      name: '王芳',
      idNumber: '220105199301229407',
      gender: '女',
      birthDate: '1993-01-22',
      phones: ['13904312222'],
      phoneNotes: { '13904312222': '本人' },
      community: '湖东社区',
      grid: null,
      address: '湖东小区1栋',
      cadre: '王锐',
      note: '',
      fields: { dueDate: '2022-09-03' },
      extra: { 户籍地: '吉林省九台市' },
    },
    {
      at: { sheet: 'S', row: 3 },
      name: '李静',
      idNumber: '220106198908128384',
      gender: '女',
      birthDate: '1989-08-12',
      phones: [],
      community: '湖东社区',
      grid: '第一网格',
      address: '',
      cadre: '',
      note: '',
      fields: {},
      extra: {},
    },
  ],
  errors: [{ sheet: 'S', row: 4, column: '身份证号码' }],
  duplicates: [{ sheet: 'S', row: 5 }],
  warnings: [{ sheet: 'S', row: 3, why: 'merged' }],
};

const stored = (): StoredEntry[] =>
  truth.entries.map(({ at: _, ...e }) => ({ ...structuredClone(e), phoneNotes: e.phoneNotes ?? {} }));
const said = (): RowReports => ({
  errors: new Map([[rowKey({ sheet: 'S', row: 4 }), ['身份证号码']]]),
  duplicates: new Set([rowKey({ sheet: 'S', row: 5 })]),
  warnings: new Map(),
  marks: new Map([[rowKey({ sheet: 'S', row: 3 }), ['来自合并单元格']]]),
  distinguishes: true,
});

describe('comparing an import with its truth', () => {
  it('finds nothing when everything is as the truth says', () => {
    const c = compare(truth, stored(), said(), ['dueDate', 'riskLevel']);
    expect(c).toEqual({ differences: [], reports: [], tally: { right: 4, flagged: 0, wrong: 0, lost: 0 } });
  });

  it('names every differing field, and counts the row stored wrong', () => {
    const entries = stored();
    entries[0]!.phoneNotes = {};
    entries[0]!.fields = { dueDate: '2022-09-04', riskLevel: '红' };
    entries[0]!.extra = {};
    const c = compare(truth, entries, said(), ['dueDate', 'riskLevel']);
    expect(c.differences.map((d) => [d.field, d.expected, d.actual])).toEqual([
      ['phoneNotes', { '13904312222': '本人' }, {}],
      ['fields.dueDate', '2022-09-03', '2022-09-04'],
      ['fields.riskLevel', null, '红'],
      ['extra.户籍地', '吉林省九台市', null],
    ]);
    expect(c.tally).toMatchObject({ right: 3, wrong: 1 });
  });

  it('tells a row lost from a row refused, and reports errors, duplicates and marks not given', () => {
    const reports = said();
    reports.errors.clear();
    reports.duplicates.clear();
    reports.marks.clear();
    reports.errors.set(rowKey({ sheet: 'S', row: 3 }), ['网格']);
    const c = compare(truth, stored().slice(0, 1), reports, ['dueDate']);
    expect(c.tally).toEqual({ right: 1, flagged: 1, wrong: 0, lost: 2 });
    expect(c.reports).toEqual([
      'S!3 李静: not stored (refused: 网格)',
      'S!4: must be refused (身份证号码), the import said nothing',
      'S!5: superseded by a later row, not reported',
      'S!3: reported as a problem (网格), the truth has no problem there',
      'S!3: stored without the warning it needs (merged)',
    ]);
  });

  it('counts an entry no row should give as stored wrong', () => {
    const extra = { ...stored()[1]!, name: '多余', idNumber: '220104199001011234' };
    const c = compare(truth, [...stored(), extra], said(), []);
    expect(c.differences).toEqual([
      { row: '?', name: '多余', field: 'entry', expected: null, actual: '220104199001011234' },
    ]);
    expect(c.tally.wrong).toBe(1);
  });
});
