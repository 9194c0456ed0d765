import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../electron/core/app';
import type { Cell } from '../../../electron/core/excel/read/cells';
import type { SheetRow, SheetRows } from '../../../electron/core/excel/read/sheet';
import { readSheets, sourceKind } from '../../../electron/core/excel/read/source';
import { biffSheets } from '../../../electron/core/excel/read/biffChunks';
import { readXlsSheets, XLS_PARSE_OPTIONS } from '../../../electron/core/excel/read/xls';
import type { ImportAnalysis, ImportResult, ImportStatus, PreviewSummary } from '../../../shared/domain/excel/imports';
import type { EntryPage } from '../../../shared/domain/ledgers/types';
import { ok, okAsync, openTestApp } from '../helpers';
import { tempDir } from './helpers';
import { openSession } from './import/session';

/** Made by scripts/corpus/make-xls.mjs: exceljs workbooks saved as .xls by LibreOffice. */
const FILES = path.resolve(import.meta.dirname, 'files/xls');
const file = (name: string) => path.join(FILES, name);
const LEDGER = file('孕产妇台账-湖东社区.xls');
const ET = file('孕产妇台账-湖东社区.et');
const OLD_MAC = file('孕产妇台账-1904.xls');
const LOCKED = file('孕产妇台账-加密.xls');

const PASSWORD = '这个 .xls/.et 文件设置了打开密码，无法读取。请在 Excel/WPS 中打开它，取消密码后保存（或另存为不加密的 .xlsx），再导入';
const DAMAGED = '无法读取这个 .xls/.et 文件：文件已损坏或不是 Excel/WPS 表格。请在 Excel/WPS 中打开它，另存为 .xlsx 后重试';

const t = (text: string): Cell => ({ kind: 'text', text });
const n = (number: number): Cell => ({ kind: 'number', text: String(number), number });
const d = (date: string): Cell => ({ kind: 'date', text: date, date });
const empty: Cell = { kind: 'empty', text: '' };

const HEADER = ['序号', '姓名', '身份证号码', '联系电话', '所属社区', '现住址', '预产期', '产检医院', '妊娠风险等级', '备注'];
const NUMERIC_ID = 220104199402013000;

/** The ledger sheet's rows as stored; 所属社区 is written in the first row of each merge only. */
const LEDGER_ROWS: SheetRow[] = [
  { rowNumber: 1, cells: [t('湖东社区孕产妇管理服务台账')] },
  { rowNumber: 2, cells: HEADER.map(t) },
  {
    rowNumber: 3,
    cells: [n(1), t('李春梅'), t('220104199301220027'), t('13904312222'), t('湖东社区'), t('湖东小区3栋2单元101室'), d('2027-03-05'), t('长春市妇产医院'), t('绿')],
  },
  {
    rowNumber: 4,
    cells: [n(2), t('王晓燕'), t('220104199506070042'), t('13804315555'), empty, t('湖东小区5栋1单元302室'), d('2027-01-31'), t('吉林大学第一医院'), t('黄'), t('二胎')],
  },
  {
    rowNumber: 5,
    cells: [
      n(3),
      t('赵丽'),
      { kind: 'number', text: '220104199402013000', number: NUMERIC_ID, numericId: true },
      t('0431-85201234'),
      empty,
      t('湖东小区8栋3单元501室'),
      d('2026-12-01'),
      t('长春市妇产医院'),
      t('绿'),
      t('身份证号以数字保存'),
    ],
  },
  {
    rowNumber: 6,
    cells: [n(4), t('孙静'), t('220104199003150083'), t('13504318888'), t('柳影社区'), t('柳影路12号'), d('2027-06-18'), t('长春市妇产医院'), t('橙'), t('高龄')],
  },
  {
    rowNumber: 7,
    cells: [n(5), t('周敏'), t('220104199812300109'), t('13604319999'), empty, t('柳影路20号'), d('2027-02-28'), t('吉林大学第一医院'), t('绿')],
  },
];

const LEDGER_MERGES = [
  { firstRow: 1, lastRow: 1, firstColumn: 0, lastColumn: 9 },
  { firstRow: 3, lastRow: 5, firstColumn: 4, lastColumn: 4 },
  { firstRow: 6, lastRow: 7, firstColumn: 4, lastColumn: 4 },
];

/** The hidden sheet: booleans, a formula's cached number and error, a date, a time, text over two lines. */
const NOTES_ROWS: SheetRow[] = [
  { rowNumber: 1, cells: [t('项目'), t('值')] },
  { rowNumber: 2, cells: [t('已核实'), { kind: 'bool', text: 'TRUE' }] },
  { rowNumber: 3, cells: [t('未核实'), { kind: 'bool', text: 'FALSE' }] },
  { rowNumber: 4, cells: [t('人数'), n(5)] },
  { rowNumber: 5, cells: [t('比例'), { kind: 'error', text: '#DIV/0!' }] },
  { rowNumber: 6, cells: [t('上报时间'), d('2026-12-05')] },
  { rowNumber: 7, cells: [t('签到时间'), { kind: 'text', text: '08:30', time: '08:30' }] },
  { rowNumber: 8, cells: [t('平均孕周'), { kind: 'number', text: '27.5', number: 27.5 }] },
  { rowNumber: 9, cells: [t('说明'), t('第一行\n第二行')] },
  // Row 10 holds nothing and is left out; a gap in a row is an empty cell.
  { rowNumber: 11, cells: [t('备注'), empty, t('隔列')] },
];

async function readAllOf(sheets: AsyncIterable<SheetRows>) {
  const result: { name: string; hidden?: boolean; merges?: unknown; rows: SheetRow[] }[] = [];
  for await (const sheet of sheets) {
    const rows: SheetRow[] = [];
    for await (const row of sheet.rows) rows.push(row);
    result.push({ name: sheet.name, hidden: sheet.hidden, merges: sheet.merges, rows });
  }
  return result;
}

/** The rows as readSheets gives them: a cell merged down gives its value to the rows below it. */
function filled(rows: SheetRow[], merges: typeof LEDGER_MERGES): SheetRow[] {
  return rows.map((row) => {
    const copy: SheetRow = { rowNumber: row.rowNumber, cells: [...row.cells] };
    for (const m of merges) {
      if (m.lastRow === m.firstRow || row.rowNumber <= m.firstRow || row.rowNumber > m.lastRow) continue;
      copy.cells[m.firstColumn] = rows.find((r) => r.rowNumber === m.firstRow)!.cells[m.firstColumn]!;
      (copy.merged ??= []).push(m.firstColumn);
    }
    return copy;
  });
}

function copyTo(source: string, name: string): string {
  const target = path.join(tempDir(), name);
  fs.copyFileSync(source, target);
  return target;
}

describe('reading .xls and .et files', () => {
  it('an .xls is read as it is stored: sheets in tab order, hidden, merges, typed cells', async () => {
    expect(await sourceKind(LEDGER)).toBe('xls');
    expect(await readAllOf(readXlsSheets(LEDGER))).toEqual([
      { name: '孕产妇台账', hidden: false, merges: LEDGER_MERGES, rows: LEDGER_ROWS },
      { name: '填表说明', hidden: true, merges: [], rows: NOTES_ROWS },
    ]);
  });

  it('readSheets reads an .xls and a WPS .et (a BIFF8 file under another name) alike, merges filled', async () => {
    const expected = [
      { name: '孕产妇台账', hidden: false, merges: LEDGER_MERGES, rows: filled(LEDGER_ROWS, LEDGER_MERGES) },
      { name: '填表说明', hidden: true, merges: [], rows: NOTES_ROWS },
    ];
    expect(await readAllOf(readSheets(LEDGER))).toEqual(expected);
    expect(await sourceKind(ET)).toBe('xls');
    expect(await readAllOf(readSheets(ET))).toEqual(expected);
    // What the file is decides, not its name.
    expect(await readAllOf(readSheets(copyTo(LEDGER, '台账.xlsx')))).toEqual(expected);
  });

  it('a workbook counting days from 1904 gives the same calendar dates', async () => {
    const [sheet, ...others] = await readAllOf(readSheets(OLD_MAC));
    expect(others).toEqual([]);
    expect(sheet!.name).toBe('孕产妇台账');
    expect(sheet!.rows.map((row) => row.cells[6])).toEqual([
      undefined,
      t('预产期'),
      d('2027-03-05'),
      d('2027-01-31'),
      d('2026-12-01'),
      d('2027-06-18'),
      d('2027-02-28'),
    ]);
    expect(sheet!.rows.slice(2).map((row) => row.cells.slice(0, 6))).toEqual(
      filled(LEDGER_ROWS, LEDGER_MERGES)
        .slice(2)
        .map((row) => row.cells.slice(0, 6)),
    );
  });

  it('rows come in batches too, and the signal stops the reading between rows', async () => {
    const controller = new AbortController();
    const rows: number[] = [];
    const reading = (async () => {
      for await (const sheet of readXlsSheets(LEDGER, { signal: controller.signal })) {
        for await (const row of sheet.rows) {
          rows.push(row.rowNumber);
          if (row.rowNumber === 3) controller.abort(new Error('stop'));
        }
      }
    })();
    await expect(reading).rejects.toThrow('stop');
    expect(rows).toEqual([1, 2, 3]);

    const batches: number[][] = [];
    for await (const sheet of readXlsSheets(LEDGER)) {
      for await (const batch of sheet.batches!) batches.push(batch.map((row) => row.rowNumber));
    }
    expect(batches).toEqual([
      [1, 2, 3, 4, 5, 6, 7],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 11],
    ]);
  });
});

describe('a large .xls sheet, parsed a piece at a time', () => {
  /** The BIFF8 workbook stream of an .xls file. */
  function workbookStream(source: string): Buffer {
    const content = XLSX.CFB.find(XLSX.CFB.read(fs.readFileSync(source), { type: 'buffer' }), '/Workbook').content;
    return Buffer.from(content.buffer, content.byteOffset, content.length);
  }

  it('the pieces hold, between them, exactly the cells and merges of the sheet parsed whole', () => {
    const stream = workbookStream(LEDGER);
    const whole = XLSX.read(stream, XLS_PARSE_OPTIONS);
    // A piece for every row: the smallest pieces there can be.
    const sheets = biffSheets(stream, () => 1)!;
    expect(sheets.map((s) => [s.name, s.hidden, s.type])).toEqual([
      ['孕产妇台账', false, 0],
      ['填表说明', true, 0],
    ]);
    for (const sheet of sheets) {
      const rows: unknown[] = [];
      let pieces = 0;
      for (const piece of sheet.pieces()) {
        pieces++;
        const parsed = XLSX.read(piece, XLS_PARSE_OPTIONS);
        expect(Object.keys(parsed.Sheets)).toEqual([sheet.name]);
        parsed.Sheets[sheet.name]!['!data']!.forEach((row, index) => {
          expect(rows[index], `row ${index + 1} in two pieces`).toBeUndefined();
          rows[index] = row;
        });
      }
      expect(pieces).toBe(sheet.name === '孕产妇台账' ? 7 : 10);
      expect(rows).toEqual(whole.Sheets[sheet.name]!['!data']);
      expect(sheet.merges).toEqual(
        (whole.Sheets[sheet.name]!['!merges'] ?? []).map((m) => ({
          firstRow: m.s.r,
          lastRow: m.e.r,
          firstColumn: m.s.c,
          lastColumn: m.e.c,
        })),
      );
    }
  });

  it('a sheet of 20,000 rows (several pieces) reads every row, in order, with its cells', async () => {
    const rows: unknown[][] = [['序号', '姓名', '身份证号码', '预产期']];
    for (let i = 1; i <= 20_000; i++) {
      rows.push([i, `孕妇${i}`, `2201041993012${String(i).padStart(5, '0')}`, { t: 'n', v: 46388 + (i % 365), z: 'yyyy-mm-dd' }]);
    }
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), '大表');
    const target = path.join(tempDir(), '大表.xls');
    fs.writeFileSync(target, XLSX.write(workbook, { type: 'buffer', bookType: 'xls' }));
    // Pieces of 1 MB, as the reader makes them for this file.
    expect([...biffSheets(workbookStream(target), () => 1024 * 1024)![0]!.pieces()].length).toBeGreaterThanOrEqual(2);

    const [sheet, ...others] = await readAllOf(readXlsSheets(target));
    expect(others).toEqual([]);
    expect(sheet!.rows).toHaveLength(20_001);
    expect(sheet!.rows[0]).toEqual({ rowNumber: 1, cells: [t('序号'), t('姓名'), t('身份证号码'), t('预产期')] });
    const day = (i: number) => new Date(Date.UTC(2027, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
    sheet!.rows.slice(1).forEach((row, k) => {
      const i = k + 1;
      expect(row).toEqual({
        rowNumber: i + 1,
        cells: [n(i), t(`孕妇${i}`), t(`2201041993012${String(i).padStart(5, '0')}`), d(day(i))],
      });
    });
  });
});

describe('.xls/.et files that cannot be read', () => {
  async function failure(target: string) {
    return readAllOf(readSheets(target)).then(
      () => undefined,
      (error: unknown) => error,
    );
  }

  it('a password-protected .xls (saved with an open password by LibreOffice) says to remove the password', async () => {
    expect(await failure(LOCKED)).toMatchObject({ code: 'BAD_INPUT', message: PASSWORD });
    expect(await failure(copyTo(LOCKED, '加密.et'))).toMatchObject({ code: 'BAD_INPUT', message: PASSWORD });
  });

  it('an encrypted .xlsx (an OLE2 file with an EncryptedPackage stream) keeps its own message', async () => {
    // Built from a real compound file: the ledger's Workbook stream renamed EncryptedPackage.
    const bytes = Buffer.from(fs.readFileSync(LEDGER));
    const name = Buffer.from('Workbook', 'utf16le');
    const at = bytes.indexOf(name);
    expect(at).toBeGreaterThan(0);
    const renamed = Buffer.from('EncryptedPackage', 'utf16le');
    renamed.copy(bytes, at);
    bytes.writeUInt16LE(renamed.length + 2, at + 64); // the entry's name length, with its terminator
    const target = path.join(tempDir(), '加密.xlsx');
    fs.writeFileSync(target, bytes);
    expect(await failure(target)).toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/设置了打开密码.*取消密码/) });
  });

  it('a damaged or cut-short .xls, and an OLE2 file that is no workbook, get the damaged-file message', async () => {
    const bytes = fs.readFileSync(LEDGER);
    const half = path.join(tempDir(), '半截.xls');
    fs.writeFileSync(half, bytes.subarray(0, bytes.length >> 1));
    const bare = path.join(tempDir(), '空壳.et');
    fs.writeFileSync(bare, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1016)]));
    for (const target of [half, bare]) expect(await failure(target)).toMatchObject({ code: 'BAD_INPUT', message: DAMAGED });
  });

  it('an .xls damaged anywhere is read or refused with BAD_INPUT, never fails otherwise', async () => {
    const original = fs.readFileSync(LEDGER);
    const outcomes = new Set<string>();
    for (let start = 0; start < original.length; start += 97) {
      const bytes = Buffer.from(original);
      for (let i = start; i < Math.min(start + 40, bytes.length); i++) bytes[i] = (bytes[i]! * 7 + 13) & 0xff;
      const target = path.join(tempDir(), `damaged-${start}.xls`);
      fs.writeFileSync(target, bytes);
      const error = await failure(target);
      outcomes.add(error === undefined ? 'read' : ((error as { code?: string }).code ?? `unexpected: ${String(error)}`));
    }
    expect([...outcomes].sort()).toEqual(['BAD_INPUT', 'read']);
  });
});

const entries = (core: AppCore) => ok<EntryPage>(core, 'entries.list', { kind: 'pregnant', status: '全部', limit: 100 });

/** What the ledger file gives, stored: every field of every entry. */
function expectStoredLedger(core: AppCore) {
  const page = entries(core);
  expect(page.total).toBe(5);
  const stored = page.rows
    .map((e) => ({
      name: e.name,
      // The list shows ID numbers masked; the whole number is asked for as the 查看 button does.
      idNumber: ok<{ idNumber: string }>(core, 'entries.revealId', { id: e.id }).idNumber,
      gender: e.gender,
      birthDate: e.birthDate,
      phones: e.phones,
      community: e.community,
      address: e.address,
      status: e.status,
      note: e.note,
      fields: e.fields,
    }))
    .sort((a, b) => a.idNumber.localeCompare(b.idNumber));
  expect(stored).toEqual([
    {
      name: '孙静',
      idNumber: '220104199003150083',
      gender: '女',
      birthDate: '1990-03-15',
      phones: ['13504318888'],
      community: '柳影社区',
      address: '柳影路12号',
      status: '在册',
      note: '高龄',
      fields: { dueDate: '2027-06-18', prenatalHospital: '长春市妇产医院', riskLevel: '橙' },
    },
    {
      name: '李春梅',
      idNumber: '220104199301220027',
      gender: '女',
      birthDate: '1993-01-22',
      phones: ['13904312222'],
      community: '湖东社区',
      address: '湖东小区3栋2单元101室',
      status: '在册',
      note: '',
      fields: { dueDate: '2027-03-05', prenatalHospital: '长春市妇产医院', riskLevel: '绿' },
    },
    {
      name: '赵丽',
      idNumber: '220104199402013000',
      gender: '女',
      birthDate: '1994-02-01',
      phones: ['0431-85201234'],
      community: '湖东社区',
      address: '湖东小区8栋3单元501室',
      status: '在册',
      note: '身份证号以数字保存',
      fields: { dueDate: '2026-12-01', prenatalHospital: '长春市妇产医院', riskLevel: '绿' },
    },
    {
      name: '王晓燕',
      idNumber: '220104199506070042',
      gender: '女',
      birthDate: '1995-06-07',
      phones: ['13804315555'],
      community: '湖东社区',
      address: '湖东小区5栋1单元302室',
      status: '在册',
      note: '二胎',
      fields: { dueDate: '2027-01-31', prenatalHospital: '吉林大学第一医院', riskLevel: '黄' },
    },
    {
      name: '周敏',
      idNumber: '220104199812300109',
      gender: '女',
      birthDate: '1998-12-30',
      phones: ['13604319999'],
      community: '柳影社区',
      address: '柳影路20号',
      status: '在册',
      note: '',
      fields: { dueDate: '2027-02-28', prenatalHospital: '吉林大学第一医院', riskLevel: '绿' },
    },
  ]);
}

describe('importing .xls and .et files', () => {
  it('the ledger .xls imports in-process: header found under the title, merged 社区 given to each row', async () => {
    const core = openTestApp();
    const { analysis, summary, commit } = await openSession(core, LEDGER);
    expect(analysis.suggestedKind).toBe('pregnant');
    expect(analysis.sheets.map((s) => ({ name: s.name, hidden: s.hidden, headerRow: s.headerRow, fits: s.fits }))).toEqual([
      { name: '孕产妇台账', hidden: false, headerRow: 2, fits: true },
      { name: '填表说明', hidden: true, headerRow: null, fits: false },
    ]);
    expect(summary.counts).toMatchObject({ total: 5, new: 5, error: 0 });
    expect(commit()).toMatchObject({ inserted: 5, updated: 0, unchanged: 0, skipped: 0, errors: [] });
    expectStoredLedger(core);
  });

  it('the WPS .et and the 1904 .xls import through the handlers and the reader thread, to the same entries', async () => {
    for (const source of [ET, OLD_MAC]) {
      const core = openTestApp();
      const staged = core.ctx.files.stage(path.basename(source), { path: source });
      const { importId } = ok<{ importId: string }>(core, 'imports.start', { fileId: staged.fileId });
      const analysis = await okAsync<ImportAnalysis>(core, 'imports.analysis', { importId });
      expect(analysis.suggestedKind, source).toBe('pregnant');
      const sheets = analysis.sheets
        .filter((s) => s.fits)
        .map((s) => ({ name: s.name, mapping: s.mapping, community: s.community }));
      expect(sheets.map((s) => s.name)).toEqual(['孕产妇台账']);
      const summary = await okAsync<PreviewSummary>(core, 'imports.preview', { importId, kind: 'pregnant', sheets });
      expect(summary.counts).toMatchObject({ total: 5, new: 5, error: 0 });
      const result = await okAsync<ImportResult>(core, 'imports.commit', { importId });
      expect(result).toMatchObject({ inserted: 5, skipped: 0 });
      expectStoredLedger(core);
    }
  });

  it('a password-protected or damaged .xls fails with its message through the handlers and writes nothing', async () => {
    const core = openTestApp();
    const bare = path.join(tempDir(), '旧.xls');
    fs.writeFileSync(bare, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1016)]));
    for (const [source, message] of [
      [LOCKED, PASSWORD],
      [bare, DAMAGED],
    ] as const) {
      const staged = core.ctx.files.stage(path.basename(source), { path: source });
      const { importId } = ok<{ importId: string }>(core, 'imports.start', { fileId: staged.fileId });
      expect(await core.invoke('imports.analysis', { importId })).toMatchObject({ ok: false, code: 'BAD_INPUT', message });
      expect(ok<ImportStatus>(core, 'imports.status', { importId }).phase).toBe('failed');
    }
    expect(entries(core).total).toBe(0);
    expect(core.ctx.db.prepare("SELECT COUNT(*) FROM audit_log WHERE method = 'imports.commit'").pluck().get()).toBe(0);
  });
});
