import type { ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { nowText } from '../../../shared/domain/dates';
import type { ServiceRecord } from '../../../shared/domain/ledgers/types';
import { recordAudit } from '../audit/record';
import type { Ctx, HandlerMap, MethodsOf } from '../context';
import { getEntryRow } from './entryRows';

interface ServiceRow {
  id: number;
  entry_id: number;
  at: string;
  type: ServiceRecord['type'];
  content: string;
  hospital: string;
  vehicle: string;
  escort: string;
  outcome: string;
  operator: string;
  created_at: string;
  updated_at: string;
}

function toService(row: ServiceRow): ServiceRecord {
  return {
    id: row.id,
    entryId: row.entry_id,
    at: row.at,
    type: row.type,
    content: row.content,
    hospital: row.hospital,
    vehicle: row.vehicle,
    escort: row.escort,
    outcome: row.outcome,
    operator: row.operator,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function getService(ctx: Ctx, id: number): ServiceRecord {
  const row = ctx.db.prepare('SELECT * FROM services WHERE id = ?').get(id) as ServiceRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', '找不到这条服务记录，可能已被删除。请刷新后重试。');
  return toService(row);
}

/** The log names whose record it was, so 操作日志 can say who was served. */
function audit(ctx: Ctx, method: string, id: number, before: ServiceRecord | null, after: ServiceRecord | null): void {
  const entryName = getEntryRow(ctx, (after ?? before)!.entryId).name;
  const named = (record: ServiceRecord | null) => record && { ...record, entryName };
  recordAudit(ctx, { method, entity: 'service', entityId: id, before: named(before), after: named(after) });
}

const clean = (s: string | undefined) => (s ?? '').normalize('NFKC').trim();

/** at, type, content, hospital, vehicle, escort, outcome: in the order both statements take them. */
function serviceValues(input: ParsedInput<'services.update'> | ParsedInput<'services.add'>) {
  return [
    input.at,
    input.type,
    clean(input.content),
    clean(input.hospital),
    clean(input.vehicle),
    clean(input.escort),
    clean(input.outcome),
  ];
}

export const serviceHandlers: HandlerMap<MethodsOf<'services'>> = {
  'services.list': (ctx, { entryId }) => {
    getEntryRow(ctx, entryId);
    return (
      ctx.db.prepare('SELECT * FROM services WHERE entry_id = ? ORDER BY at DESC, id DESC').all(entryId) as ServiceRow[]
    ).map(toService);
  },

  'services.add': (ctx, input) =>
    ctx.db.transaction(() => {
      getEntryRow(ctx, input.entryId);
      const now = nowText(ctx.now());
      const id = Number(
        ctx.db
          .prepare(
            `INSERT INTO services (entry_id, at, type, content, hospital, vehicle, escort, outcome, operator, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(input.entryId, ...serviceValues(input), ctx.operator, now, now).lastInsertRowid,
      );
      const after = getService(ctx, id);
      audit(ctx, 'services.add', id, null, after);
      return after;
    })(),

  'services.update': (ctx, input) =>
    ctx.db.transaction(() => {
      const before = getService(ctx, input.id);
      ctx.db
        .prepare(
          `UPDATE services SET at = ?, type = ?, content = ?, hospital = ?, vehicle = ?, escort = ?, outcome = ?, updated_at = ?
           WHERE id = ?`,
        )
        .run(...serviceValues(input), nowText(ctx.now()), input.id);
      const after = getService(ctx, input.id);
      audit(ctx, 'services.update', input.id, before, after);
      return after;
    })(),

  'services.remove': (ctx, { id }) =>
    ctx.db.transaction(() => {
      const before = getService(ctx, id);
      ctx.db.prepare('DELETE FROM services WHERE id = ?').run(id);
      audit(ctx, 'services.remove', id, before, null);
      return { id };
    })(),
};
