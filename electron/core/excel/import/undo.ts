import type { ImportBatch } from '../../../../shared/domain/excel/imports';
import { nowText } from '../../../../shared/domain/dates';
import { AppError } from '../../../../shared/errors';
import { recordAudit } from '../../audit/record';
import type { Ctx } from '../../context';

interface BatchRow {
  id: number;
  file_name: string;
  kind: string;
  at: string;
  operator: string;
  inserted: number;
  updated: number;
  created_places: string;
  last_service_id: number;
  undone_at: string | null;
}

export function listBatches(ctx: Ctx): ImportBatch[] {
  const rows = ctx.db
    .prepare(
      `SELECT b.*, k.name AS kind_name,
         (SELECT COUNT(*) FROM import_changes c WHERE c.batch_id = b.id AND c.action = 'insert') AS undo_removes,
         (SELECT COUNT(*) FROM import_changes c WHERE c.batch_id = b.id AND c.action = 'update') AS undo_restores
       FROM import_batches b LEFT JOIN ledger_kinds k ON k.key = b.kind ORDER BY b.id DESC LIMIT 50`,
    )
    .all() as (BatchRow & { kind_name: string | null; undo_removes: number; undo_restores: number })[];
  return rows.map((r) => ({
    id: r.id,
    fileName: r.file_name,
    kind: r.kind,
    kindName: r.kind_name ?? r.kind,
    at: r.at,
    operator: r.operator,
    inserted: r.inserted,
    updated: r.updated,
    undoRemoves: r.undone_at ? 0 : r.undo_removes,
    undoRestores: r.undone_at ? 0 : r.undo_restores,
    undoneAt: r.undone_at,
  }));
}

/**
 * Takes an import back as one step: the entries it made are removed, the entries it changed get
 * their earlier values back. Refused when those entries changed since, so no later work is lost.
 */
export function undoImport(ctx: Ctx, batchId: number): { removed: number; restored: number } {
  return ctx.db.transaction(() => {
    const batch = ctx.db.prepare('SELECT * FROM import_batches WHERE id = ?').get(batchId) as BatchRow | undefined;
    if (!batch) throw new AppError('NOT_FOUND', '找不到这次导入。');
    if (batch.undone_at) throw new AppError('CONFLICT', `这次导入已在 ${batch.undone_at} 撤销过了。`);
    const changes = ctx.db
      .prepare('SELECT entry_id, action, before FROM import_changes WHERE batch_id = ?')
      .all(batchId) as { entry_id: number; action: 'insert' | 'update'; before: string | null }[];
    const touched = ctx.db
      .prepare(
        `SELECT COUNT(*) FROM import_changes ch JOIN entries e ON e.id = ch.entry_id
         WHERE ch.batch_id = ? AND (e.revision <> ch.revision OR EXISTS (SELECT 1 FROM services s WHERE s.entry_id = e.id AND s.id > ?))`,
      )
      .pluck()
      .get(batchId, batch.last_service_id) as number;
    if (touched > 0) {
      throw new AppError(
        'CONFLICT',
        `导入之后已有 ${touched} 条记录被修改或添加了服务记录，不能整体撤销。请逐条核对修改。`,
      );
    }
    let removed = 0;
    let restored = 0;
    for (const change of changes) {
      if (change.action === 'insert') {
        removed += ctx.db.prepare('DELETE FROM entries WHERE id = ?').run(change.entry_id).changes;
      } else {
        const before = JSON.parse(change.before!) as Record<string, unknown>;
        const columns = Object.keys(before).filter((c) => c !== 'id' && c !== 'revision'); // the revision counts on
        restored += ctx.db
          .prepare(`UPDATE entries SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`)
          .run(before).changes;
      }
    }
    // Communities and grids the import made go too, unless something now refers to them.
    for (const place of (JSON.parse(batch.created_places) as string[]).reverse()) {
      const [community, grid] = place.split('/');
      const communityId = ctx.db.prepare('SELECT id FROM communities WHERE name = ?').pluck().get(community) as
        number | undefined;
      if (communityId === undefined) continue;
      if (grid)
        ctx.db
          .prepare(
            'DELETE FROM grids WHERE community_id = ? AND name = ? AND NOT EXISTS (SELECT 1 FROM entries WHERE grid_id = grids.id)',
          )
          .run(communityId, grid);
      else
        ctx.db
          .prepare(
            'DELETE FROM communities WHERE id = ? AND NOT EXISTS (SELECT 1 FROM entries WHERE community_id = ?) AND NOT EXISTS (SELECT 1 FROM grids WHERE community_id = ?)',
          )
          .run(communityId, communityId, communityId);
    }
    const now = nowText(ctx.now());
    ctx.db.prepare('UPDATE import_batches SET undone_at = ? WHERE id = ?').run(now, batchId);
    recordAudit(ctx, {
      method: 'imports.undo',
      entity: 'import',
      entityId: batchId,
      before: { file: batch.file_name },
      after: { removed, restored },
    });
    return { removed, restored };
  })();
}
