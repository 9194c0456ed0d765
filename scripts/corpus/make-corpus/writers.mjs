/** The producers that are programs: exceljs, SheetJS, and LibreOffice Calc run headless. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { serialOf } from './people.mjs';

export const isDate = (v) => v !== null && typeof v === 'object' && 'date' in v;
export const isFormula = (v) => v !== null && typeof v === 'object' && 'f' in v;

/** exceljs: what the app itself and many Node tools write. */
export async function writeExcelJS(model, file) {
  const wb = new ExcelJS.Workbook();
  wb.creator = '街道办';
  if (model.date1904) wb.properties.date1904 = true;
  for (const s of model.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (isDate(v)) {
          const [y, m, d] = v.date.split('-').map(Number);
          // exceljs turns a Date into a 1900-system serial even in a 1904 workbook: write the serial.
          cell.value = model.date1904 ? serialOf(v.date, true) : new Date(Date.UTC(y, m - 1, d));
          cell.numFmt = v.fmt ?? 'yyyy-mm-dd';
        } else if (isFormula(v)) {
          cell.value = { formula: v.f, result: isDate(v.v) ? serialOf(v.v.date, model.date1904) : v.v };
          if (isDate(v.v)) cell.numFmt = v.v.fmt ?? 'yyyy-mm-dd';
        } else if (typeof v === 'object' && 'error' in v) cell.value = { error: v.error };
        else if (typeof v === 'object' && 'rich' in v)
          cell.value = { richText: v.rich.map(([text, bold]) => (bold ? { font: { bold: true }, text } : { text })) };
        else cell.value = v;
      });
    });
    for (const m of s.merges) ws.mergeCells(m);
    ws.columns.forEach((col, i) => (col.width = i === 2 ? 22 : 14));
  }
  await wb.xlsx.writeFile(file);
}

/** SheetJS: xlsx (inline 'str' cells, or a shared-string table with bookSST) and BIFF8 .xls. */
export function writeSheetJS(model, file, options) {
  const wb = XLSX.utils.book_new();
  for (const s of model.sheets) {
    const ws = {};
    let maxR = 0;
    let maxC = 0;
    s.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const at = XLSX.utils.encode_cell({ r, c });
        maxR = Math.max(maxR, r);
        maxC = Math.max(maxC, c);
        if (isDate(v)) ws[at] = { t: 'n', v: serialOf(v.date), z: v.fmt ?? 'yyyy-mm-dd' };
        else if (isFormula(v)) {
          const cached = isDate(v.v) ? serialOf(v.v.date) : v.v;
          ws[at] = { t: typeof cached === 'number' ? 'n' : 's', v: cached, f: v.f };
          if (isDate(v.v)) ws[at].z = v.v.fmt ?? 'yyyy-mm-dd';
        } else if (typeof v === 'number') ws[at] = { t: 'n', v };
        else if (typeof v === 'boolean') ws[at] = { t: 'b', v };
        else ws[at] = { t: 's', v };
      });
    });
    ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: maxR, c: maxC } });
    ws['!merges'] = s.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  fs.writeFileSync(file, XLSX.write(wb, { type: 'buffer', ...options }));
}

const LO_PROFILE = path.join(os.tmpdir(), 'ledger-corpus-lo-profile');

/**
 * LibreOffice Calc: sources (here .xlsx written by exceljs, or .csv) converted by soffice itself,
 * so the output is LibreOffice's own writing. One soffice run per target format.
 */
export function convertWithLibreOffice(sources, format, outDir, extraArgs = []) {
  fs.mkdirSync(outDir, { recursive: true });
  // A profile of its own that recalculates formulas on load, so that the .xls it writes carries
  // formula results (string results included) as Calc computed them.
  const settings = path.join(LO_PROFILE, 'user', 'registrymodifications.xcu');
  if (!fs.existsSync(settings)) {
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(
      settings,
      `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
    );
  }
  const run = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${LO_PROFILE}`,
      '--headless',
      ...extraArgs,
      '--convert-to',
      format,
      '--outdir',
      outDir,
      ...sources,
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
  for (const src of sources) {
    const out = path.join(outDir, `${path.parse(src).name}.${format.split(':')[0]}`);
    if (!fs.existsSync(out)) throw new Error(`soffice wrote no ${out}: ${run.stdout} ${run.stderr}`);
  }
}
