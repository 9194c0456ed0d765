/** 人员名册: list, add, change and remove people; every write in a transaction with its audit row. */
import { AppError } from '../../../shared/errors';
import { todayText } from '../../../shared/domain/dates';
import {
  describeCadreErrors,
  validateCadre,
  type CadreDraft,
  type ValidCadre,
} from '../../../shared/domain/cadres/validate';
import { recordAudit } from '../audit/record';
import type { Ctx, HandlerMap } from '../context';
import { exportCadres } from './exportWorkbook';
import { listCadres, listUnits } from './query';
import { getCadre, getCadreRow } from './rows';
import { insertCadre, updateCadre } from './write';

/** Validates with the shared rules; every problem goes back at once, per field. */
export function checkCadre(ctx: Ctx, draft: CadreDraft): ValidCadre {
  const checked = validateCadre(draft, todayText(ctx.now()));
  if (!checked.ok)
    throw new AppError('BAD_INPUT', `请改正后再保存：${describeCadreErrors(checked.errors)}`, checked.errors);
  return checked.value;
}

function audit(ctx: Ctx, method: string, id: number, before: unknown, after: unknown): void {
  recordAudit(ctx, { method, entity: 'cadre', entityId: id, before, after });
}

export const registryHandlers: HandlerMap<
  'cadres.list' | 'cadres.get' | 'cadres.add' | 'cadres.update' | 'cadres.remove' | 'cadres.units' | 'cadres.export'
> = {
  'cadres.list': (ctx, input) => listCadres(ctx, input),

  'cadres.get': (ctx, { id }) => getCadre(ctx, id),

  'cadres.units': (ctx) => listUnits(ctx),

  'cadres.add': (ctx, draft) =>
    ctx.db.transaction(() => {
      const id = insertCadre(ctx, checkCadre(ctx, draft));
      const after = getCadre(ctx, id);
      audit(ctx, 'cadres.add', id, null, after);
      return after;
    })(),

  'cadres.update': (ctx, { id, ...draft }) =>
    ctx.db.transaction(() => {
      const row = getCadreRow(ctx, id);
      const before = getCadre(ctx, id);
      updateCadre(
        ctx,
        id,
        checkCadre(ctx, { ...draft, idNumber: draft.idNumber === undefined ? row.id_number : draft.idNumber }),
      );
      const after = getCadre(ctx, id);
      audit(ctx, 'cadres.update', id, before, after);
      return after;
    })(),

  'cadres.remove': (ctx, { id }) =>
    ctx.db.transaction(() => {
      const before = getCadre(ctx, id);
      const signins = ctx.db.prepare('SELECT COUNT(*) FROM signins WHERE cadre_id = ?').pluck().get(id) as number;
      if (signins > 0) {
        throw new AppError(
          'IN_USE',
          `“${before.name}”有 ${signins} 条签到记录，删除会丢失考勤历史，不能删除。如已离开，请在编辑中填写离开日期。`,
        );
      }
      ctx.db.prepare('UPDATE party_branches SET secretary_id = NULL WHERE secretary_id = ?').run(id);
      ctx.db.prepare('DELETE FROM cadres WHERE id = ?').run(id);
      audit(ctx, 'cadres.remove', id, before, null);
      return { id };
    })(),

  'cadres.export': (ctx, input) => exportCadres(ctx, input),
};
