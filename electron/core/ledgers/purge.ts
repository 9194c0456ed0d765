/**
 * Personal data is kept no longer than needed: entries closed more than purgeAfterDays ago can be
 * removed for good. Their service records go with them (cascade), and so does every copy of them
 * in history: undo snapshots of imports and the before/after of their audit rows. The purge's own
 * audit row keeps counts only.
 */
import type { PurgePreview } from '../../../shared/contract';
import { addDays, todayText } from '../../../shared/domain/dates';
import { recordAudit } from '../audit/record';
import type { Ctx } from '../context';
import { readSettings } from '../settings/handlers';

export function purgePreview(ctx: Ctx): PurgePreview {
  const { purgeAfterDays } = readSettings(ctx);
  const closedOnOrBefore = addDays(todayText(ctx.now()), -purgeAfterDays);
  const count = ctx.db
    .prepare("SELECT count(*) FROM entries WHERE status = '已结案' AND closed_at <= ?")
    .pluck()
    .get(closedOnOrBefore) as number;
  return { count, closedOnOrBefore, purgeAfterDays };
}

export function purgeClosed(ctx: Ctx): { purged: number } {
  return ctx.db.transaction(() => {
    const { closedOnOrBefore, purgeAfterDays } = purgePreview(ctx);
    const db = ctx.db;
    db.exec('CREATE TEMP TABLE IF NOT EXISTS purge_ids (id INTEGER PRIMARY KEY)');
    db.exec('DELETE FROM temp.purge_ids');
    db.prepare("INSERT INTO temp.purge_ids SELECT id FROM entries WHERE status = '已结案' AND closed_at <= ?").run(
      closedOnOrBefore,
    );
    const byKind = db
      .prepare('SELECT kind, count(*) AS n FROM entries WHERE id IN (SELECT id FROM temp.purge_ids) GROUP BY kind')
      .all() as { kind: string; n: number }[];
    db.exec(`
      UPDATE audit_log SET before = NULL, after = NULL
        WHERE entity = 'service'
          AND json_extract(coalesce(after, before), '$.entryId') IN (SELECT id FROM temp.purge_ids);
      UPDATE audit_log SET before = NULL, after = NULL
        WHERE entity = 'entry' AND entity_id IN (SELECT id FROM temp.purge_ids);
      DELETE FROM import_changes WHERE entry_id IN (SELECT id FROM temp.purge_ids);
    `);
    const purged = db.prepare('DELETE FROM entries WHERE id IN (SELECT id FROM temp.purge_ids)').run().changes;
    db.exec('DELETE FROM temp.purge_ids');
    recordAudit(ctx, {
      method: 'entries.purge',
      entity: 'entry',
      entityId: null,
      before: null,
      after: { purged, closedOnOrBefore, purgeAfterDays, byKind: Object.fromEntries(byKind.map((k) => [k.kind, k.n])) },
    });
    return { purged };
  })();
}
