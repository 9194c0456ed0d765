import { describe, expect, it } from 'vitest';
import { entryColumns, entryValues } from '../../../../electron/core/excel/import/entryColumns';

describe('the entry columns an import writes', () => {
  it('give one value per column, in the same order', () => {
    const values = entryValues(
      {
        name: '张丽',
        idNumber: '220104199001010028',
        gender: '女',
        birthDate: '1990-01-01',
        phones: ['13900000001'],
        phoneNotes: { '13900000001': '本人' },
        community: '湖东社区',
        grid: null,
        address: '湖东2栋',
        cadre: '王锐',
        note: '',
        fields: { dueDate: '2027-01-05' },
        extra: {},
      },
      { namePinyin: 'zhangli', search: 'zl' },
    );
    const columns = entryColumns().split(', ');
    expect(values).toHaveLength(columns.length);
    expect(Object.fromEntries(columns.map((c, i) => [c, values[i]]))).toMatchObject({
      name: '张丽',
      phone_notes: '{"13900000001":"本人"}',
      fields: '{"dueDate":"2027-01-05"}',
      extra: '{}',
      search: 'zl',
    });
  });
});
