/**
 * Export of 100,000 entries (exports.ledger through the real dispatcher: the official form,
 * styles, widths, chunked reads) against a baseline measured in the same run: a bare exceljs
 * streaming write of the same rows and columns, values already in memory, no styles.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openApp } from '../electron/core/app';
import { ledgerColumns } from '../electron/core/excel/export/columns';
import { extraKeys, rowChunks, viewIds } from '../electron/core/excel/export/viewReader';
import { getKind } from '../electron/core/ledgers/kinds';
import type { StagedFile } from '../shared/platform';
import type { Result } from '../shared/errors';
import { seedPlaces, seedPregnant } from './seed';

const COUNT = Number(process.env.BENCH_ENTRIES ?? 100_000);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const seconds = (ms: number) => (ms / 1000).toFixed(2);

/** The highest RSS seen while `work` runs (sampled whenever the event loop is free). */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; peak: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  try {
    const value = await work();
    return { value, peak: Math.max(peak, process.memoryUsage.rss()) };
  } finally {
    clearInterval(timer);
  }
}

export async function benchExport(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-'));
  const core = openApp({ dataDir, mode: 'cli', version: 'bench', lock: false });
  try {
    seedPlaces(core);
    const seedStart = performance.now();
    seedPregnant(core, COUNT);
    console.log(`export: seeded ${COUNT} entries through entries.add in ${seconds(performance.now() - seedStart)} s`);

    const input = { kind: 'pregnant', status: '全部', mask: false };
    const rssBefore = process.memoryUsage.rss();
    const start = performance.now();
    const { value: result, peak } = await withPeakRss(
      async () => (await core.invoke('exports.ledger', input)) as Result<StagedFile>,
    );
    const exportMs = performance.now() - start;
    if (!result.ok) throw new Error(`export failed: ${result.message}`);

    // The same rows and columns, as plain values in memory, then written bare.
    const kind = getKind(core.ctx, 'pregnant');
    const view = { kind: 'pregnant', status: '全部' } as const;
    const ids = viewIds(core.ctx, view);
    const columns = ledgerColumns(kind.fields, { closed: true, extraKeys: extraKeys(core.ctx, ids) });
    const rows: unknown[][] = [];
    for (const chunk of rowChunks(core.ctx, ids, 1000)) {
      for (const row of chunk) {
        const r = {
          serial: rows.length + 1,
          row,
          idNumber: row.id_number,
          phones: JSON.parse(row.phones),
          phoneNotes: JSON.parse(row.phone_notes),
          fields: JSON.parse(row.fields),
          extra: JSON.parse(row.extra),
        };
        rows.push(columns.map((c) => c.value(r)));
      }
    }
    const bareFile = path.join(dataDir, 'bare.xlsx');
    const bareStart = performance.now();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: bareFile,
      useStyles: false,
      useSharedStrings: false,
    });
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(columns.map((c) => c.header)).commit();
    for (const values of rows) sheet.addRow(values).commit();
    sheet.commit();
    await workbook.commit();
    const bareMs = performance.now() - bareStart;

    const size = fs.statSync(core.ctx.files.resolve(result.value.fileId).filePath).size;
    console.log(
      `export: ${COUNT} rows in ${seconds(exportMs)} s; bare exceljs streaming write ${seconds(bareMs)} s; ratio ${(exportMs / bareMs).toFixed(2)}`,
    );
    console.log(
      `export: file ${mb(size)} (bare ${mb(fs.statSync(bareFile).size)}); RSS during export peak ${mb(peak)} (${mb(rssBefore)} before); process peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
    );
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
