import { describe, expect, it } from 'vitest';
import { emptyCell, normalizeCell, textCell } from '../../../electron/core/excel/read/cells';
import { classifyRow } from '../../../electron/core/excel/read/dataRows';
import type { SheetRow } from '../../../electron/core/excel/read/sheet';
import { detectHeader } from '../../../electron/core/excel/read/header';
import { fixture, isKnownHeader } from './helpers';
import { loadedRows, streamedRows } from './sheetRows';

const cells = (...texts: string[]) => texts.map(textCell);

function classesAfterHeader(rows: SheetRow[]) {
  const header = detectHeader(rows, isKnownHeader)!;
  const width = header.columns.length;
  return rows
    .filter((r) => r.rowNumber > header.headerRowNumber)
    .map((r) => [r.rowNumber, classifyRow(r.cells, width)] as const);
}

describe('classifyRow on 湖东', () => {
  const expectedData = Array.from({ length: 41 }, (_, i) => i + 4).filter((n) => n !== 21);

  it('streamed: 40 data rows (4–44 but 21), a total and a note', async () => {
    const classes = classesAfterHeader(await streamedRows(fixture('孕产妇台账-湖东社区.xlsx')));
    expect(classes.filter(([, c]) => c === 'data').map(([n]) => n)).toEqual(expectedData);
    expect(classes.filter(([, c]) => c !== 'data')).toEqual([
      [45, 'total'],
      [46, 'note'],
    ]);
  });

  it('loaded (empty row 21 present): row 21 is blank, and reading goes on after it', async () => {
    const classes = classesAfterHeader(await loadedRows(fixture('孕产妇台账-湖东社区.xlsx')));
    expect(classes.filter(([, c]) => c === 'data').map(([n]) => n)).toEqual(expectedData);
    expect(classes.filter(([, c]) => c !== 'data')).toEqual([
      [21, 'blank'],
      [45, 'total'],
      [46, 'note'],
    ]);
  });
});

describe('classifyRow', () => {
  it('blank: nothing, empty cells, or only whitespace', () => {
    expect(classifyRow([], 12)).toBe('blank');
    expect(classifyRow([emptyCell(), emptyCell()], 12)).toBe('blank');
    expect(classifyRow(cells('  ', '\u3000', '\n'), 12)).toBe('blank');
  });

  it('total: 合计/总计/小计/共计 in the first non-empty cell, whatever follows', () => {
    expect(classifyRow(cells('合计：40人'), 12)).toBe('total');
    expect(classifyRow(cells('', '合    计', '', '', '', '', '40'), 12)).toBe('total');
    expect(
      classifyRow([textCell('总计'), normalizeCell(37, undefined, false), normalizeCell(15, undefined, false)], 3),
    ).toBe('total');
    expect(classifyRow(cells('小计', '12'), 12)).toBe('total');
    expect(classifyRow(cells('共计15户'), 12)).toBe('total');
  });

  it('note: a signature or note line with most cells empty', () => {
    expect(classifyRow(cells('填表人：赵丽    审核人：王锐'), 12)).toBe('note');
    expect(
      classifyRow(cells('填表人：赵丽', '', '', '', '审核人：王锐', '', '', '', '填表日期：2022年4月18日'), 12),
    ).toBe('note');
    expect(classifyRow(cells('制表人：李阁鑫'), 12)).toBe('note');
    expect(classifyRow(cells('', '备注：以上数据截至4月18日'), 12)).toBe('note');
    expect(classifyRow(cells('说明：带*为必填项'), 12)).toBe('note');
    expect(classifyRow(cells('注：高危孕产妇每周随访'), 12)).toBe('note');
    expect(classifyRow(cells('联系人：孙新福', '', '联系电话：13904318888'), 12)).toBe('note');
  });

  it('data: everything else, including data rows that mention those words later', () => {
    expect(classifyRow(cells('1', '邹春梅', '220105199301229407', '18656557247'), 12)).toBe('data');
    expect(classifyRow(cells('注射室', '13900000000'), 12)).toBe('data');
    expect(classifyRow(cells('张三', '', '', '', '', '', '', '', '', '', '', '注：已搬走'), 12)).toBe('data');
    expect(classifyRow(cells('说明', 'a', 'b', 'c', 'd', 'e', 'f', 'g'), 12)).toBe('data');
    expect(classifyRow([normalizeCell(220112199701156000, undefined, false)], 12)).toBe('data');
  });
});
