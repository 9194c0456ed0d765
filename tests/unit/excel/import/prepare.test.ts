import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportAnalysis, ImportResult, PreviewSummary } from '../../../../shared/domain/excel/imports';
import type { AppCore } from '../../../../electron/core/app';
import { ok, okAsync, openTestApp, tempDir } from '../../helpers';
import { fixtures } from './session';

const hudong = path.join(fixtures, '孕产妇台账-湖东社区.xlsx');

async function importFile(core: AppCore, file: string): Promise<{ summary: PreviewSummary; result: ImportResult }> {
  const staged = core.ctx.files.stage(path.basename(file), { path: file });
  const { importId } = ok<{ importId: string }>(core, 'imports.start', { fileId: staged.fileId });
  const analysis = await okAsync<ImportAnalysis>(core, 'imports.analysis', { importId });
  const sheets = analysis.sheets
    .filter((s) => s.fits)
    .map((s) => ({ name: s.name, mapping: s.mapping, community: s.community }));
  const summary = await okAsync<PreviewSummary>(core, 'imports.preview', { importId, kind: 'pregnant', sheets });
  const result = await okAsync<ImportResult>(core, 'imports.commit', { importId });
  await okAsync(core, 'imports.close', { importId });
  return { summary, result };
}

describe('imports.prepare: the import threads started before a file is chosen', () => {
  it('take the next import, which reads, previews and commits as a cold one does; the one after starts its own', async () => {
    const core = openTestApp();
    expect(await okAsync(core, 'imports.prepare')).toEqual({ ready: true });
    // Asked again while one waits: the same threads, ready at once.
    expect(await okAsync(core, 'imports.prepare')).toEqual({ ready: true });

    const first = await importFile(core, hudong);
    expect(first.summary.counts).toMatchObject({ new: 37, error: 2, duplicate: 1 });
    expect(first.result).toMatchObject({ inserted: 37, updated: 0 });

    const again = await importFile(core, hudong);
    expect(again.summary.counts).toMatchObject({ new: 0, unchanged: 37, error: 2, duplicate: 1 });
    expect(again.result).toMatchObject({ inserted: 0, updated: 0, unchanged: 37 });
  });

  it('give a bad file the same clear message, and write nothing', async () => {
    const core = openTestApp();
    const fake = path.join(tempDir(), '台账.xlsx');
    fs.writeFileSync(fake, 'not a zip 姓名,身份证号\n王芳,110105194912310021\n');
    await okAsync(core, 'imports.prepare');
    const staged = core.ctx.files.stage('台账.xlsx', { path: fake });
    const { importId } = ok<{ importId: string }>(core, 'imports.start', { fileId: staged.fileId });
    expect(await core.invoke('imports.analysis', { importId })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
      message: expect.stringContaining('文件已损坏或不是 .xlsx 格式'),
    });
    expect(core.ctx.db.prepare('SELECT COUNT(*) FROM entries').pluck().get()).toBe(0);
  });

  it('are ended with the app when no file was chosen', async () => {
    // The process's threads as Linux counts them: the import thread and its reader are two.
    const threads = () => Number(/^Threads:\s+(\d+)/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))![1]);
    const core = openTestApp();
    await okAsync(core, 'imports.prepare');
    const waiting = threads();
    core.close();
    await expect.poll(threads).toBeLessThanOrEqual(waiting - 2);
  });
});
