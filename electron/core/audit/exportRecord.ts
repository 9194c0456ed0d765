import type { Ctx } from '../context';
import { recordAudit } from './record';

/** Every file of personal data that leaves the app: who, when, what, and whether IDs were masked. */
export function recordExport(ctx: Ctx, method: string, what: Record<string, unknown>): void {
  ctx.db.transaction(() => recordAudit(ctx, { method, entity: 'export', entityId: null, before: null, after: what }))();
}
