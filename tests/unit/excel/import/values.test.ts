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
});
