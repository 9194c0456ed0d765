import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type {
  ImportAnalysis,
  ImportBatch,
  ImportResult,
  ImportStatus,
  PreviewRow,
  PreviewSummary,
} from '../../../../shared/domain/excel/imports';
import type { EntryPage } from '../../../../shared/domain/ledgers/types';
import type { StagedFile } from '../../../../shared/platform';
import type { AppCore } from '../../../../electron/core/app';
import { ok, okAsync, openTestApp, tempDir } from '../../helpers';
import { manId, womanId } from '../../ids';
import { fixtures } from './session';

async function begin(core: AppCore, file: string, kind?: string) {
  const staged = core.ctx.files.stage(path.basename(file), { path: file });
  const { importId } = ok<{ importId: string }>(core, 'imports.start', { fileId: staged.fileId });
  const analysis = await okAsync<ImportAnalysis>(core, 'imports.analysis', { importId, ...(kind ? { kind } : {}) });
  const sheets = analysis.sheets
    .filter((s) => s.fits)
    .map((s) => ({ name: s.name, mapping: s.mapping, community: s.community }));
  return { importId, analysis, sheets };
}

const hudong = path.join(fixtures, '孕产妇台账-湖东社区.xlsx');
const count = (core: AppCore) =>
  ok<EntryPage>(core, 'entries.list', { kind: 'pregnant', status: '全部', limit: 1 }).total;

describe('imports through the worker', () => {
  it('preview shows errors, lets a cell be fixed and a row be left out, then commits and undoes as one step', async () => {
    const core = openTestApp();
    const { importId, sheets } = await begin(core, hudong);
    const summary = await okAsync<PreviewSummary>(core, 'imports.preview', { importId, kind: 'pregnant', sheets });
    expect(summary.counts).toMatchObject({ new: 37, error: 2, duplicate: 1 });
    expect(count(core)).toBe(0); // a preview writes nothing

    const problems = await okAsync<{ total: number; rows: PreviewRow[] }>(core, 'imports.rows', {
      importId,
      status: 'error',
    });
    expect(problems.rows.map((r) => r.row)).toEqual([6, 15]);
    expect(problems.rows[1]).toMatchObject({ name: '侯婷婷', errors: { 2: expect.stringContaining('校验位') } });

    // Row 15's check digit fixed in place; row 6 left out.
    const fixed = await okAsync<{ row: PreviewRow; summary: PreviewSummary }>(core, 'imports.editCell', {
      importId,
      sheet: '孕产妇台账',
      row: 15,
      column: 2,
      value: '220106198908128380',
    });
    expect(fixed.row.status).toBe('new');
    const left = await okAsync<PreviewSummary>(core, 'imports.exclude', {
      importId,
      sheet: '孕产妇台账',
      row: 6,
      excluded: true,
    });
    expect(left.counts).toMatchObject({ new: 38, error: 0, excluded: 1 });

    const result = await okAsync<ImportResult>(core, 'imports.commit', { importId });
    expect(result).toMatchObject({ inserted: 38, skipped: 2 });
    expect(ok<ImportStatus>(core, 'imports.status', { importId }).phase).toBe('done');
    expect(count(core)).toBe(38);
    const batches = ok<ImportBatch[]>(core, 'imports.batches');
    expect(batches[0]).toMatchObject({
      id: result.batchId,
      fileName: '孕产妇台账-湖东社区.xlsx',
      kindName: '孕产妇',
      inserted: 38,
      undoRemoves: 38,
      undoRestores: 0,
      undoneAt: null,
    });
    expect(core.ctx.db.prepare("SELECT COUNT(*) FROM audit_log WHERE method = 'imports.commit'").pluck().get()).toBe(1);

    expect(ok(core, 'imports.undo', { batchId: result.batchId })).toEqual({ removed: 38, restored: 0 });
    expect(count(core)).toBe(0);
    expect(ok<{ name: string }[]>(core, 'communities.list')).toEqual([]); // the community it made is gone too
    expect(core.invoke('imports.undo', { batchId: result.batchId })).toMatchObject({ ok: false, code: 'CONFLICT' });
    await okAsync(core, 'imports.close', { importId });
  });

  it('updates existing entries by the chosen strategy, and undo restores them', async () => {
    const core = openTestApp();
    ok(core, 'communities.add', { name: '湖东社区' });
    const id = '220105199301229407'; // 邹春梅, row 4
    const before = ok<{ id: number }>(core, 'entries.add', {
      kind: 'pregnant',
      name: '邹春梅',
      idNumber: id,
      community: '湖东社区',
      phones: '13000000000',
      address: '',
      fields: { riskLevel: '红' },
    });

    const fill = await begin(core, hudong);
    await okAsync(core, 'imports.preview', {
      importId: fill.importId,
      kind: 'pregnant',
      sheets: fill.sheets,
      strategy: 'fillBlanks',
    });
    const updated = await okAsync<{ rows: PreviewRow[] }>(core, 'imports.rows', {
      importId: fill.importId,
      status: 'updated',
    });
    expect(updated.rows.map((r) => [r.row, r.changes])).toEqual([
      [4, ['现住址', '包保干部', '预产期', '产检医院', '高危因素']],
    ]);
    const result = await okAsync<ImportResult>(core, 'imports.commit', { importId: fill.importId });
    const entry = ok<{ phones: string[]; address: string; fields: Record<string, unknown> }>(core, 'entries.get', {
      id: before.id,
    });
    expect(entry).toMatchObject({
      phones: ['13000000000'],
      address: '湖东社区2栋2单元101室',
      fields: { riskLevel: '红', dueDate: '2022-06-02' },
    });

    expect(ok(core, 'imports.undo', { batchId: result.batchId })).toEqual({ removed: 36, restored: 1 });
    expect(ok(core, 'entries.get', { id: before.id })).toMatchObject({
      phones: ['13000000000'],
      address: '',
      fields: { riskLevel: '红' },
    });

    const over = await begin(core, hudong);
    await okAsync(core, 'imports.preview', {
      importId: over.importId,
      kind: 'pregnant',
      sheets: over.sheets,
      strategy: 'overwriteNonBlank',
    });
    await okAsync(core, 'imports.commit', { importId: over.importId });
    expect(ok(core, 'entries.get', { id: before.id })).toMatchObject({
      phones: ['18656557247'],
      fields: { riskLevel: '黄' },
    });
  });

  it('refuses to undo an import whose entries were changed since', async () => {
    const core = openTestApp();
    const { importId, sheets } = await begin(core, path.join(fixtures, '透析患者台账-新月路社区.xlsx'));
    await okAsync(core, 'imports.preview', { importId, kind: 'dialysis', sheets });
    const result = await okAsync<ImportResult>(core, 'imports.commit', { importId });
    const first = ok<EntryPage>(core, 'entries.list', { kind: 'dialysis', limit: 1 }).rows[0]!;
    core.ctx.now = () => new Date(Date.now() + 120_000);
    ok(core, 'services.add', { entryId: first.id, at: '2026-11-23 10:00', type: '走访' });
    expect(core.invoke('imports.undo', { batchId: result.batchId })).toMatchObject({
      ok: false,
      message: expect.stringContaining('不能整体撤销'),
    });
  });

  // An entry's id goes to the next new entry once the entry with the largest id is removed.
  it('undo takes back the rest of an import one of whose entries was removed, and spares the entry that got its id', async () => {
    const core = openTestApp();
    const { importId, sheets } = await begin(core, path.join(fixtures, '透析患者台账-新月路社区.xlsx'));
    await okAsync(core, 'imports.preview', { importId, kind: 'dialysis', sheets });
    const result = await okAsync<ImportResult>(core, 'imports.commit', { importId });
    expect(result.inserted).toBe(15);
    const last = ok<EntryPage>(core, 'entries.list', { kind: 'dialysis', limit: 20 }).rows.at(-1)!;
    ok(core, 'entries.remove', { id: last.id });
    const byHand = ok<{ id: number }>(core, 'entries.add', {
      kind: 'dialysis',
      name: '郭军',
      idNumber: manId('19580301'),
      community: '新月路社区',
    });
    expect(byHand.id).toBe(last.id);
    // What 撤销 offers to do counts what it will really do.
    expect(ok<ImportBatch[]>(core, 'imports.batches')[0]).toMatchObject({
      inserted: 15,
      undoRemoves: 14,
      undoRestores: 0,
    });

    expect(ok(core, 'imports.undo', { batchId: result.batchId })).toEqual({ removed: 14, restored: 0 });
    expect(ok<ImportBatch[]>(core, 'imports.batches')[0]).toMatchObject({ undoRemoves: 0, undoRestores: 0 });
    expect(ok(core, 'entries.get', { id: byHand.id })).toMatchObject({ name: '郭军', community: '新月路社区' });
    expect(ok<EntryPage>(core, 'entries.list', { kind: 'dialysis', status: '全部', limit: 1 }).total).toBe(1);
  });

  it('undo does not write an import’s earlier values over an entry that took the id of the one it updated', async () => {
    const core = openTestApp();
    ok(core, 'communities.add', { name: '湖东社区' });
    const idNumber = womanId('19930122');
    const updated = ok<{ id: number }>(core, 'entries.add', {
      kind: 'pregnant',
      name: '邹春梅',
      idNumber,
      community: '湖东社区',
      phones: '13000000000',
    });
    const file = path.join(tempDir(), '更新.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('孕产妇');
    sheet.addRow(['姓名', '身份证号', '联系电话', '预产期', '社区']);
    sheet.addRow(['邹春梅', idNumber, '13904312222', '2027-01-01', '湖东社区']);
    await workbook.xlsx.writeFile(file);
    const { importId, sheets } = await begin(core, file);
    await okAsync(core, 'imports.preview', { importId, kind: 'pregnant', sheets });
    const result = await okAsync<ImportResult>(core, 'imports.commit', { importId });
    expect(result).toMatchObject({ inserted: 0, updated: 1 });

    ok(core, 'entries.remove', { id: updated.id });
    const stranger = ok<{ id: number }>(core, 'entries.add', {
      kind: 'pregnant',
      name: '李静',
      idNumber: womanId('19950607'),
      community: '湖东社区',
      phones: '13511112222',
    });
    expect(stranger.id).toBe(updated.id);
    expect(ok<ImportBatch[]>(core, 'imports.batches')[0]).toMatchObject({ updated: 1, undoRestores: 0 });
    // One edit: its revision now equals the one the import left on the entry it updated.
    ok(core, 'entries.update', {
      id: stranger.id,
      name: '李静',
      community: '湖东社区',
      phones: '13511112222',
      note: '复诊',
    });

    expect(ok(core, 'imports.undo', { batchId: result.batchId })).toEqual({ removed: 0, restored: 0 });
    expect(ok(core, 'entries.get', { id: stranger.id })).toMatchObject({
      name: '李静',
      phones: ['13511112222'],
      note: '复诊',
    });
  });

  it('remembers the mapping for the next file with the same header', async () => {
    const core = openTestApp();
    const first = await begin(core, hudong);
    const mapping = first.sheets[0]!.mapping.map((m) => (m.header === '现住址' ? { ...m, target: 'note' } : m));
    await okAsync(core, 'imports.preview', {
      importId: first.importId,
      kind: 'pregnant',
      sheets: [{ ...first.sheets[0]!, mapping }],
    });
    await okAsync(core, 'imports.commit', { importId: first.importId });
    const again = await begin(core, hudong);
    expect(again.analysis.sheets[0]).toMatchObject({ remembered: true });
    expect(again.analysis.sheets[0]!.mapping.find((m) => m.header === '现住址')!.target).toBe('note');
  });

  it('writes the rows in error to a workbook with their cells and 错误说明', async () => {
    const core = openTestApp();
    const { importId, sheets } = await begin(core, hudong);
    await okAsync(core, 'imports.preview', { importId, kind: 'pregnant', sheets });
    const report = await okAsync<StagedFile>(core, 'imports.errorReport', { importId });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(core.ctx.files.resolve(report.fileId).filePath);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '序号',
      '姓名',
      '身份证号码',
      '联系电话',
      '现住址',
      '孕周',
      '预产期',
      '产检医院',
      '妊娠风险等级',
      '高危因素',
      '包保干部',
      '备注',
      '原行号',
      '错误说明',
    ]);
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(2).getCell(3).value).toBe('220112199701156000');
    expect(sheet.getRow(2).getCell(13).value).toBe(6);
    expect(String(sheet.getRow(3).getCell(14).value)).toContain('校验位');
  });

  it('gives a clear message for a text file named .xlsx and a truncated workbook, and writes nothing', async () => {
    const core = openTestApp();
    const dir = tempDir();
    const fake = path.join(dir, '台账.xlsx');
    fs.writeFileSync(fake, '姓名,身份证号\n王芳,110105194912310021\n'.repeat(3).replace(/^/, 'not a zip '));
    const half = path.join(dir, '半个.xlsx');
    const bytes = fs.readFileSync(hudong);
    fs.writeFileSync(half, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const legacy = path.join(dir, '旧.xls');
    fs.writeFileSync(
      legacy,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]),
    );
    for (const [file, message] of [
      [fake, '文件已损坏或不是 .xlsx 格式'],
      [half, '文件已损坏或不是 .xlsx 格式'],
      [legacy, '另存为'],
    ] as const) {
      const staged = core.ctx.files.stage(path.basename(file), { path: file });
      const { importId } = ok<{ importId: string }>(core, 'imports.start', { fileId: staged.fileId });
      const result = await core.invoke('imports.analysis', { importId });
      expect(result, file).toMatchObject({ ok: false, code: 'BAD_INPUT', message: expect.stringContaining(message) });
      expect(ok<ImportStatus>(core, 'imports.status', { importId }).phase).toBe('failed');
    }
    expect(count(core)).toBe(0);
  });

  it('cancel during the commit leaves the database as it was', async () => {
    const core = openTestApp();
    const dir = tempDir();
    const file = path.join(dir, '大表.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('孕产妇');
    sheet.addRow(['姓名', '身份证号', '联系电话', '预产期', '社区']);
    const born = (k: number) =>
      new Date(Date.UTC(1990, 0, 1) + k * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    for (let i = 0; i < 20000; i++)
      sheet.addRow([`测试${i}`, womanId(born(Math.floor(i / 400)), i % 400), '13904312222', '2027-01-01', '湖东社区']);
    await workbook.xlsx.writeFile(file);
    const { importId, sheets } = await begin(core, file);
    await okAsync(core, 'imports.preview', { importId, kind: 'pregnant', sheets });
    const committing = core.invoke('imports.commit', { importId });
    // Wait until rows are being written, then cancel in the middle.
    let status = ok<ImportStatus>(core, 'imports.status', { importId });
    while (!(status.phase === 'writing' && status.rowsDone > 0)) {
      await new Promise((r) => setTimeout(r, 5));
      status = ok<ImportStatus>(core, 'imports.status', { importId });
    }
    await okAsync(core, 'imports.cancel', { importId });
    const outcome = await committing;
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining('已取消') });
    expect(ok<ImportStatus>(core, 'imports.status', { importId }).phase).toBe('cancelled');
    expect(count(core)).toBe(0);
    expect(ok(core, 'communities.list')).toEqual([]);
    expect(ok(core, 'imports.batches')).toEqual([]);
  });
});
