import dayjs from 'dayjs';
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';

export interface AuditEntry {
  method: string;
  entity: string;
  entityId: number | null;
  before: unknown;
  after: unknown;
}

/** Call inside the write's own transaction, so the change and its record land together. */
export function recordAudit(ctx: Ctx, entry: AuditEntry): void {
  prepared(
    ctx.db,
    `INSERT INTO audit_log (at, operator, method, entity, entity_id, before, after)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    dayjs(ctx.now()).format('YYYY-MM-DD HH:mm:ss'),
    ctx.operator,
    entry.method,
    entry.entity,
    entry.entityId,
    entry.before === null || entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === null || entry.after === undefined ? null : JSON.stringify(entry.after),
  );
}
