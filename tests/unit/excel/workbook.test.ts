import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../electron/core/excel/read/cells';
import { rowBatches, type SheetRow } from '../../../electron/core/excel/read/sheet';
import { readXlsxSheets } from '../../../electron/core/excel/read/workbook';
import { fixture, readAll, tempDir, writeZip } from './helpers';

const column = (cells: Cell[], letter: string) => cells[letter.charCodeAt(0) - 65];

describe('readXlsxSheets on the fixtures', () => {
  it('streams 湖东 with Excel’s row numbers, cells by column, and date cells as calendar days', async () => {
    const [sheet, ...rest] = await readAll(readXlsxSheets(fixture('孕产妇台账-湖东社区.xlsx')));
    expect(rest).toHaveLength(0);
    expect(sheet!.name).toBe('孕产妇台账');
    const rows = new Map(sheet!.rows.map((row) => [row.rowNumber, row.cells]));
    expect([...rows.keys()]).toEqual([
      ...Array.from({ length: 20 }, (_, i) => i + 1),
      ...Array.from({ length: 25 }, (_, i) => i + 22),
    ]);

    // The merged title: the streaming reader gives it in A1 only.
    expect(rows.get(1)).toEqual([{ kind: 'text', text: '南湖街道湖东社区孕产妇管理服务台账' }]);
    // 填报单位 in A2 and 填报日期 in I2, empty cells between.
    const row2 = rows.get(2)!;
    expect(row2).toHaveLength(9);
    expect(row2[0]!.text).toBe('填报单位：湖东社区居委会');
    expect(row2.slice(1, 8).every((cell) => cell.kind === 'empty')).toBe(true);
    expect(row2[8]!.text).toBe('填报日期：2022年4月18日');

    // 预产期 (G): real date cells are dates on the right day; a General serial stays a number.
    const dueDates = Object.fromEntries([7, 9, 15, 22, 28, 34, 40, 13, 5].map((n) => [n, column(rows.get(n)!, 'G')]));
    expect(dueDates[9]).toEqual({ kind: 'date', text: '2022-11-07', date: '2022-11-07' });
    expect(dueDates[15]!.date).toBe('2022-09-13');
    expect(dueDates[22]!.date).toBe('2022-07-19');
    expect(dueDates[28]!.date).toBe('2022-05-25');
    expect(dueDates[34]!.date).toBe('2022-11-04');
    expect(dueDates[40]!.date).toBe('2022-09-10');
    expect(dueDates[7]).toEqual({ kind: 'number', text: '44809', number: 44809 });
    expect(dueDates[13]).toEqual({ kind: 'number', text: '44753', number: 44753 });
    expect(dueDates[5]).toEqual({ kind: 'text', text: '2022年7月3日' });

    // Row 6: the ID number stored as a number keeps its digits (and is flagged).
    expect(column(rows.get(6)!, 'C')).toEqual({
      kind: 'number',
      text: '220112199701156000',
      number: 220112199701156000,
      numericId: true,
    });
    expect(column(rows.get(10)!, 'C')!.text).toBe('２２０１０２１９９３０５２０２２４５');
    expect(column(rows.get(29)!, 'D')).toEqual({ kind: 'number', text: '13952741882', number: 13952741882 });
    expect(column(rows.get(30)!, 'B')!.text).toBe(' 方静 ');
    // Empty strings written as cells (L) are empty; trailing empty cells are left off.
    expect(rows.get(4)).toHaveLength(11);
    expect(rows.get(45)).toEqual([{ kind: 'text', text: '合计：40人' }]);
  });

  it('reads every sheet of 三社区汇总, in order', async () => {
    const sheets = await readAll(readXlsxSheets(fixture('孕产妇台账-三社区汇总.xlsx')));
    expect(sheets.map((s) => s.name)).toEqual(['湖东社区', '新月路社区', '柳影社区']);
    expect(sheets.map((s) => s.rows.length)).toEqual([9, 9, 9]);
    expect(sheets[2]!.rows[1]!.cells.map((c) => c.text)).toEqual([
      '袁秀英',
      '220105198807096280',
      '15853078958',
      '2022-6-12',
      '柳影社区',
    ]);
  });
});

describe('readXlsxSheets on workbooks written by exceljs', () => {
  async function writeWorkbook(date1904: boolean): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = date1904;
    const sheet = workbook.addWorksheet('名单');
    sheet.getCell('A1').value = { richText: [{ text: '南湖' }, { text: '街道', font: { bold: true } }] };
    sheet.getCell('B1').value = { text: '街道网站', hyperlink: 'https://example.com/' };
    sheet.getCell('C1').value = { formula: 'A3+1', result: 5 };
    sheet.getCell('D1').value = new Date(Date.UTC(2022, 8, 5));
    sheet.getCell('D1').numFmt = 'yyyy"年"m"月"d"日"';
    sheet.getCell('E1').value = { error: '#N/A' };
    sheet.getCell('F1').value = true;
    sheet.getCell('H1').value = new Date(Date.UTC(1899, 11, 30, 7, 55));
    sheet.getCell('H1').numFmt = 'h:mm';
    sheet.getCell('I1').value = { formula: 'D1+1', result: new Date(Date.UTC(2022, 8, 6)) };
    sheet.getCell('I1').numFmt = 'yyyy/m/d';
    sheet.getCell('J1').value = { formula: 'B1', result: '湖东社区' };
    sheet.getCell('A3').value = 4;
    sheet.getCell('B3').value = '第一行\r\n第二行';
    const hidden = workbook.addWorksheet('隐藏');
    hidden.state = 'hidden';
    hidden.getCell('B2').value = 44809;
    hidden.getCell('B2').numFmt = 'yyyy"年"m"月"d"日"';
    const file = path.join(tempDir(), date1904 ? 'book1904.xlsx' : 'book.xlsx');
    await workbook.xlsx.writeFile(file);
    return file;
  }

  it('normalises rich text, hyperlinks, formulas, dates, errors and booleans', async () => {
    const [sheet, hidden] = await readAll(readXlsxSheets(await writeWorkbook(false)));
    expect(sheet!.name).toBe('名单');
    expect(sheet!.hidden).toBe(false);
    expect(sheet!.rows.map((r) => r.rowNumber)).toEqual([1, 3]);
    expect(sheet!.rows[0]!.cells).toEqual([
      { kind: 'text', text: '南湖街道' },
      { kind: 'text', text: '街道网站' },
      { kind: 'number', text: '5', number: 5 },
      { kind: 'date', text: '2022-09-05', date: '2022-09-05' },
      { kind: 'error', text: '#N/A' },
      { kind: 'bool', text: 'TRUE' },
      { kind: 'empty', text: '' },
      { kind: 'text', text: '07:55', time: '07:55' },
      { kind: 'date', text: '2022-09-06', date: '2022-09-06' },
      { kind: 'text', text: '湖东社区' },
    ]);
    expect(sheet!.rows[1]!.cells).toEqual([
      { kind: 'number', text: '4', number: 4 },
      { kind: 'text', text: '第一行\n第二行' },
    ]);
    expect(hidden).toMatchObject({ name: '隐藏', hidden: true });
    expect(hidden!.rows[0]).toEqual({
      rowNumber: 2,
      cells: [
        { kind: 'empty', text: '' },
        { kind: 'date', text: '2022-09-05', date: '2022-09-05' },
      ],
    });
  });

  it('honours the 1904 date system', async () => {
    const [sheet, hidden] = await readAll(readXlsxSheets(await writeWorkbook(true)));
    // A date written as a date is the same day in either system …
    expect(sheet!.rows[0]!.cells[3]).toEqual({ kind: 'date', text: '2022-09-05', date: '2022-09-05' });
    // … while the serial 44809 counts from 1904-01-01.
    expect(hidden!.rows[0]!.cells[1]!.date).toBe('2026-09-06');
  });
});

/**
 * A workbook as other programs store it: 'late' puts the shared strings before the sheet and
 * styles.xml and workbook.xml after it; 'early' puts every part before the sheet. Its
 * workbook.xml.rels names no shared strings part, which then sits where Excel puts it.
 */
function writeHandMadeWorkbook(file: string, date1904: boolean, order: 'late' | 'early' = 'late'): void {
  const sheet = `<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
<row r="2"><c r="A2" s="1"><v>44809</v></c><c r="B2" s="2"><v>44809</v></c><c r="C2" s="3"><v>44809</v></c><c r="D2"><v>44809</v></c><c r="E2" s="4"><v>0.3298611111111111</v></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>身份证号码_x000D_
(18位)</t></is></c><c r="B3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C3" s="1"><f>A2+1</f><v>44810</v></c><c r="D3" t="str"><f>A1</f><v>姓名</v></c><c r="F3" t="b"><v>0</v></c><c r="G3"><f>A2-A2</f><v>0</v></c><c r="H3"><f t="shared" si="0"/><v>7</v></c></row>
</sheetData></worksheet>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="57" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>`;
  const parts: [string, string][] = [
    [
      '_rels/.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ],
    [
      'xl/sharedStrings.xml',
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2"><si><t>姓名</t></si><si><r><t>预产</t></r><r><rPr><b/></rPr><t>期</t></r></si></sst>',
    ],
    ['xl/worksheets/sheet1.xml', sheet],
    ['xl/styles.xml', styles],
    [
      'xl/workbook.xml',
      `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${date1904 ? ' date1904="1"' : ''}/><sheets><sheet name="台账 &amp; 名单" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ],
  ];
  if (order === 'early') parts.push(parts.splice(3, 1)[0]!);
  writeZip(file, parts);
}

describe('readXlsxSheets on a workbook stored in another order, with built-in Chinese date formats', () => {
  it.each(['late', 'early'] as const)(
    'with the styles and workbook part %s, knows date formats given only by id',
    async (order) => {
      const file = path.join(tempDir(), 'other-order.xlsx');
      writeHandMadeWorkbook(file, false, order);
      const [sheet] = await readAll(readXlsxSheets(file));
      expect(sheet!.name).toBe('台账 & 名单');
      const [row1, row2, row3] = sheet!.rows.map((r) => r.cells);
      expect(row1).toEqual([
        { kind: 'text', text: '姓名' },
        { kind: 'text', text: '预产期' },
      ]);
      expect(row2).toEqual([
        { kind: 'date', text: '2022-09-05', date: '2022-09-05' }, // id 57, yyyy"年"m"月"
        { kind: 'date', text: '2022-09-05', date: '2022-09-05' }, // id 31, yyyy"年"m"月"d"日"
        { kind: 'date', text: '2022-09-05', date: '2022-09-05' }, // id 14
        { kind: 'number', text: '44809', number: 44809 }, // General
        { kind: 'text', text: '07:55', time: '07:55' }, // id 20, h:mm
      ]);
      expect(row3).toEqual([
        { kind: 'text', text: '身份证号码\n(18位)' },
        { kind: 'error', text: '#DIV/0!' }, // the error the formula gave
        { kind: 'date', text: '2022-09-06', date: '2022-09-06' },
        { kind: 'text', text: '姓名' },
        { kind: 'empty', text: '' },
        { kind: 'bool', text: 'FALSE' },
        { kind: 'number', text: '0', number: 0 }, // a cached 0
        { kind: 'number', text: '7', number: 7 }, // a shared formula's cell
      ]);
    },
  );

  it('reads the 1904 flag even when workbook.xml comes after the sheet', async () => {
    const file = path.join(tempDir(), 'other-order-1904.xlsx');
    writeHandMadeWorkbook(file, true);
    const [sheet] = await readAll(readXlsxSheets(file));
    expect(sheet!.rows[1]!.cells.slice(0, 3).map((c) => c.date)).toEqual(['2026-09-06', '2026-09-06', '2026-09-06']);
  });
});

describe('reading can stop', () => {
  it('stops with the signal’s reason when aborted', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const reading = (async () => {
      for await (const sheet of readXlsxSheets(fixture('孕产妇台账-湖东社区.xlsx'), { signal: controller.signal })) {
        for await (const row of sheet.rows) {
          seen.push(row.rowNumber);
          if (row.rowNumber === 3) controller.abort();
        }
      }
    })();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([1, 2, 3]);

    const aborted = AbortSignal.abort();
    await expect(
      readAll(readXlsxSheets(fixture('孕产妇台账-湖东社区.xlsx'), { signal: aborted })),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('lets the caller leave a sheet half read, or skip it, and go on to the next', async () => {
    const firstRows: string[] = [];
    const names: string[] = [];
    for await (const sheet of readXlsxSheets(fixture('孕产妇台账-三社区汇总.xlsx'))) {
      names.push(sheet.name);
      if (sheet.name === '新月路社区') continue;
      for await (const row of sheet.rows) {
        if (row.rowNumber === 2) {
          firstRows.push(row.cells[0]!.text);
          break;
        }
      }
    }
    expect(names).toEqual(['湖东社区', '新月路社区', '柳影社区']);
    expect(firstRows).toEqual(['袁秀英', '袁秀英']);
  });
});

describe('rows a batch at a time', () => {
  async function batchedSheets(file: string, signal?: AbortSignal) {
    const sheets: { name: string; batches: SheetRow[][] }[] = [];
    for await (const sheet of readXlsxSheets(file, { signal })) {
      const batches: SheetRow[][] = [];
      for await (const batch of rowBatches(sheet)) batches.push(batch);
      sheets.push({ name: sheet.name, batches });
    }
    return sheets;
  }

  it('gives every sheet the same rows as row by row, in several batches when the sheet is long', async () => {
    const file = path.join(tempDir(), 'long.xlsx');
    const workbook = new ExcelJS.Workbook();
    for (const name of ['甲', '乙']) {
      const sheet = workbook.addWorksheet(name);
      for (let i = 1; i <= 5000; i++) sheet.addRow([`${name}${i}`, i, `地址${i}号`]);
    }
    await workbook.xlsx.writeFile(file);

    const byRow = await readAll(readXlsxSheets(file));
    const batched = await batchedSheets(file);
    expect(batched.map((s) => s.name)).toEqual(['甲', '乙']);
    for (const [i, sheet] of batched.entries()) {
      expect(sheet.batches.length).toBeGreaterThan(1);
      expect(sheet.batches.every((b) => b.length > 0)).toBe(true);
      expect(sheet.batches.flat()).toEqual(byRow[i]!.rows);
    }
    expect(byRow[1]!.rows[4999]!.cells[0]!.text).toBe('乙5000');
  });

  it('gives a reader without batches its rows one per batch', async () => {
    const rows = [
      { rowNumber: 1, cells: [] },
      { rowNumber: 2, cells: [] },
    ];
    const sheet = {
      name: 'CSV',
      rows: (async function* () {
        yield* rows;
      })(),
    };
    const batches: SheetRow[][] = [];
    for await (const batch of rowBatches(sheet)) batches.push(batch);
    expect(batches).toEqual([[rows[0]], [rows[1]]]);
  });

  it('stops between batches when aborted', async () => {
    const file = path.join(tempDir(), 'long.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('甲');
    for (let i = 1; i <= 20000; i++) sheet.addRow([`名${i}`, i]);
    await workbook.xlsx.writeFile(file);

    const controller = new AbortController();
    let seen = 0;
    const reading = (async () => {
      for await (const s of readXlsxSheets(file, { signal: controller.signal })) {
        for await (const batch of rowBatches(s)) {
          seen += batch.length;
          controller.abort();
        }
      }
    })();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThan(20000);
  });
});
