/** cadres.importStart / importPreview / importCommit: a cadre list from .xlsx or .csv into the registry. */
import crypto from 'node:crypto';
import { AppError } from '../../../../shared/errors';
import { recordAudit } from '../../audit/record';
import { backupBeforeImport } from '../../backup/create';
import { insertCommunity } from '../../communities/write';
import type { Ctx, HandlerMap } from '../../context';
import { insertCadre, updateCadre } from '../write';
import { classifyRows, countItems } from './classify';
import { readCadreFile, type ReadResult } from './read';

interface Session extends ReadResult {
  fileName: string;
}

/** Open imports of each app; a few at most, dropped on commit or when the app closes. */
const sessions = new WeakMap<Ctx, Map<string, Session>>();

function sessionsOf(ctx: Ctx): Map<string, Session> {
  let map = sessions.get(ctx);
  if (!map) {
    const created = new Map<string, Session>();
    sessions.set(ctx, created);
    ctx.cleanup.add(() => created.clear());
    map = created;
  }
  return map;
}

function session(ctx: Ctx, importId: string): Session {
  const found = sessionsOf(ctx).get(importId);
  if (!found) throw new AppError('NOT_FOUND', '这次导入已结束或已过期，请重新选择文件。');
  return found;
}

function createCommunities(ctx: Ctx, names: string[]): void {
  for (const name of names) insertCommunity(ctx, name);
}

export const cadreImportHandlers: HandlerMap<'cadres.importStart' | 'cadres.importPreview' | 'cadres.importCommit'> = {
  'cadres.importStart': async (ctx, { fileId }) => {
    const { name, filePath } = ctx.files.resolve(fileId);
    const read = await readCadreFile(filePath);
    const importId = crypto.randomBytes(12).toString('hex');
    sessionsOf(ctx).set(importId, { ...read, fileName: name });
    return { importId, fileName: name, rows: read.rows.length, sheets: read.sheets };
  },

  'cadres.importPreview': (ctx, { importId }) => {
    const { items, errors, newCommunities } = classifyRows(ctx, session(ctx, importId).rows);
    return { counts: countItems(items), newCommunities, errors };
  },

  'cadres.importCommit': (ctx, { importId }) => {
    const current = session(ctx, importId);
    backupBeforeImport(ctx);
    const result = ctx.db
      .transaction(() => {
        // Checked again inside the transaction: the registry may have changed since the preview.
        const { items, errors, newCommunities } = classifyRows(ctx, current.rows);
        createCommunities(ctx, newCommunities);
        for (const item of items) {
          if (item.status === 'new') insertCadre(ctx, item.value);
          else if (item.status === 'updated') updateCadre(ctx, item.id, item.value);
        }
        const counts = countItems(items);
        recordAudit(ctx, {
          method: 'cadres.importCommit',
          entity: 'cadre',
          entityId: null,
          before: null,
          after: {
            file: current.fileName,
            inserted: counts.new,
            updated: counts.updated,
            unchanged: counts.unchanged,
            errors: counts.error,
            createdCommunities: newCommunities,
          },
        });
        return {
          inserted: counts.new,
          updated: counts.updated,
          unchanged: counts.unchanged,
          skipped: counts.error,
          createdCommunities: newCommunities,
          errors,
        };
      })
      .immediate();
    sessionsOf(ctx).delete(importId);
    return result;
  },
};
