import { AppError } from '../../../shared/errors';
import type { TallyDay, TallyItem, TallyRow } from '../../../shared/domain/tallies/types';
import type { Ctx } from '../context';

interface ItemRow {
  id: number;
  name: string;
  unit: string;
  sort_order: number;
  active: number;
  in_use: number;
}

const ITEM_SQL = `
  SELECT i.id, i.name, i.unit, i.sort_order, i.active,
         EXISTS (SELECT 1 FROM tally_values v WHERE v.item_id = i.id) AS in_use
    FROM tally_items i`;

function toItem(row: ItemRow): TallyItem {
  return {
    id: row.id,
    name: row.name,
    unit: row.unit,
    sortOrder: row.sort_order,
    active: row.active === 1,
    inUse: row.in_use === 1,
  };
}

export function listItems(ctx: Pick<Ctx, 'db'>, onlyActive = false): TallyItem[] {
  const rows = ctx.db
    .prepare(`${ITEM_SQL} ${onlyActive ? 'WHERE i.active = 1' : ''} ORDER BY i.sort_order, i.id`)
    .all() as ItemRow[];
  return rows.map(toItem);
}

export function getItem(ctx: Pick<Ctx, 'db'>, id: number): TallyItem {
  const row = ctx.db.prepare(`${ITEM_SQL} WHERE i.id = ?`).get(id) as ItemRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', '找不到这个工作量项目，可能已被删除。请刷新页面后重试。');
  return toItem(row);
}

interface ValueRow {
  community_id: number;
  item_id: number;
  value: number;
  entered_by: string;
  entered_at: string;
}

/** Communities × active items of one day, with who entered each value and when, and the totals. */
export function tallyDay(ctx: Pick<Ctx, 'db'>, date: string): TallyDay {
  const items = listItems(ctx, true);
  const communities = ctx.db.prepare('SELECT id, name FROM communities ORDER BY sort_order, id').all() as {
    id: number;
    name: string;
  }[];
  const values = ctx.db
    .prepare(
      `SELECT v.community_id, v.item_id, v.value, v.entered_by, v.entered_at
         FROM tally_values v JOIN tally_items i ON i.id = v.item_id
        WHERE v.day = ? AND i.active = 1`,
    )
    .all(date) as ValueRow[];
  const rows = new Map<number, TallyRow>(
    communities.map((c) => [c.id, { communityId: c.id, communityName: c.name, cells: {} }]),
  );
  const totals: Record<number, number> = Object.fromEntries(items.map((i) => [i.id, 0]));
  for (const v of values) {
    const row = rows.get(v.community_id);
    if (!row) continue;
    row.cells[v.item_id] = { value: v.value, enteredBy: v.entered_by, enteredAt: v.entered_at };
    totals[v.item_id] = (totals[v.item_id] ?? 0) + v.value;
  }
  return { date, items, rows: [...rows.values()], totals };
}
