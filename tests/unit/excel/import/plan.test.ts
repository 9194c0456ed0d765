import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../../electron/core/app';
import { readAll } from '../../../../electron/core/excel/import/readAll';
import { ImportSession } from '../../../../electron/core/excel/import/session';
import { lastWithSameId } from '../../../../electron/core/excel/import/duplicates';
import { Speculation } from '../../../../electron/core/excel/import/speculate';
import { Staging } from '../../../../electron/core/excel/import/staging';
import type { MergeStrategy } from '../../../../shared/domain/excel/imports';
import { ok, openTestApp, tempDir } from '../../helpers';
import { womanId } from '../../ids';
import { arriving, countTakes, fixtures } from './session';

/**
 * One sheet, no ID number twice: 30 women, two of them already in the ledger (one in another
 * community), one closed (状态 已结案), one with a bad due date, one with a bad ID number.
 */
async function writeLedger(): Promise<string> {
  const file = path.join(tempDir(), '孕产妇台账.xlsx');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('孕产妇台账');
  sheet.addRow(['湖东社区孕产妇台账']);
  sheet.addRow(['姓名', '身份证号码', '联系电话', '预产期', '所属社区', '网格', '状态']);
  for (let i = 0; i < 30; i++) {
    sheet.addRow([
      `孕妇${i}`,
      i === 20 ? '220104199001010002' : womanId('19900101', i),
      `1390000${String(i).padStart(4, '0')}`,
      i === 12 ? '2027-13-40' : '2027-03-01',
      i % 2 ? '湖东社区' : '柳影社区',
      i === 5 ? '第九网格' : '',
      i === 7 ? '已结案' : '在册',
    ]);
  }
  await workbook.xlsx.writeFile(file);
  return file;
}

function seed(core: AppCore): void {
  ok(core, 'communities.add', { name: '湖东社区' });
  for (const i of [3, 4]) {
    ok(core, 'entries.add', {
      kind: 'pregnant',
      name: `孕妇${i}`,
      idNumber: womanId('19900101', i),
      community: '湖东社区',
      phones: '13000000000',
    });
  }
}

/** Everything a preview shows and a commit takes from the session. */
function seen(session: ImportSession) {
  return {
    summary: session.summary(),
    rows: session.rows(undefined, 0, 1000),
    problems: session.problems(),
    items: session.items.map((i) => ({
      status: i.status,
      notes: i.notes,
      changes: i.changes,
      existing: i.existing?.id ?? null,
      target: i.target,
    })),
  };
}

/** Read, analyse and preview one file, the rows checked as they arrive or afterwards; then the same edits. */
async function run(file: string, speculate: boolean, strategy: MergeStrategy = 'overwriteNonBlank') {
  const core = openTestApp();
  seed(core);
  const session = new ImportSession(core.ctx, path.basename(file));
  const sheets = await readAll(file, new AbortController().signal, () => {});
  let taken = () => 0;
  if (speculate) {
    const speculation = new Speculation(core.ctx, session.fileName, new Staging(core.ctx.db));
    taken = countTakes(speculation);
    session.speculation = speculation;
    session.sheets = arriving(sheets, speculation, 4);
  } else session.sheets = sheets;
  const analysis = session.analysis('0000000000000000');
  const choices = analysis.sheets
    .filter((s) => s.fits)
    .map((s) => ({ name: s.name, mapping: s.mapping, community: s.community }));
  const steps = [];
  session.preview({ kind: analysis.suggestedKind!, sheets: choices, strategy });
  steps.push(seen(session));
  const first = session.items.find((i) => i.status === 'new')!;
  const other = session.items.filter((i) => i.status === 'new')[1]!;
  const idColumn = choices[0]!.mapping.find((m) => m.target === 'idNumber')!.column;
  session.exclude(first.sheet, first.row, true);
  steps.push(seen(session));
  session.exclude(first.sheet, first.row, false);
  steps.push(seen(session));
  // Another row given the first one's ID number: now the later of the two wins.
  session.editCell(other.sheet, other.row, idColumn, first.checked.entry!.idNumber);
  steps.push(seen(session));
  session.exclude(other.sheet, other.row, true);
  steps.push(seen(session));
  return { steps, taken: taken() };
}

describe('the preview of rows checked while the file was read', () => {
  it('plans every row as checking them afterwards does, through exclusions and edits', async () => {
    const files: [string, number][] = [
      [await writeLedger(), 1],
      [path.join(fixtures, '透析患者台账-新月路社区.xlsx'), 1],
      [path.join(fixtures, '孕产妇台账-湖东社区.xlsx'), 1],
      [path.join(fixtures, '孕产妇台账-三社区汇总.xlsx'), 3],
    ];
    for (const [file, sheets] of files) {
      for (const strategy of ['overwriteNonBlank', 'fillBlanks'] as const) {
        const plain = await run(file, false, strategy);
        const read = await run(file, true, strategy);
        expect(read.taken).toBe(sheets);
        expect(plain.steps[0]!.summary.counts.total).toBeGreaterThan(0);
        expect(read.steps, path.basename(file)).toEqual(plain.steps);
      }
    }
  });

  it('plans a sheet with no ID number twice, and finds the duplicate an edit makes', async () => {
    const { steps, taken } = await run(await writeLedger(), true);
    expect(taken).toBe(1);
    const [preview, , , edited] = steps;
    expect(preview!.summary).toEqual({
      counts: { total: 30, new: 26, updated: 2, unchanged: 0, error: 1, duplicate: 0, excluded: 1 },
      newPlaces: ['柳影社区', '湖东社区/第九网格'],
    });
    expect(preview!.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      // 孕妇4 is in the ledger in 湖东社区; the file moves her to 柳影社区.
      [7, '身份证号码', expect.stringContaining('将改为柳影社区')],
      [10, '状态', expect.stringContaining('已结案')],
      [15, '预产期', expect.stringContaining('2027-13-40')],
      [23, '身份证号码', expect.stringContaining('校验位')],
    ]);
    expect(edited!.summary.counts).toMatchObject({ duplicate: 1 });
  });
});

describe('lastWithSameId', () => {
  /** The plain way: a Map of every ID number to its last index. */
  function naive(ids: string[]): number[] {
    const last = new Map(ids.map((id, i) => [id, i]));
    return ids.map((id) => last.get(id)!);
  }

  it('gives each ID number’s last index, comparing only those that share a bucket', () => {
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (const [count, repeats] of [
      [0, 0],
      [1, 0],
      [30, 0],
      [30, 3],
      [60_000, 0],
      [60_000, 1],
      [60_000, 500],
    ] as const) {
      const ids = Array.from(
        { length: count },
        (_, i) => womanId('19900101', i % 400).slice(0, 10) + String(i).padStart(8, '0'),
      );
      for (let r = 0; r < repeats; r++) ids[Math.floor(random() * count)] = ids[Math.floor(random() * count)]!;
      const expected = naive(ids);
      const lastOf = lastWithSameId(ids);
      if (expected.every((last, i) => last === i)) expect(lastOf, `${count} ${repeats}`).toBeNull();
      else
        expect(
          ids.map((_, i) => lastOf!(i)),
          `${count} ${repeats}`,
        ).toEqual(expected);
    }
  });
});
