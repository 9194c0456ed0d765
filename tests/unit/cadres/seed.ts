import path from 'node:path';
import type { AppCore } from '../../../electron/core/app';
import type { Cadre } from '../../../shared/domain/cadres/types';
import { ok, okAsync } from '../helpers';

export const CADRE_FIXTURE = path.resolve(import.meta.dirname, '../../../../shared/fixtures/下沉干部名单.xlsx');

export function seedCommunities(core: AppCore): void {
  ok(core, 'communities.add', { name: '湖东社区' });
  ok(core, 'communities.add', { name: '柳影社区' });
}

export function addCadre(core: AppCore, input: Record<string, unknown>): Cadre {
  return ok<Cadre>(core, 'cadres.add', { community: '湖东社区', politics: '中共党员', ...input });
}

/** Stages a file and runs the import to its end. */
export async function importFile(core: AppCore, file: string) {
  const staged = core.ctx.files.stage(path.basename(file), { path: file });
  const start = await okAsync<{ importId: string; rows: number }>(core, 'cadres.importStart', {
    fileId: staged.fileId,
  });
  const preview = ok<{ counts: Record<string, number>; newCommunities: string[]; errors: unknown[] }>(
    core,
    'cadres.importPreview',
    {
      importId: start.importId,
    },
  );
  const result = ok<Record<string, unknown>>(core, 'cadres.importCommit', { importId: start.importId });
  return { start, preview, result };
}
