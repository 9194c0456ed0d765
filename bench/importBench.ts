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

/** The title and header of the benchmarks' ledger. */
export const BENCH_TITLE = '某某街道孕产妇管理服务台账';
export const BENCH_HEADER = [
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
];

/** The benchmarks' rows, the due date given as the writer stores a date. */
export function* benchRows(count: number, dueDate: (i: number) => unknown): Generator<unknown[]> {
  let i = 0;
  for (const p of people(count, 7)) {
    yield [
      i + 1,
      p.name,
      p.idNumber,
      p.phone,
      `湖东社区${(i % 40) + 1}栋${(i % 6) + 1}单元${100 + (i % 30)}室`,
      dueDate(i),
      '长春市妇产医院',
      '绿黄橙红紫'[i % 5],
      i % 3 ? '' : '高龄',
      '王锐',
      ['湖东社区', '柳影社区', '新月路社区'][i % 3],
      '',
    ];
    i++;
  }
}

export async function writeWorkbook(file: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = writer.addWorksheet('孕产妇台账');
  sheet.addRow([BENCH_TITLE]).commit();
  sheet.addRow(BENCH_HEADER).commit();
  for (const row of benchRows(ROWS, (i) => new Date(Date.UTC(2027, i % 12, (i % 28) + 1)))) sheet.addRow(row).commit();
  await writer.commit();
}

export async function bareRead(file: string): Promise<number> {
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
export function useBuiltWorker(): void {
  const root = path.resolve(import.meta.dirname, '..');
  const built = buildApp();
  if (!built.ok) throw new Error(`build failed:\n${built.output}`);
  process.env.LEDGER_IMPORT_WORKER = path.join(root, 'out', 'main', 'import-worker.js');
}

/**
 * One import through the handlers, as the wizard makes it; seconds from imports.start. The
 * wizard has the import's threads started when it opens (imports.prepare), before the user has
 * chosen a file; `cold` leaves that out, as for an import started without the wizard.
 */
export async function importOnce(file: string, dataDir: string, cold = false) {
  const core = openApp({ dataDir, mode: 'cli', version: 'bench', lock: false });
  if (!cold) must(await core.invoke('imports.prepare', {}));
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  try {
    const start = performance.now();
    const since = () => (performance.now() - start) / 1000;
    const staged = core.ctx.files.stage(path.basename(file), { path: file });
    const { importId } = must<{ importId: string }>(await core.invoke('imports.start', { fileId: staged.fileId }));
    const analysis = must<ImportAnalysis>(await core.invoke('imports.analysis', { importId }));
    const analysed = since();
    const sheets = analysis.sheets
      .filter((s) => s.fits)
      .map((s) => ({ name: s.name, mapping: s.mapping, community: s.community }));
    must(await core.invoke('imports.preview', { importId, kind: 'pregnant', sheets }));
    const previewed = since();
    const result = must<ImportResult>(await core.invoke('imports.commit', { importId }));
    const committed = since();
    await core.invoke('imports.close', { importId });
    return { analysed, previewed, committed, inserted: result.inserted, peak, baseline };
  } finally {
    clearInterval(sampler);
    core.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const secs = (values: number[]) => values.map((v) => v.toFixed(1)).join(' ');

/**
 * BENCH_RUNS (default 3) rounds of a bare read then an import, each into a new data folder;
 * the figures are medians. Two ratios: to the preview (what the user waits for before checking
 * the rows: read, analysis, every row checked against the rules and the ledger) and to the
 * committed import (the preview, then the transaction).
 */
export async function benchImport(): Promise<void> {
  useBuiltWorker();
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-import-'));
  const file = path.join(dir, '孕产妇台账-10万行.xlsx');
  try {
    await writeWorkbook(file);
    console.log(
      `import: workbook of ${ROWS} rows, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB; ${runs} rounds, medians`,
    );
    const bare: number[] = [];
    const imports: Awaited<ReturnType<typeof importOnce>>[] = [];
    let cells = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      cells = await bareRead(file);
      bare.push((performance.now() - start) / 1000);
      imports.push(await importOnce(file, path.join(dir, `data-${i}`)));
    }
    const cold = await importOnce(file, path.join(dir, 'data-cold'), true);
    const base = median(bare);
    const analysed = median(imports.map((r) => r.analysed));
    const previewed = median(imports.map((r) => r.previewed));
    const committed = median(imports.map((r) => r.committed));
    const peak = Math.max(...imports.map((r) => r.peak));
    const above = Math.max(...imports.map((r) => r.peak - r.baseline));
    console.log(`import: bare exceljs streaming read ${base.toFixed(2)} s (${cells} cells; runs ${secs(bare)})`);
    console.log(
      `import: to the preview (start → analysis → preview) ${previewed.toFixed(2)} s; ratio ${(previewed / base).toFixed(2)} (runs ${secs(imports.map((r) => r.previewed))}; analysis ready at ${analysed.toFixed(2)} s)`,
    );
    console.log(
      `import: to the committed import (… → commit) ${committed.toFixed(2)} s, ${imports[0]!.inserted} inserted; ratio ${(committed / base).toFixed(2)} (target ≤ 1.3; runs ${secs(imports.map((r) => r.committed))})`,
    );
    console.log(
      `import: the same without the threads started ahead (imports.prepare), once: preview ${cold.previewed.toFixed(2)} s, committed ${cold.committed.toFixed(2)} s; ratio ${(cold.committed / base).toFixed(2)}`,
    );
    console.log(
      `import: peak memory (RSS, process and workers) ${(peak / 1e6).toFixed(0)} MB, at most ${(above / 1e6).toFixed(0)} MB above the RSS before an import (target < 400 MB)`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
