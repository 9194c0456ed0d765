/**
 * Import of a 50,000-row legacy .xls (BIFF8, written by SheetJS) through the real handlers, against
 * SheetJS's own read of the same file, with the options the reader uses, in the same run; and the
 * reader alone (readSheets) against the same baseline. Target: ratio ≤ 1.3.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { readSheets } from '../electron/core/excel/read/source';
import { XLS_PARSE_OPTIONS } from '../electron/core/excel/read/xls';
import { BENCH_HEADER, BENCH_TITLE, benchRows, importOnce, useBuiltWorker } from './importBench';

const ROWS = Number(process.env.BENCH_ROWS ?? 50_000);

/** The columns bench/importBench.ts writes, as an .xls. */
export function writeXls(file: string): void {
  const rows: unknown[][] = [
    [BENCH_TITLE],
    BENCH_HEADER,
    // A date serial with a date format: what Excel stores for a date.
    ...benchRows(ROWS, (i) => ({ t: 'n', v: 46388 + (i % 365), z: 'yyyy-mm-dd' })),
  ];
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), '孕产妇台账');
  XLSX.set_fs(fs);
  XLSX.writeFile(workbook, file, { bookType: 'xls' });
}

/** SheetJS's read of the file, as the reader asks for it; the cells it holds. */
function bareRead(file: string): number {
  const workbook = XLSX.read(fs.readFileSync(file), XLS_PARSE_OPTIONS);
  let cells = 0;
  for (const name of workbook.SheetNames) {
    for (const row of workbook.Sheets[name]!['!data'] ?? []) for (const cell of row ?? []) if (cell) cells++;
  }
  return cells;
}

/** The app's reader alone: every row of every sheet through readSheets, cells normalised; the rows it gave. */
async function readerRead(file: string): Promise<number> {
  let rows = 0;
  for await (const sheet of readSheets(file)) for await (const batch of sheet.batches ?? []) rows += batch.length;
  return rows;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const secs = (values: number[]) => values.map((v) => v.toFixed(2)).join(' ');

/** BENCH_RUNS (default 3) rounds of a bare SheetJS read then an import; medians. */
export async function benchXls(): Promise<void> {
  useBuiltWorker();
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-xls-'));
  const file = path.join(dir, '孕产妇台账-5万行.xls');
  try {
    // Written by another process: SheetJS's writer leaves gigabytes of buffers to the garbage
    // collector, which would stand in this process's RSS while the import is measured.
    const written = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--write-xls', file], {
      stdio: 'inherit',
    });
    if (written.status !== 0) throw new Error('writing the .xls failed');
    console.log(`xls: workbook of ${ROWS} rows, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB; ${runs} rounds, medians`);
    const bare: number[] = [];
    const reader: number[] = [];
    const imports: Awaited<ReturnType<typeof importOnce>>[] = [];
    let cells = 0;
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      cells = bareRead(file);
      bare.push((performance.now() - start) / 1000);
      const readerStart = performance.now();
      rows = await readerRead(file);
      reader.push((performance.now() - readerStart) / 1000);
      imports.push(await importOnce(file, path.join(dir, `data-${i}`)));
    }
    const base = median(bare);
    const previewed = median(imports.map((r) => r.previewed));
    const committed = median(imports.map((r) => r.committed));
    const peak = Math.max(...imports.map((r) => r.peak));
    const above = Math.max(...imports.map((r) => r.peak - r.baseline));
    console.log(`xls: SheetJS read (XLSX.read, the reader's options) ${base.toFixed(2)} s (${cells} cells; runs ${secs(bare)})`);
    console.log(
      `xls: the reader alone (readSheets, ${rows} rows normalised) ${median(reader).toFixed(2)} s; ratio ${(median(reader) / base).toFixed(2)} (runs ${secs(reader)})`,
    );
    console.log(
      `xls: to the preview ${previewed.toFixed(2)} s; ratio ${(previewed / base).toFixed(2)} (runs ${secs(imports.map((r) => r.previewed))}; analysis ready at ${median(imports.map((r) => r.analysed)).toFixed(2)} s)`,
    );
    console.log(
      `xls: to the committed import ${committed.toFixed(2)} s, ${imports[0]!.inserted} inserted; ratio ${(committed / base).toFixed(2)} (target ≤ 1.3; runs ${secs(imports.map((r) => r.committed))})`,
    );
    console.log(
      `xls: peak memory (RSS, process and workers) ${(peak / 1e6).toFixed(0)} MB, at most ${(above / 1e6).toFixed(0)} MB above the RSS before an import`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// `tsx bench/xlsBench.ts --write-xls FILE` writes the benchmark's workbook.
if (process.argv[2] === '--write-xls') writeXls(process.argv[3]!);
