import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { workerEntry } from '../../../../electron/core/excel/import/host';
import { searchColumns } from '../../../../electron/core/excel/import/insertRows';
import { compact } from '../../../../electron/core/excel/import/compactRows';
import { RowPacker, unpackRows } from '../../../../electron/core/excel/import/packedRows';
import { emptyCell, normalizeCell, type SheetRow } from '../../../../electron/core/excel/read';
import { readInThread, startReader } from '../../../../electron/core/excel/import/threadedRead';
import { namePinyin } from '../../../../electron/core/ledgers/namePinyin';
import { cleanName } from '../../../../shared/domain/text';
import { tempDir } from '../../helpers';

/** Names that are read with care: polyphonic surnames, a compound one, spaces, a middle dot, Latin letters. */
const NAMES = ['曾乐乐', '单 行', '解　放', '欧阳长乐', '阿依·买买提', 'Anna李', '朴　　英', '查重庆', '  王芳 ', ''];

async function writeNames(rows: number): Promise<string> {
  const file = path.join(tempDir(), '名单.xlsx');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单');
  sheet.addRow(['序号', '姓名', '备注']);
  for (let i = 0; i < rows; i++) sheet.addRow([i + 1, NAMES[i % NAMES.length], i % 7 ? '' : 12345]);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('the reader thread', () => {
  it('makes the pinyin of the names for an import thread that is behind, exactly as that thread would', async () => {
    const file = await writeNames(3000);
    const started = startReader(workerEntry());
    await started.ready;
    started.namesIn('名单', 1);
    started.begin(file);
    const [sheet] = await readInThread(started, new AbortController().signal, {
      // An import thread busy with each batch far longer than the reader takes to read one.
      onRows: () => {
        const until = performance.now() + 100;
        while (performance.now() < until);
      },
      onProgress: () => {},
    });
    const data = sheet!.rows.slice(1);
    expect(data).toHaveLength(3000);
    for (const [i, row] of data.entries()) {
      const name = cleanName(row.cells[1]);
      if (row.pinyin || (name && i >= 1500)) expect(row.pinyin).toEqual({ name, ...namePinyin(name) });
      if (!name) expect(row.pinyin).toBeUndefined();
    }
  });

  it('hands its pinyin to the search columns only for an entry of that very name', () => {
    const entry = { name: '曾乐乐', idNumber: '11010519491231002X', phones: ['13900000001'] };
    const made = namePinyin('曾乐乐');
    expect(searchColumns(entry, { name: '曾乐乐', ...made })).toEqual(searchColumns(entry));
    expect(searchColumns(entry, { name: '曾乐乐', full: 'given', initials: 'g' }).namePinyin).toBe('given');
    expect(searchColumns(entry, { name: '曾乐', full: 'other', initials: 'o' })).toEqual({
      namePinyin: made.full,
      search: `曾乐乐 ${made.initials} ${made.full} 11010519491231002x 13900000001`,
    });
  });
});

describe('rows packed for the trip between threads', () => {
  it('unpack to the rows compacted one by one, each with its own pinyin', () => {
    const cell = (value: unknown) => normalizeCell(value, undefined, false);
    const rows: SheetRow[] = [
      { rowNumber: 1, cells: [cell('姓名'), cell('身份证号')] },
      { rowNumber: 3, cells: [] },
      { rowNumber: 4, cells: [emptyCell(), cell('曾乐乐'), cell(13900000001), cell(true), emptyCell()] },
      { rowNumber: 9, cells: [cell(new Date(Date.UTC(2022, 3, 18))), cell('王芳')] },
    ];
    const pinyin = { name: '曾乐乐', ...namePinyin('曾乐乐') };
    const packer = new RowPacker();
    rows.forEach((row, i) => packer.add(row, i === 2 ? pinyin : undefined));
    expect(packer.size).toBe(4);
    const unpacked = unpackRows(structuredClone(packer.take()));
    expect(packer.size).toBe(0);
    expect(unpacked).toEqual(rows.map((row, i) => ({ ...compact(row), pinyin: i === 2 ? pinyin : undefined })));
    expect(unpacked[2]!.cells).toEqual([undefined, '曾乐乐', 13900000001, 'TRUE', undefined]);
    expect(unpacked[3]!.cells).toEqual(['2022-04-18', '王芳']);
  });
});
