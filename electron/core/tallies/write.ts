import { AppError } from '../../../shared/errors';
import { nowText } from '../../../shared/domain/dates';
import { TALLY_MAX } from '../../../shared/domain/tallies/types';
import type { Ctx } from '../context';

export interface CellInput {
  communityId: number;
  itemId: number;
  value: number | null;
}

/** One changed cell as the audit log keeps it: names, so the log reads without lookups. */
export interface CellChange {
  community: string;
  item: string;
  before: number | null;
  after: number | null;
}

/** The unit as stored: required, at most 10 characters. */
export function checkUnit(unit: string): string {
  if (!unit) throw new AppError('BAD_INPUT', '请填写计量单位，例如 户、人、件、处。');
  if (unit.length > 10) throw new AppError('BAD_INPUT', '计量单位不能超过 10 个字。');
  return unit;
}

export function assertItemNameFree(ctx: Pick<Ctx, 'db'>, name: string, exceptId?: number): void {
  const other = ctx.db.prepare('SELECT id FROM tally_items WHERE name = ?').pluck().get(name) as number | undefined;
  if (other !== undefined && other !== exceptId) {
    throw new AppError('CONFLICT', `已经有名为“${name}”的工作量项目了，请换一个名称。`);
  }
}

/** Adds an item at the end of the list; callers check the name and record the audit row. */
export function insertItem(ctx: Pick<Ctx, 'db' | 'now'>, name: string, unit: string): number {
  const sort = ctx.db.prepare('SELECT COALESCE(MAX(sort_order), 0) + 1 FROM tally_items').pluck().get() as number;
  return Number(
    ctx.db
      .prepare('INSERT INTO tally_items (name, unit, sort_order, active, created_at) VALUES (?, ?, ?, 1, ?)')
      .run(name, unit, sort, nowText(ctx.now())).lastInsertRowid,
  );
}

/**
 * Writes the cells of one day; a cell whose value does not change is left alone (its who/when
 * too). Checks every cell first, so a bad one writes nothing. Callers hold the transaction.
 */
export function writeCells(ctx: Ctx, date: string, cells: CellInput[]): CellChange[] {
  const communityName = ctx.db.prepare('SELECT name FROM communities WHERE id = ?').pluck();
  const itemName = ctx.db.prepare('SELECT name FROM tally_items WHERE id = ?').pluck();
  const current = ctx.db
    .prepare('SELECT value FROM tally_values WHERE day = ? AND community_id = ? AND item_id = ?')
    .pluck();
  // The same cell given twice: the last one counts, as in the grid.
  const unique = [...new Map(cells.map((cell) => [`${cell.communityId}:${cell.itemId}`, cell])).values()];
  const checked = unique.map((cell) => {
    const community = communityName.get(cell.communityId) as string | undefined;
    if (community === undefined) {
      throw new AppError('NOT_FOUND', '要保存的社区已不存在，可能已被删除。请刷新页面后重新填写。');
    }
    const item = itemName.get(cell.itemId) as string | undefined;
    if (item === undefined) {
      throw new AppError('NOT_FOUND', '要保存的工作量项目已不存在，可能已被删除。请刷新页面后重新填写。');
    }
    const v = cell.value;
    if (v !== null && (!Number.isInteger(v) || v < 0 || v > TALLY_MAX)) {
      throw new AppError(
        'BAD_INPUT',
        `${community}的“${item}”填的是 ${v}，应是 0 到 ${TALLY_MAX} 之间的整数。请改正后再保存。`,
      );
    }
    const before = (current.get(date, cell.communityId, cell.itemId) as number | undefined) ?? null;
    return { ...cell, community, item, before };
  });

  const upsert = ctx.db.prepare(
    `INSERT INTO tally_values (day, community_id, item_id, value, entered_by, entered_at)
       VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (day, community_id, item_id)
       DO UPDATE SET value = excluded.value, entered_by = excluded.entered_by, entered_at = excluded.entered_at`,
  );
  const remove = ctx.db.prepare('DELETE FROM tally_values WHERE day = ? AND community_id = ? AND item_id = ?');
  const at = nowText(ctx.now());
  const changes: CellChange[] = [];
  for (const cell of checked) {
    if (cell.value === cell.before) continue;
    if (cell.value === null) remove.run(date, cell.communityId, cell.itemId);
    else upsert.run(date, cell.communityId, cell.itemId, cell.value, ctx.operator, at);
    changes.push({ community: cell.community, item: cell.item, before: cell.before, after: cell.value });
  }
  return changes;
}
