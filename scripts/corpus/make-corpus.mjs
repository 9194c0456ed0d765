/**
 * Writes the import corpus: tests/corpus/<producer>-<case>.<ext> and <file>.truth.json for each, and
 * tests/corpus/README.md (the list of files). Run from the repository root:
 *
 *   node scripts/corpus/make-corpus.mjs            every case
 *   node scripts/corpus/make-corpus.mjs dates ...  only these case ids (README left alone)
 *
 * Needs LibreOffice (`soffice`) and `zip` on the PATH; the tests read the committed files and need neither.
 *
 * Producers (the first word of each file name):
 *   lo-       LibreOffice Calc's own writing: an exceljs source converted by `soffice --convert-to xlsx|xls`
 *             (lo-csv-*: a UTF-8 CSV converted with every column typed as text).
 *   exceljs-  exceljs, as the app itself and many Node tools write.
 *   sheetjs-  SheetJS (@e965/xlsx): xlsx with t="str" cells or (sst) a shared-string table; .xls is BIFF8.
 *   csv-      CSV written here: UTF-8 with a BOM and ="…" cells (web systems), or GBK (Excel on Chinese Windows).
 *   wps-      .et files: BIFF8 (from LibreOffice or SheetJS) under the name old WPS gives it.
 *   raw-      hand-written OOXML, zipped with `zip`, in the shapes web systems, .NET tools and WPS write:
 *               raw-phones-inline      inline strings (t="inlineStr")
 *               raw-headers-pregnant   plain: shared strings, a styles part
 *               raw-inline-nostyles    inline strings and no styles part at all
 *               raw-shared-formulas    <f t="shared" ref=… si=…> with cached values (a date among them)
 *               raw-text-numbers       numbers and dates stored as text; boolean cells (t="b")
 *               raw-1904               workbookPr date1904="1" with date-formatted serials
 *               raw-lying-dimension    <dimension ref="A1:C3"/> though the data reaches P10
 *               raw-rows-out-of-order  <row r="6"> before <row r="3">
 *               raw-no-refs            rows and cells without r attributes
 *               raw-x-prefix           namespace-prefixed tags (<x:worksheet>, <x:row>, <x:c>)
 *               raw-wps-parts          WPS's extra parts: custom.xml (KSOProductBuildVer), cellimages.xml,
 *                                      customXml/, a sheet extLst
 *               raw-web-export         inline strings, date-time cells and text, invisible characters
 *               raw-python-export      inline strings, no styles part, numbers as float text (13904312222.0)
 *               raw-cn-date-formats    built-in Chinese date formats 31 / 57 / 58 used without definition,
 *                                      [$-804] and [DBNum1] formats, an error cell (t="e")
 *               raw-chartsheet         a chart sheet before the worksheet; rich-text runs in shared strings
 *
 * Each case (make-corpus/cases/*.mjs) builds a workbook model from invented people (valid GB 11643 ID numbers) and
 * the truth of what importing it must give; the same model goes to each of the case's producers.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CASES } from './make-corpus/cases/index.mjs';
import { writeRaw } from './make-corpus/ooxml.mjs';
import { convertWithLibreOffice, writeExcelJS, writeSheetJS } from './make-corpus/writers.mjs';

const CORPUS = path.resolve(import.meta.dirname, '../../tests/corpus');

const PRODUCERS = {
  'lo-xlsx': 'LibreOffice Calc (xlsx, converted by soffice from an exceljs source)',
  'lo-xls': 'LibreOffice Calc (BIFF8 .xls, converted by soffice from an exceljs source)',
  'lo-xls-as-et': 'LibreOffice Calc BIFF8, saved under .et as old WPS does',
  'lo-csv': 'LibreOffice Calc (xlsx, converted by soffice from a UTF-8 CSV, columns typed as text)',
  exceljs: 'exceljs 4 (shared strings, styles)',
  'sheetjs-xlsx': 'SheetJS @e965/xlsx 0.20.3 (xlsx, strings as t="str" cells, no shared-string table)',
  'sheetjs-sst': 'SheetJS @e965/xlsx 0.20.3 (xlsx with a shared-string table, bookSST)',
  'sheetjs-xls': 'SheetJS @e965/xlsx 0.20.3 (BIFF8 .xls)',
  'sheetjs-xls-as-et': 'SheetJS BIFF8, saved under .et as old WPS does',
  raw: 'hand-written OOXML',
  'csv-utf8-bom': 'CSV as web systems export it: UTF-8 with a BOM, CRLF',
  'csv-gbk': 'CSV as Excel on Chinese Windows saves it: GBK, CRLF',
};

/** The first sheet as CSV; a { csv } cell is written as it stands (a web system's ="…" trick). */
function csvOf(model, eol = '\n') {
  const quote = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const text = (v) =>
    v === null || v === undefined ? '' : typeof v === 'object' && 'csv' in v ? v.csv : quote(String(v));
  const sheet = model.sheets[0];
  return `${sheet.rows.map((row) => row.map(text).join(',')).join(eol)}${eol}`;
}

function describeRaw(options) {
  const parts = [];
  if (options.strings === 'inline') parts.push('inline strings');
  if (options.styles === false) parts.push('no styles part');
  if (options.prefix) parts.push(`tags prefixed ${options.prefix}`);
  if (options.noRefs) parts.push('no r attributes');
  if (options.dimension) parts.push(`dimension claims ${options.dimension}`);
  if (options.order) parts.push(`rows in order ${options.order.join(',')}`);
  if (options.date1904) parts.push('1904 dates');
  if (options.sharedFormulas) parts.push('shared formulas');
  if (options.wps) parts.push('WPS parts');
  return parts.length ? `hand-written OOXML: ${parts.join(', ')}` : 'hand-written OOXML (shared strings, styles)';
}

async function main() {
  const only = process.argv.slice(2);
  fs.mkdirSync(CORPUS, { recursive: true });
  // A full run rewrites the folder: files of cases renamed or removed since do not linger.
  if (!only.length) for (const name of fs.readdirSync(CORPUS)) fs.rmSync(path.join(CORPUS, name));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-corpus-'));
  const jobs = [];
  const lo = { xlsx: [], xls: [], csv: [] };
  for (const c of CASES) {
    if (only.length && !only.includes(c.id)) continue;
    const { model, truth } = c.build();
    for (const [file, producer, options = {}] of c.outputs) {
      const target = path.join(CORPUS, file);
      const producerText = producer === 'raw' ? describeRaw(options) : PRODUCERS[producer];
      jobs.push({ c, file, producer: producerText, truth });
      switch (producer) {
        case 'exceljs':
          await writeExcelJS(model, target);
          break;
        case 'sheetjs-xlsx':
          writeSheetJS(model, target, { bookType: 'xlsx', bookSST: false });
          break;
        case 'sheetjs-sst':
          writeSheetJS(model, target, { bookType: 'xlsx', bookSST: true });
          break;
        case 'sheetjs-xls':
        case 'sheetjs-xls-as-et':
          writeSheetJS(model, target, { bookType: 'xls' });
          break;
        case 'raw':
          writeRaw(model, target, { ...options, date1904: options.date1904 ?? model.date1904 });
          break;
        case 'lo-xlsx':
        case 'lo-xls':
        case 'lo-xls-as-et': {
          const source = path.join(work, 'src', `${path.parse(file).name}.xlsx`);
          fs.mkdirSync(path.dirname(source), { recursive: true });
          if (!fs.existsSync(source)) await writeExcelJS(model, source);
          (producer === 'lo-xlsx' ? lo.xlsx : lo.xls).push({ source, target });
          break;
        }
        case 'lo-csv': {
          const source = path.join(work, 'csv', `${path.parse(file).name}.csv`);
          fs.mkdirSync(path.dirname(source), { recursive: true });
          fs.writeFileSync(source, csvOf(model));
          lo.csv.push({ source, target, columns: model.sheets[0].rows[0].length });
          break;
        }
        case 'csv-utf8-bom':
          fs.writeFileSync(target, `\ufeff${csvOf(model, '\r\n')}`);
          break;
        case 'csv-gbk': {
          // As Excel on Chinese Windows saves 'CSV (逗号分隔)': GBK, CRLF.
          const run = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: csvOf(model, '\r\n') });
          if (run.status !== 0) throw new Error(`iconv failed: ${run.stderr}`);
          fs.writeFileSync(target, run.stdout);
          break;
        }
        default:
          throw new Error(`unknown producer ${producer}`);
      }
    }
  }
  // LibreOffice: one run per format; the source's base name is the output's.
  for (const [format, list] of [
    ['xlsx', lo.xlsx],
    ['xls', lo.xls],
  ]) {
    if (!list.length) continue;
    const out = path.join(work, `lo-${format}`);
    convertWithLibreOffice([...new Set(list.map((j) => j.source))], format, out);
    for (const j of list) fs.copyFileSync(path.join(out, `${path.parse(j.source).name}.${format}`), j.target);
  }
  for (const j of lo.csv) {
    // CSV filter: comma, double quote, UTF-8 (76), from line 1, every column as text (2).
    const types = Array.from({ length: j.columns }, (_, i) => `${i + 1}/2`).join('/');
    const out = path.join(work, 'lo-csv');
    convertWithLibreOffice([j.source], 'xlsx', out, [`--infilter=CSV:44,34,76,1,${types}`]);
    fs.copyFileSync(path.join(out, `${path.parse(j.source).name}.xlsx`), j.target);
  }
  fs.rmSync(work, { recursive: true, force: true });

  for (const { c, file, producer, truth } of jobs) {
    const out = {
      file,
      producer,
      covers: c.covers,
      ...(c.pending ? { pending: c.pending } : {}),
      kind: truth.kind,
      entries: truth.entries,
      errors: truth.errors,
      duplicates: truth.duplicates,
      warnings: truth.warnings,
    };
    fs.writeFileSync(path.join(CORPUS, `${file}.truth.json`), truthText(out));
  }
  if (!only.length) writeReadme(jobs);
  console.log(`wrote ${jobs.length} workbooks and their truth to ${path.relative(process.cwd(), CORPUS)}`);
}

/** The truth as JSON with one entry, error, duplicate or warning a line: easy to read and to diff. */
function truthText(truth) {
  const lines = Object.entries(truth).map(([key, value]) => {
    if (!Array.isArray(value)) return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    if (value.length === 0) return `  ${JSON.stringify(key)}: []`;
    return `  ${JSON.stringify(key)}: [\n${value.map((v) => `    ${JSON.stringify(v)}`).join(',\n')}\n  ]`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

function writeReadme(jobs) {
  const pending = jobs.filter((j) => j.c.pending).map((j) => `- \`${j.file}\`: ${j.c.pending}`);
  const lines = jobs.map(
    ({ file, producer, c, truth }) =>
      `| \`${file}\` | ${truth.kind} | ${producer} | ${c.covers} | ${truth.entries.length} / ${truth.errors.length} / ${truth.duplicates.length} / ${truth.warnings.length} |`,
  );
  const text = `# Import corpus

Workbooks as offices, their tools and their superiors' web systems write them, each with its truth:
\`<file>.truth.json\` lists every entry a correct import stores (every canonical field, DESIGN.md's keys),
every row it must refuse, every row a later row supersedes, and every row it stores with a warning.
\`tests/unit/corpus/corpus.test.ts\` imports each workbook through the CLI (import --json, then
list --json, into a fresh database) and through the wizard's handlers (imports.start → analysis → values →
preview → rows → commit, then entries.list), compares every field of every entry and what the import said
about each row, and prints per workbook the rows right / flagged / stored wrong / lost:

    TZ=Asia/Shanghai npx vitest run tests/unit/corpus
    CORPUS_CLI=process …      runs electron/cli.ts as its own process instead of its commands in-process
    CORPUS_PENDING=1 …        runs the pending workbooks too

All people are invented; their ID numbers are valid (GB 11643 check character) but belong to no one.

Regenerate everything with \`node scripts/corpus/make-corpus.mjs\` (needs LibreOffice's \`soffice\` and
\`zip\` on the PATH; the tests need neither). \`node scripts/corpus/make-corpus.mjs <case-id>…\` rewrites
only those cases (and leaves this README alone). The producers write timestamps into their files, so
regenerated files differ in bytes but not in content.

## Truth format

\`\`\`
{
  "file", "producer", "covers",
  "pending"?: "why the product cannot do this yet",   // the test skips the workbook, saying why
  "kind": "pregnant" | "dialysis",
  "entries": [{ "at": {"sheet","row"}, "name", "idNumber", "gender", "birthDate", "phones",
                "phoneNotes"?: {"number": "label"}, "community", "grid", "address", "cadre", "note",
                "fields": {…}, "extra": {header: text} }],
  "errors": [{"sheet","row","column"}],       // rows that must be refused
  "duplicates": [{"sheet","row"}],            // rows a later row with the same ID number supersedes (reported)
  "warnings": [{"sheet","row","why"}]         // stored with a warning: why = merged | ditto | extra
}
\`\`\`

Rows are the row numbers Excel shows. Every data row is exactly one of: an entry's \`at\`, an error, a
duplicate. \`why\`: \`merged\` the row took a value from a cell merged down from above; \`ditto\` a ditto mark
(同上, 〃, ", 同左) was replaced by the value above / to the left; \`extra\` a value that is no valid value of
its field (a phone cell with no number, an unknown option) was not stored in the field but kept in
其他信息 under its header.

## Files

Counts: entries / errors / duplicates / warnings.

| File | Kind | Producer | What it tests | Counts |
|---|---|---|---|---|
${lines.join('\n')}

## Pending

Workbooks whose truth the product does not meet yet, by decision still to be made; the test lists them
as todo with the reason.

${pending.length ? pending.join('\n') : 'None.'}
`;
  fs.writeFileSync(path.join(CORPUS, 'README.md'), text);
}

await main();
