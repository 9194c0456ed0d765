import { describe, expect, it } from 'vitest';
import type { StagedFile } from '../../../../shared/platform';
import { okAsync, openTestApp } from '../../helpers';
import { loadSheet, rowValues, seedLedgers, stagedPath, STREET } from './helpers';

const validationOf = (sheet: Awaited<ReturnType<typeof loadSheet>>, address: string) =>
  (sheet as unknown as { dataValidations: { find(a: string): unknown } }).dataValidations.find(address);

describe('exports.template', () => {
  it('writes the blank form: title, 填报 line, header, empty bordered rows and drop-down lists', async () => {
    const core = openTestApp();
    seedLedgers(core);
    const file = await okAsync<StagedFile>(core, 'exports.template', { kind: 'pregnant' });
    expect(file.name).toBe('孕产妇台账-空白模板.xlsx');
    const sheet = await loadSheet(stagedPath(core, file));
    expect(sheet.getCell('A1').value).toBe(`${STREET}孕产妇台账`);
    expect(rowValues(sheet, 2)).toContain('填报单位：');
    expect(rowValues(sheet, 3)).toEqual([
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
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '1:3' });

    // 30 empty rows, bordered, with text and date formats ready for what is typed in.
    expect(sheet.rowCount).toBe(33);
    for (let n = 4; n <= 33; n++) expect(rowValues(sheet, n).every((v) => v === null)).toBe(true);
    expect(sheet.getCell('B33').border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' } });
    expect(sheet.getCell('C10').numFmt).toBe('@');
    expect(sheet.getCell('F10').numFmt).toBe('@');
    expect(sheet.getCell('K10').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getColumn(3).style.numFmt).toBe('@');

    // 妊娠风险等级 offers 绿/黄/橙/红/紫.
    expect(validationOf(sheet, 'M4')).toMatchObject({ type: 'list', formulae: ['"绿,黄,橙,红,紫"'] });
    expect(validationOf(sheet, 'M500')).toMatchObject({ type: 'list' });
    expect(validationOf(sheet, 'L4')).toBeUndefined();
  });

  it('offers 血透/腹透 for 透析方式', async () => {
    const core = openTestApp();
    const file = await okAsync<StagedFile>(core, 'exports.template', { kind: 'dialysis' });
    expect(file.name).toBe('透析患者台账-空白模板.xlsx');
    const sheet = await loadSheet(stagedPath(core, file));
    expect(sheet.getCell('A1').value).toBe('透析患者台账');
    expect(sheet.getCell('J3').value).toBe('透析方式');
    expect(validationOf(sheet, 'J4')).toMatchObject({ type: 'list', formulae: ['"血透,腹透"'] });
  });
});
