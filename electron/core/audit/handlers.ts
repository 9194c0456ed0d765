import type { AuditRow } from '../../../shared/domain/ledgers/types';
import type { HandlerMap, MethodsOf } from '../context';
import { likeContains } from '../db/like';

export const auditHandlers: HandlerMap<MethodsOf<'audit'>> = {
  'audit.list': (ctx, input) => {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (input.from) {
      clauses.push('at >= ?');
      params.push(input.from);
    }
    if (input.to) {
      clauses.push('at < ?');
      params.push(`${input.to} 99`); // the whole of the last day
    }
    if (input.operator) {
      clauses.push("operator LIKE ? ESCAPE '\\'");
      params.push(likeContains(input.operator));
    }
    if (input.entity) {
      clauses.push('entity = ?');
      params.push(input.entity);
    }
    if (input.q) {
      clauses.push("(method LIKE ? ESCAPE '\\' OR before LIKE ? ESCAPE '\\' OR after LIKE ? ESCAPE '\\')");
      const pattern = likeContains(input.q);
      params.push(pattern, pattern, pattern);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const total = ctx.db
      .prepare(`SELECT COUNT(*) FROM audit_log ${where}`)
      .pluck()
      .get(...params) as number;
    const rows = ctx.db
      .prepare(
        `SELECT id, at, operator, method, entity, entity_id AS entityId, before, after FROM audit_log ${where}
         ORDER BY id DESC LIMIT ? OFFSET ?`,
      )
      .all(...params, input.limit, input.offset) as AuditRow[];
    return { total, rows };
  },
};
