import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../../electron/core/app';
import { readAll } from '../../../../electron/core/excel/import/readAll';
import { ImportSession, type PreviewOptions } from '../../../../electron/core/excel/import/session';
import { Speculation } from '../../../../electron/core/excel/import/speculate';
import { prepareSearch, searchColumns } from '../../../../electron/core/excel/import/insertRows';
import { namePinyin, searchText } from '../../../../electron/core/ledgers/search';
import { EXTRA_TARGET } from '../../../../shared/domain/excel/imports';
import { openTestApp } from '../../helpers';
import { arriving, countTakes, fixtures, openSession } from './session';

const hudong = path.join(fixtures, '孕产妇台账-湖东社区.xlsx');
const summed = path.join(fixtures, '孕产妇台账-三社区汇总.xlsx');

/** Preview with the suggested mapping, or with the mapping changed by `change`. */
async function preview(
  core: AppCore,
  file: string,
  options: { speculate?: boolean; batch?: number; change?: (choice: PreviewOptions['sheets'][number]) => void } = {},
) {
  const session = new ImportSession(core.ctx, path.basename(file));
  const sheets = await readAll(file, new AbortController().signal, () => {});
  let taken = () => 0;
  if (options.speculate) {
    const speculation = new Speculation(core.ctx, session.fileName);
    taken = countTakes(speculation);
    session.speculation = speculation;
    session.sheets = arriving(sheets, speculation, options.batch ?? 7);
  } else session.sheets = sheets;
  const analysis = session.analysis('0000000000000000');
  const choices = analysis.sheets
    .filter((s) => s.fits)
    .map((s) => ({ name: s.name, mapping: s.mapping.map((m) => ({ ...m })), community: s.community }));
  choices.forEach((choice) => options.change?.(choice));
  const summary = session.preview({ kind: analysis.suggestedKind!, sheets: choices, strategy: 'overwriteNonBlank' });
  const rows = session.items.map((i) => ({
    sheet: i.sheet,
    row: i.row,
    status: i.status,
    entry: i.checked.entry,
    errors: i.checked.errors,
    notes: i.notes,
  }));
  return { summary, rows, problems: session.problems(), taken: taken(), session };
}

describe('checking rows while the file is read', () => {
  it('gives the preview the same rows, errors and warnings as checking them afterwards', async () => {
    for (const file of [hudong, summed]) {
      const plain = await preview(openTestApp(), file);
      for (const batch of [1, 7, 500]) {
        const guessed = await preview(openTestApp(), file, { speculate: true, batch });
        expect(guessed.taken).toBe(plain.session.options!.sheets.length);
        expect(guessed.summary).toEqual(plain.summary);
        expect(guessed.rows).toEqual(plain.rows);
        expect(guessed.problems).toEqual(plain.problems);
      }
    }
  });

  it('makes the search columns of new entries while idle after the preview, as the commit would', async () => {
    const core = openTestApp();
    const { session, commit } = await openSession(core, hudong);
    const items = session.items;
    prepareSearch(items, () => session.items === items);
    while (items.some((i) => i.checked.entry && !i.checked.search)) await new Promise((r) => setImmediate(r));
    const made = items.filter((i) => i.status === 'new');
    expect(made.length).toBe(37);
    for (const item of made) expect(item.checked.search).toEqual(searchColumns(item.checked.entry!));
    commit();
    const stored = core.ctx.db.prepare('SELECT name, id_number, phones, name_pinyin, search FROM entries').all() as {
      name: string;
      id_number: string;
      phones: string;
      name_pinyin: string;
      search: string;
    }[];
    expect(stored).toHaveLength(37);
    for (const row of stored) {
      const pinyin = namePinyin(row.name);
      expect(row.name_pinyin).toBe(pinyin.full);
      expect(row.search).toBe(searchText(row.name, row.id_number, JSON.parse(row.phones), pinyin));
    }
  });

  it('checks again, as without a guess, when the preview asks for another mapping', async () => {
    // The 备注 column kept in 其他信息 rather than as the note.
    const change = (choice: PreviewOptions['sheets'][number]) => {
      for (const m of choice.mapping) if (m.target === 'note') m.target = EXTRA_TARGET;
    };
    const plain = await preview(openTestApp(), hudong, { change });
    const guessed = await preview(openTestApp(), hudong, { speculate: true, change });
    expect(guessed.taken).toBe(0);
    expect(guessed.rows).toEqual(plain.rows);
    expect(guessed.problems).toEqual(plain.problems);
  });

  it('checks again when the community chosen differs from the guess', async () => {
    const change = (choice: PreviewOptions['sheets'][number]) => (choice.community = '柳影社区');
    const plain = await preview(openTestApp(), hudong, { change });
    const guessed = await preview(openTestApp(), hudong, { speculate: true, change });
    expect(guessed.taken).toBe(0);
    expect(guessed.rows).toEqual(plain.rows);
  });

  it('says where the names are once it has guessed, so the reader thread can make their pinyin', async () => {
    const core = openTestApp();
    const told: [string, number][] = [];
    const speculation = new Speculation(core.ctx, '三社区汇总.xlsx', undefined, (sheet, column) =>
      told.push([sheet.name, column]),
    );
    const sheets = await readAll(summed, new AbortController().signal, () => {});
    arriving(sheets, speculation);
    const session = new ImportSession(core.ctx, '三社区汇总.xlsx');
    session.sheets = sheets;
    const analysis = session.analysis('0000000000000000');
    const nameColumns = analysis.sheets
      .filter((s) => s.fits)
      .map((s): [string, number] => [s.name, s.mapping.find((m) => m.target === 'name')!.column]);
    expect(nameColumns.length).toBeGreaterThan(1);
    expect(told).toEqual(nameColumns);
  });
});
