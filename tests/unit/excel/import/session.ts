import path from 'node:path';
import type { AppCore } from '../../../../electron/core/app';
import { commitImport } from '../../../../electron/core/excel/import/commit';
import { readAll } from '../../../../electron/core/excel/import/readAll';
import type { SheetData } from '../../../../electron/core/excel/import/analyze';
import { ImportSession } from '../../../../electron/core/excel/import/session';
import { Speculation } from '../../../../electron/core/excel/import/speculate';
import { Staging } from '../../../../electron/core/excel/import/staging';
import type { MergeStrategy } from '../../../../shared/domain/excel/imports';

export const fixtures = path.resolve(import.meta.dirname, '../../../../../shared/fixtures');

/** The sheets as the reader thread hands them over: a few rows at a time, each batch checked (and staged) as it comes. */
export function arriving(sheets: SheetData[], speculation: Speculation, batch = 7): SheetData[] {
  return sheets.map((sheet) => {
    const growing: SheetData = { name: sheet.name, hidden: sheet.hidden, rows: [] };
    for (let i = 0; i < sheet.rows.length; i += batch) {
      growing.rows.push(...sheet.rows.slice(i, i + batch));
      speculation.advance(growing, false);
    }
    speculation.advance(growing, true);
    return growing;
  });
}

/** Counts the sheets whose checks a preview takes from the speculation (made while reading). */
export function countTakes(speculation: Speculation): () => number {
  let taken = 0;
  const take = speculation.take.bind(speculation);
  speculation.take = (sheet, key) => {
    const checked = take(sheet, key);
    if (checked) taken++;
    return checked;
  };
  return () => taken;
}

/**
 * The import engine in-process (no worker): read, analyse, preview with the suggested mapping.
 * staged: as the import thread does it, rows checked and staged while they arrive.
 */
export async function openSession(
  core: AppCore,
  file: string,
  options: { kind?: string; strategy?: MergeStrategy; staged?: boolean } = {},
) {
  const session = new ImportSession(core.ctx, path.basename(file));
  const read = await readAll(file, new AbortController().signal, () => {});
  if (options.staged) {
    const speculation = new Speculation(core.ctx, session.fileName, new Staging(core.ctx.db));
    session.speculation = speculation;
    session.sheets = arriving(read, speculation);
  } else session.sheets = read;
  const analysis = session.analysis('0000000000000000', options.kind);
  const kind = options.kind ?? analysis.suggestedKind!;
  const sheets = analysis.sheets
    .filter((s) => s.fits)
    .map((s) => ({ name: s.name, mapping: s.mapping, community: s.community }));
  const summary = session.preview({ kind, sheets, strategy: options.strategy ?? 'overwriteNonBlank' });
  return {
    session,
    analysis,
    summary,
    commit: () =>
      commitImport(
        session,
        () => false,
        () => {},
      ),
  };
}

export const openStagedSession = (core: AppCore, file: string) => openSession(core, file, { staged: true });
