/** exports.ledger and exports.template: workbooks in the official style, staged for the user to save. */
import fs from 'node:fs';
import { todayText } from '../../../../shared/domain/dates';
import type { StagedFile } from '../../../../shared/platform';
import { recordExport } from '../../audit/exportRecord';
import { requireRole } from '../../operators/authorize';
import type { Ctx, HandlerMap, MethodsOf } from '../../context';
import { getKind } from '../../ledgers/kinds';
import { readSettings } from '../../settings/handlers';
import { writeLedgerWorkbook } from './ledgerWorkbook';
import { dateLine, ledgerFileName, ledgerTitle, templateFileName, unitLine } from './names';
import { writeTemplate } from './template';

/** Writes a staged file with `write`; a failure leaves nothing behind. */
export async function staged(ctx: Ctx, name: string, write: (filePath: string) => Promise<void>): Promise<StagedFile> {
  const { fileId, filePath } = ctx.files.allocate(name);
  try {
    await write(filePath);
  } catch (error) {
    fs.rmSync(filePath, { force: true });
    throw error;
  }
  return { fileId, name, size: fs.statSync(filePath).size };
}

export const exportHandlers: HandlerMap<MethodsOf<'exports'>> = {
  'exports.ledger': async (ctx, input) => {
    const { mask, ...view } = input;
    if (!mask) requireRole(ctx, '管理员', '导出完整的身份证号');
    const kind = getKind(ctx, view.kind);
    const { streetName } = readSettings(ctx);
    const today = todayText(ctx.now());
    let rows = 0;
    const file = await staged(ctx, ledgerFileName(streetName, kind.name, today), async (filePath) => {
      rows = await writeLedgerWorkbook(
        ctx,
        {
          kind,
          view,
          mask,
          sheetName: `${kind.name}台账`,
          title: ledgerTitle(streetName, kind.name),
          unit: unitLine(streetName),
          date: dateLine(today),
        },
        filePath,
      );
    });
    // What was exported, never who: no search text, no filter values.
    const filters = {
      status: view.status,
      community: view.community ?? null,
      grid: view.grid ?? null,
      searched: Boolean(view.q),
      filteredBy: Object.keys(view.filters ?? {}),
      sort: view.sort ?? null,
    };
    recordExport(ctx, 'exports.ledger', { kind: kind.key, masked: mask, rows, filters });
    return file;
  },

  'exports.template': (ctx, input) => {
    const kind = getKind(ctx, input.kind);
    const { streetName } = readSettings(ctx);
    return staged(ctx, templateFileName(kind.name), (filePath) =>
      writeTemplate({ kind, sheetName: `${kind.name}台账`, title: ledgerTitle(streetName, kind.name) }, filePath),
    );
  },
};
