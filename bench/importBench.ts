/**
 * Import of a 100,000-row workbook through the real handlers (worker read, checks, one
 * transaction), against a bare exceljs streaming read of the same file in the same run.
 * Target: ratio ≤ 1.3, peak memory < 400 MB.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openApp } from '../electron/core/app';
import { buildApp } from '../scripts/build-app.mjs';
import type { ImportAnalysis, ImportResult } from '../shared/domain/excel/imports';
import type { Result } from '../shared/errors';
import { people } from './people';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);

async function writeWorkbook(file: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = writer.addWorksheet('孕产妇台账');
  sheet.addRow(['某某街道孕产妇管理服务台账']).commit();
  sheet
    .addRow([
      '序号',
      '姓名',
      '身份证号码',
      '联系电话',
      '现住址',
      '预产期',
      '产检医院',
      '妊娠风险等级',
      '高危因素',
      '包保干部',
      '所属社区',
      '备注',
    ])
    .commit();
  let i = 0;
  for (const p of people(ROWS, 7)) {
    sheet
      .addRow([
        i + 1,
        p.name,
        p.idNumber,
        p.phone,
        `湖东社区${(i % 40) + 1}栋${(i % 6) + 1}单元${100 + (i % 30)}室`,
        new Date(Date.UTC(2027, i % 12, (i % 28) + 1)),
        '长春市妇产医院',
        '绿黄橙红紫'[i % 5],
        i % 3 ? '' : '高龄',
        '王锐',
        ['湖东社区', '柳影社区', '新月路社区'][i % 3],
        '',
      ])
      .commit();
    i++;
  }
  await writer.commit();
}

async function bareRead(file: string): Promise<number> {
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    worksheets: 'emit',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      (row as ExcelJS.Row).eachCell(() => cells++);
    }
  }
  return cells;
}

const must = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(result.message);
  return result.value as T;
};

/** The worker the app ships (out/main/import-worker.js), built first, rather than the TypeScript source. */
function useBuiltWorker(): void {
  const root = path.resolve(import.meta.dirname, '..');
  const built = buildApp();
  if (!built.ok) throw new Error(`build failed:\n${built.output}`);
  process.env.LEDGER_IMPORT_WORKER = path.join(root, 'out', 'main', 'import-worker.js');
}

export async function benchImport(): Promise<void> {
  useBuiltWorker();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-import-'));
  const file = path.join(dir, '孕产妇台账-10万行.xlsx');
  try {
    await writeWorkbook(file);
    console.log(`import: workbook of ${ROWS} rows, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB`);

    let start = performance.now();
    const cells = await bareRead(file);
    const bare = (performance.now() - start) / 1000;

    const core = openApp({ dataDir: path.join(dir, 'data'), mode: 'cli', version: 'bench', lock: false });
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    start = performance.now();
    const staged = core.ctx.files.stage(path.basename(file), { path: file });
    const { importId } = must<{ importId: string }>(await core.invoke('imports.start', { fileId: staged.fileId }));
    const phases: string[] = [];
    const lap = (name: string, from: number) =>
      phases.push(`${name} ${((performance.now() - from) / 1000).toFixed(1)} s`);
    let t = performance.now();
    const analysis = must<ImportAnalysis>(await core.invoke('imports.analysis', { importId }));
    lap('read', t);
    const sheets = analysis.sheets
      .filter((s) => s.fits)
      .map((s) => ({ name: s.name, mapping: s.mapping, community: s.community }));
    t = performance.now();
    must(await core.invoke('imports.preview', { importId, kind: 'pregnant', sheets }));
    lap('check', t);
    t = performance.now();
    const result = must<ImportResult>(await core.invoke('imports.commit', { importId }));
    lap('write', t);
    const ours = (performance.now() - start) / 1000;
    clearInterval(sampler);
    await core.invoke('imports.close', { importId });
    core.close();

    console.log(`import: bare exceljs streaming read ${bare.toFixed(1)} s (${cells} cells)`);
    console.log(
      `import: read + check + write through imports.* ${ours.toFixed(1)} s, ${result.inserted} inserted; ratio ${(ours / bare).toFixed(2)} (target ≤ 1.3): ${phases.join(', ')}`,
    );
    console.log(
      `import: peak memory (RSS, process and worker) ${(peak / 1e6).toFixed(0)} MB, ${((peak - baseline) / 1e6).toFixed(0)} MB above the ${(baseline / 1e6).toFixed(0)} MB before the import (target < 400 MB)`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
