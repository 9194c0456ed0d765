import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { AppCore } from '../../../../electron/core/app';
import { analyzeSheet, rememberLayout, type SheetData } from '../../../../electron/core/excel/import/analyze';
import { readAll } from '../../../../electron/core/excel/import/readAll';
import { ImportSession } from '../../../../electron/core/excel/import/session';
import { Speculation } from '../../../../electron/core/excel/import/speculate';
import { Staging } from '../../../../electron/core/excel/import/staging';
import { detectHeader } from '../../../../electron/core/excel/read';
import { getKind, type KindDef } from '../../../../electron/core/ledgers/kinds';
import { openTestApp } from '../../helpers';
import { womanId } from '../../ids';
import { arriving, fixtures } from './session';

// Counted, to tell whether the analysis looked for the header itself.
vi.mock('../../../../electron/core/excel/read', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../electron/core/excel/read')>();
  return { ...actual, detectHeader: vi.fn(actual.detectHeader) };
});

const detected = vi.mocked(detectHeader);

/** A short sheet: a title, the header on row 2, and data among a blank row, a totals line and a signature. */
const small: SheetData = {
  name: '孕产妇',
  hidden: false,
  rows: [
    { rowNumber: 1, cells: ['湖东社区孕产妇台账'] },
    { rowNumber: 2, cells: ['姓名', '身份证号码', '联系电话', '预产期'] },
    { rowNumber: 3, cells: ['张丽', womanId('19900101', 1), '13900000001', '2027-01-05'] },
    { rowNumber: 4, cells: [undefined, ' '] },
    { rowNumber: 6, cells: ['王芳', womanId('19910202', 2), 13900000002, 46400] },
    { rowNumber: 7, cells: ['李娜', 'bad', '', ''] },
    { rowNumber: 8, cells: ['合计：3人'] },
    { rowNumber: 9, cells: ['填表人：赵敏', undefined, undefined, '2027-01-01'] },
  ],
};

/** No header anywhere in its first rows. */
const headless: SheetData = {
  name: '说明',
  hidden: false,
  rows: Array.from({ length: 20 }, (_, i) => ({ rowNumber: i + 1, cells: [`第${i + 1}条`, i] })),
};

const copy = (sheets: SheetData[]): SheetData[] => sheets.map((s) => ({ ...s, rows: [...s.rows] }));

function kindsOf(core: AppCore): KindDef[] {
  return (core.ctx.db.prepare('SELECT key FROM ledger_kinds ORDER BY sort_order').pluck().all() as string[]).map((k) =>
    getKind(core.ctx, k),
  );
}

/** The analysis of the sheets, with or without a speculation checking them as they arrive. */
function analyse(sheets: SheetData[], options: { batch?: number; kind?: string } = {}) {
  const core = openTestApp();
  const session = new ImportSession(core.ctx, 'file.xlsx');
  if (options.batch) {
    const speculation = new Speculation(core.ctx, session.fileName, new Staging(core.ctx.db));
    session.speculation = speculation;
    session.sheets = arriving(copy(sheets), speculation, options.batch);
  } else session.sheets = copy(sheets);
  detected.mockClear();
  const analysis = session.analysis('0000000000000000', options.kind);
  const searched = detected.mock.calls.length;
  const again = session.analysis('0000000000000000', options.kind);
  expect(again).toEqual(analysis);
  return {
    analysis,
    layouts: session.analyzed.map((a) => ({ header: a.header, dataRows: a.dataRows })),
    searched,
  };
}

const file = (name: string) => readAll(path.join(fixtures, name), new AbortController().signal, () => {});

describe('the analysis of sheets checked while they were read', () => {
  it('is the analysis made afterwards, without looking for the header again', async () => {
    const cases: { name: string; sheets: SheetData[]; guessed: number }[] = [
      // A title row and a 填报单位 row above the header; an empty row, a totals line and a signature among the rows.
      { name: 'hudong', sheets: await file('孕产妇台账-湖东社区.xlsx'), guessed: 1 },
      // A title, then a two-row header with merged group cells.
      { name: 'dialysis', sheets: await file('透析患者台账-新月路社区.xlsx'), guessed: 1 },
      { name: 'three sheets', sheets: await file('孕产妇台账-三社区汇总.xlsx'), guessed: 3 },
      // A header, but no ID number column: nothing to guess, so nothing handed over.
      { name: 'cadres', sheets: await file('下沉干部名单.xlsx'), guessed: 0 },
      { name: 'sign-ins', sheets: await file('签到记录-2022-04-18.csv'), guessed: 0 },
      // Fewer than 15 rows: guessed only when the sheet ends. And a sheet with no header at all.
      { name: 'small and headless', sheets: [small, headless], guessed: 1 },
    ];
    for (const { name, sheets, guessed } of cases) {
      for (const kind of [undefined, 'pregnant']) {
        const plain = analyse(sheets, { kind });
        expect(plain.searched, name).toBe(sheets.length);
        for (const batch of [1, 7, 500]) {
          const read = analyse(sheets, { batch, kind });
          expect(read.analysis, `${name} ${batch}`).toEqual(plain.analysis);
          expect(read.layouts, `${name} ${batch}`).toEqual(plain.layouts);
          expect(read.searched, `${name} ${batch}`).toBe(sheets.length - guessed);
        }
      }
    }
  });

  it('finds the small sheet’s data rows by their indexes, past the rows above the header', () => {
    const { layouts, analysis } = analyse([small], { batch: 3 });
    expect(analysis.sheets[0]).toMatchObject({ headerRow: 2, dataRows: 3, title: '湖东社区孕产妇台账' });
    expect(layouts[0]!.dataRows).toEqual([2, 4, 5]);
  });

  it('is found again when the ledgers’ fields changed after the sheet was read', () => {
    const core = openTestApp();
    const kinds = kindsOf(core);
    const context = { fileName: 'file.xlsx', communities: [], remembered: () => undefined };
    const fresh = analyzeSheet(copy([small])[0]!, kinds, null, context);

    // A layout handed over for the same fields is taken as it is (here a wrong one, to tell).
    const taken = copy([small])[0]!;
    rememberLayout(taken, { header: null, dataRows: [] }, kinds);
    expect(analyzeSheet(taken, kinds, null, context).header).toBeNull();

    const renamed = kinds.map((k) => ({ ...k, fields: k.fields.map((f) => ({ ...f, label: `${f.label}甲` })) }));
    const stale = copy([small])[0]!;
    rememberLayout(stale, { header: null, dataRows: [] }, renamed);
    expect(analyzeSheet(stale, kinds, null, context)).toEqual(fresh);
  });
});
