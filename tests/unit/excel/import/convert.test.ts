import { describe, expect, it } from 'vitest';
import { rowToDraft, sourceColumn } from '../../../../electron/core/excel/import/convert';

describe('rowToDraft', () => {
  const mapping = [
    { column: 0, header: '姓名', target: 'name' },
    { column: 1, header: '电话', target: 'phones' },
    { column: 2, header: '手机', target: 'phones' },
    { column: 3, header: '预产期', target: 'fields.dueDate' },
    { column: 4, header: '预产期2', target: 'fields.dueDate' },
    { column: 5, header: 'f', target: 'fields' },
    { column: 6, header: 'p', target: '__proto__' },
    { column: 7, header: 't', target: 'toString' },
    { column: 8, header: 'fp', target: 'fields.__proto__' },
    { column: 9, header: '__proto__', target: 'extra' },
    { column: 10, header: '序号', target: 'skip' },
    { column: 11, header: '身份证', target: 'idNumber' },
    { column: 12, header: '空', target: 'note' },
  ];
  const cells = [
    '王芳',
    '13904312222',
    13904312223,
    46000,
    '2027-01-01',
    'F',
    'P',
    'T',
    'FP',
    ' X ',
    1,
    220104198503204944,
    '  ',
  ];

  it('takes each target’s first value (phones, address and note joined), whatever the target is called', () => {
    const row = rowToDraft(cells, mapping, '湖东社区');
    // JSON.parse, so that "__proto__" is an own key as in the draft, not the prototype.
    expect(row.draft).toEqual(
      JSON.parse(
        '{"name":"王芳","phones":"13904312222/13904312223","fields":{"dueDate":46000,"__proto__":"FP"},' +
          '"idNumber":"220104198503204930","community":"湖东社区","extra":{"__proto__":"X"}}',
      ),
    );
    expect(Object.getPrototypeOf(row.draft)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(row.draft.fields)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(row.draft.extra)).toBe(Object.prototype);
  });

  it('knows the first column each value came from', () => {
    const row = rowToDraft(cells, mapping, '湖东社区');
    const expected: [string, number][] = [
      ['name', 0],
      ['phones', 1],
      ['fields.dueDate', 3],
      ['fields', 5],
      ['__proto__', 6],
      ['toString', 7],
      ['fields.__proto__', 8],
      ['idNumber', 11],
      ['note', 12], // mapped, but blank: a missing value is its column's
      ['community', -1],
      ['extra', -1],
      ['skip', -1],
    ];
    for (const [target, column] of expected) expect(sourceColumn(row, target), target).toBe(column);
  });
});
