import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestApp } from '../../helpers';
import { exportLedger, headerIndex, loadSheet, rowValues, seedLedgers, STREET } from './helpers';

const PREGNANT_HEADERS = [
  '序号',
  '姓名',
  '身份证号',
  '性别',
  '出生日期',
  '联系电话',
  '社区',
  '网格',
  '现住址',
  '末次月经',
  '预产期',
  '产检医院',
  '妊娠风险等级',
  '高危因素',
  '分娩日期',
  '紧急联系人',
  '包保干部',
  '备注',
];

describe('exports.ledger: the official form', () => {
  it('writes the title, the 填报 line, the header and the print setup superiors expect', async () => {
    const core = openTestApp();
    seedLedgers(core);
    const { file, path: filePath } = await exportLedger(core, { kind: 'pregnant' });
    expect(file.name).toBe(`${STREET}孕产妇台账-20261123.xlsx`);
    expect(path.basename(filePath)).toBe(file.name);
    expect(file.size).toBe(fs.statSync(filePath).size);

    const sheet = await loadSheet(filePath);
    expect(sheet.name).toBe('孕产妇台账');
    const headers = [...PREGNANT_HEADERS, '孕周', '户籍地', '工作单位'];
    const last = String.fromCharCode(64 + headers.length);

    // Row 1: the merged title.
    expect(sheet.model.merges).toContain(`A1:${last}1`);
    const title = sheet.getCell('A1');
    expect(title.value).toBe(`${STREET}孕产妇台账`);
    expect(title.font).toMatchObject({ bold: true, size: 16 });
    expect(title.alignment).toMatchObject({ horizontal: 'center' });

    // Row 2: 填报单位 on the left, 填报日期 on the right half.
    const meta = rowValues(sheet, 2).filter((v) => v !== null && v !== undefined);
    expect(meta).toContain(`填报单位：${STREET}`);
    expect(meta).toContain('填报日期：2026年11月23日');
    const dateColumn = rowValues(sheet, 2).findIndex((v) => String(v).startsWith('填报日期')) + 1;
    expect(dateColumn).toBeGreaterThan(headers.length / 2);
    expect(sheet.getRow(2).getCell(dateColumn).alignment).toMatchObject({ horizontal: 'right' });

    // Row 3: the header, bold, bordered, grey, wrapped, centred.
    expect(rowValues(sheet, 3)).toEqual(headers);
    const head = sheet.getCell('C3');
    expect(head.font).toMatchObject({ bold: true });
    expect(head.border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    expect(head.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } });
    expect(head.alignment).toMatchObject({ horizontal: 'center', wrapText: true });

    // Open entries only, by default; numbered from 1.
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getCell('A4').value).toBe(1);
    expect(sheet.getCell('B4').value).toBe('王芳');
    expect(sheet.getCell('B5').value).toBe('李丽');
    expect(sheet.getCell('B4').border).toMatchObject({ left: { style: 'thin' }, right: { style: 'thin' } });

    // Frozen below the header; A4 landscape, one page wide; rows 1–3 on every page; page numbers.
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:3',
    });
    expect(sheet.pageSetup.margins).toMatchObject({ left: 0.25, right: 0.25 });
    expect(sheet.headerFooter.oddFooter).toContain('&P');
    expect(sheet.headerFooter.oddFooter).toContain('&N');

    // Widths fitted: the ID column is wide, the serial narrow, none outside 6–40.
    const col = headerIndex(sheet);
    expect(sheet.getColumn(col.get('身份证号')!).width).toBe(22);
    expect(sheet.getColumn(1).width).toBe(6);
    for (let c = 1; c <= headers.length; c++) {
      expect(sheet.getColumn(c).width).toBeGreaterThanOrEqual(6);
      expect(sheet.getColumn(c).width).toBeLessThanOrEqual(40);
    }
    expect(sheet.getColumn(col.get('现住址')!).width).toBeGreaterThanOrEqual(22);
  });

  it('writes ID numbers and phones as text, dates as real dates, masked by default', async () => {
    const core = openTestApp();
    const { open } = seedLedgers(core);
    const { path: masked } = await exportLedger(core, { kind: 'pregnant' });
    let sheet = await loadSheet(masked);
    const col = headerIndex(sheet);
    const id = sheet.getRow(4).getCell(col.get('身份证号')!);
    expect(id.type).toBe(3); // ExcelJS.ValueType.String
    expect(id.numFmt).toBe('@');
    expect(id.value).toBe(open[0]!.idNumber); // masked: 220104********…
    expect(String(id.value)).toMatch(/^220104\*{8}\d{3}[\dX]$/);

    const phones = sheet.getRow(4).getCell(col.get('联系电话')!);
    expect(phones.value).toBe('13904312222（本人）/15896427167（丈夫）');
    expect(phones.numFmt).toBe('@');
    expect(sheet.getRow(5).getCell(col.get('联系电话')!).value).toBe('0431-85551234');

    for (const [label, day] of [
      ['出生日期', '1993-01-22'],
      ['预产期', '2026-12-06'],
      ['末次月经', '2026-03-01'],
    ] as const) {
      const cell = sheet.getRow(4).getCell(col.get(label)!);
      expect(cell.value).toBeInstanceOf(Date);
      expect((cell.value as Date).toISOString().slice(0, 10)).toBe(day);
      expect(cell.numFmt).toBe('yyyy-mm-dd');
    }
    expect(sheet.getRow(4).getCell(col.get('分娩日期')!).value).toBeNull();

    const { path: plain } = await exportLedger(core, { kind: 'pregnant', mask: false });
    sheet = await loadSheet(plain);
    const full = core.ctx.db.prepare('SELECT id_number FROM entries WHERE id = ?').pluck().get(open[0]!.id);
    expect(sheet.getRow(4).getCell(col.get('身份证号')!).value).toBe(full);
  });

  it('names the file without a street when none is set, and says so in the 填报 line', async () => {
    const core = openTestApp();
    seedLedgers(core);
    core.invoke('settings.update', { streetName: '' });
    const { file, path: filePath } = await exportLedger(core, { kind: 'dialysis' });
    expect(file.name).toBe('透析患者台账-20261123.xlsx');
    const sheet = await loadSheet(filePath);
    expect(sheet.getCell('A1').value).toBe('透析患者台账');
    expect(rowValues(sheet, 2)).toContain('填报单位：（未设置街道名称）');
    const col = headerIndex(sheet);
    expect([...col.keys()].slice(9, 16)).toEqual([
      '透析方式',
      '透析医院',
      '透析日',
      '透析时段',
      '交通方式',
      '陪护人',
      '病情与基础疾病',
    ]);
    expect(sheet.getRow(4).getCell(col.get('透析日')!).value).toBe('周一、三、五');
  });
});
