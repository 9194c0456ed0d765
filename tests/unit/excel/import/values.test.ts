import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type {
  ImportAnalysis,
  ImportResult,
  PreviewRow,
  PreviewSummary,
  ValueColumn,
} from '../../../../shared/domain/excel/imports';
import type { EntryPage } from '../../../../shared/domain/ledgers/types';
import type { AppCore } from '../../../../electron/core/app';
import { ok, okAsync, openTestApp, tempDir } from '../../helpers';
import { manId, womanId } from '../../ids';

/** A dialysis roster as a hospital's system exports it: 透析方式 in full words, some not options at all. */
async function roster(dir: string, name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('透析');
  sheet.addRow(['姓名', '身份证号', '所属社区', '透析方式', '就诊医院']);
  const rows: [string, string, string][] = [
    ['郭军', manId('19600101', 1), '血液透析'],
    ['许桂英', womanId('19620202', 2), 'CAPD'],
    ['石国庆', manId('19630303', 3), '不详'],
    ['姚晓东', manId('19640404', 4), '待定'],
    ['王兰', womanId('19650505', 5), '不详'],
  ];
  for (const [person, id, type] of rows) sheet.addRow([person, id, '新月路社区', type, '市中心医院']);
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function begin(core: AppCore, file: string) {
  const staged = core.ctx.files.stage(path.basename(file), { path: file });
  const { importId } = ok<{ importId: string }>(core, 'imports.start', { fileId: staged.fileId });
  const analysis = await okAsync<ImportAnalysis>(core, 'imports.analysis', { importId, kind: 'dialysis' });
  const sheets = analysis.sheets.map((s) => ({ name: s.name, mapping: s.mapping, community: s.community }));
  return { importId, analysis, sheets };
}

describe('值对应', () => {
  it('lists the values that are no option, maps them as chosen, and remembers the choices', async () => {
    const core = openTestApp();
    const dir = tempDir();
    const first = await begin(core, await roster(dir, '透析-一月.xlsx'));
    const target = (header: string) => first.analysis.sheets[0]!.mapping.find((m) => m.header === header)?.target;
    expect(target('就诊医院')).toBe('fields.dialysisHospital');

    const { columns } = await okAsync<{ columns: ValueColumn[] }>(core, 'imports.values', {
      importId: first.importId,
      kind: 'dialysis',
      sheets: first.sheets,
    });
    expect(columns).toEqual([
      {
        target: 'fields.dialysisType',
        label: '透析方式',
        type: 'choice',
        options: ['血透', '腹透'],
        sources: ['透析：透析方式'],
        values: [
          { value: '不详', count: 2, choice: null, remembered: false },
          { value: '待定', count: 1, choice: null, remembered: false },
        ],
      },
    ]);

    const values = { 'fields.dialysisType': { 不详: 'extra', 待定: '血透' } };
    const summary = await okAsync<PreviewSummary>(core, 'imports.preview', {
      importId: first.importId,
      kind: 'dialysis',
      sheets: first.sheets,
      values,
    });
    expect(summary.counts).toMatchObject({ new: 5, error: 0 });
    const preview = await okAsync<{ rows: PreviewRow[] }>(core, 'imports.rows', { importId: first.importId });
    expect(preview.rows.flatMap((r) => r.warnings)).toEqual([]);
    await okAsync<ImportResult>(core, 'imports.commit', { importId: first.importId });

    const entries = ok<EntryPage>(core, 'entries.list', { kind: 'dialysis', status: '全部', limit: 50 }).rows;
    const byName = Object.fromEntries(entries.map((e) => [e.name, e]));
    expect(byName['郭军']!.fields).toMatchObject({ dialysisType: '血透', dialysisHospital: '市中心医院' });
    expect(byName['许桂英']!.fields.dialysisType).toBe('腹透');
    expect(byName['姚晓东']!.fields.dialysisType).toBe('血透');
    expect(byName['石国庆']!.fields.dialysisType).toBeUndefined();
    expect(byName['石国庆']!.extra).toEqual({ 透析方式: '不详' });

    // The next file: 待定 is a word of 血透 now, everywhere; 不详 is offered as kept in 其他信息.
    const second = await begin(core, await roster(dir, '透析-二月.xlsx'));
    const again = await okAsync<{ columns: ValueColumn[] }>(core, 'imports.values', {
      importId: second.importId,
      kind: 'dialysis',
      sheets: second.sheets,
    });
    expect(again.columns[0]!.values).toEqual([{ value: '不详', count: 2, choice: 'extra', remembered: true }]);
    // Without any choice given (as the command line imports), the remembered one holds.
    const plain = await okAsync<PreviewSummary>(core, 'imports.preview', {
      importId: second.importId,
      kind: 'dialysis',
      sheets: second.sheets,
    });
    expect(plain.counts).toMatchObject({ unchanged: 5, error: 0 });
    const form = core.invoke('entries.add', {
      kind: 'dialysis',
      name: '赵敏',
      idNumber: womanId('19700707', 7),
      community: '新月路社区',
      fields: { dialysisType: '待定' },
    });
    expect(form).toMatchObject({ ok: true, value: { fields: { dialysisType: '血透' } } });
  });

  it('a 多选 column is judged piece by piece, a 是/否 column by its words; pieces mapped to 其他信息 are kept there', async () => {
    const core = openTestApp();
    const kind = ok<{ key: string; fields: { key: string; label: string }[] }>(core, 'kinds.add', {
      name: '独居老人',
      fields: [
        { label: '慢病', type: 'multi', options: ['高血压', '糖尿病', '冠心病'] },
        { label: '需要送餐', type: 'bool' },
      ],
    });
    const [chronic, meals] = kind.fields.map((f) => `fields.${f.key}`);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('独居老人');
    sheet.addRow(['姓名', '身份证号', '社区', '慢病', '需要送餐']);
    sheet.addRow(['郭军', manId('19400101', 1), '湖东社区', '高血压、脑梗', '√']);
    sheet.addRow(['许桂英', womanId('19420202', 2), '湖东社区', '糖尿病，脑梗，骨折', '偶尔']);
    sheet.addRow(['石国庆', manId('19430303', 3), '湖东社区', '冠心病', '否']);
    const file = path.join(tempDir(), '独居老人.xlsx');
    await workbook.xlsx.writeFile(file);

    const staged = core.ctx.files.stage(path.basename(file), { path: file });
    const { importId } = ok<{ importId: string }>(core, 'imports.start', { fileId: staged.fileId });
    const analysis = await okAsync<ImportAnalysis>(core, 'imports.analysis', { importId, kind: kind.key });
    const sheets = analysis.sheets.map((s) => ({ name: s.name, mapping: s.mapping, community: s.community }));
    const { columns } = await okAsync<{ columns: ValueColumn[] }>(core, 'imports.values', {
      importId,
      kind: kind.key,
      sheets,
    });
    expect(columns.map((c) => [c.target, c.type, c.values.map((v) => [v.value, v.count])])).toEqual([
      [chronic, 'multi', [['脑梗', 2], ['骨折', 1]]],
      [meals, 'bool', [['偶尔', 1]]],
    ]);
    const values = { [chronic!]: { 脑梗: 'extra', 骨折: 'extra' }, [meals!]: { 偶尔: '是' } };
    const summary = await okAsync<PreviewSummary>(core, 'imports.preview', { importId, kind: kind.key, sheets, values });
    expect(summary.counts).toMatchObject({ new: 3, error: 0 });
    await okAsync<ImportResult>(core, 'imports.commit', { importId });
    const rows = ok<EntryPage>(core, 'entries.list', { kind: kind.key, status: '全部', limit: 50 }).rows;
    const byName = Object.fromEntries(rows.map((e) => [e.name, e]));
    const field = (name: string, target: string) => byName[name]!.fields[target.slice('fields.'.length)];
    expect(field('郭军', chronic!)).toEqual(['高血压']);
    expect(byName['郭军']!.extra).toEqual({ 慢病: '脑梗' });
    expect(field('许桂英', chronic!)).toEqual(['糖尿病']);
    expect(byName['许桂英']!.extra).toEqual({ 慢病: '脑梗、骨折' });
    expect([field('郭军', meals!), field('许桂英', meals!), field('石国庆', meals!)]).toEqual([true, true, false]);
  });
});
