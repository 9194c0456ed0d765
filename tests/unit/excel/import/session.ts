import path from 'node:path';
import type { AppCore } from '../../../../electron/core/app';
import { commitImport } from '../../../../electron/core/excel/import/commit';
import { readAll } from '../../../../electron/core/excel/import/readAll';
import { ImportSession } from '../../../../electron/core/excel/import/session';
import type { MergeStrategy } from '../../../../shared/domain/excel/imports';

export const fixtures = path.resolve(import.meta.dirname, '../../../../../shared/fixtures');

/** The import engine in-process (no worker): read, analyse, preview with the suggested mapping. */
export async function openSession(
  core: AppCore,
  file: string,
  options: { kind?: string; strategy?: MergeStrategy } = {},
) {
  const session = new ImportSession(core.ctx, path.basename(file));
  session.sheets = await readAll(file, new AbortController().signal, () => {});
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
