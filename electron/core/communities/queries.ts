import { AppError } from '../../../shared/errors';
import type { Community, Grid } from '../../../shared/domain/communities';
import type { Ctx } from '../context';

interface GridRow {
  id: number;
  community_id: number;
  name: string;
}

export function listCommunities(ctx: Pick<Ctx, 'db'>): Community[] {
  const communities = ctx.db.prepare('SELECT id, name FROM communities ORDER BY sort_order, id').all() as {
    id: number;
    name: string;
  }[];
  const grids = ctx.db.prepare('SELECT id, community_id, name FROM grids ORDER BY sort_order, id').all() as GridRow[];
  return communities.map((c) => ({
    ...c,
    grids: grids.filter((g) => g.community_id === c.id).map(toGrid),
  }));
}

export function getCommunity(ctx: Pick<Ctx, 'db'>, id: number): Community {
  const row = ctx.db.prepare('SELECT id, name FROM communities WHERE id = ?').get(id) as
    { id: number; name: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', '找不到这个社区，可能已被删除。请刷新页面后重试。');
  const grids = ctx.db
    .prepare('SELECT id, community_id, name FROM grids WHERE community_id = ? ORDER BY sort_order, id')
    .all(id) as GridRow[];
  return { ...row, grids: grids.map(toGrid) };
}

export function getGrid(ctx: Pick<Ctx, 'db'>, id: number): Grid {
  const row = ctx.db.prepare('SELECT id, community_id, name FROM grids WHERE id = ?').get(id) as GridRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', '找不到这个网格，可能已被删除。请刷新页面后重试。');
  return toGrid(row);
}

function toGrid(row: GridRow): Grid {
  return { id: row.id, communityId: row.community_id, name: row.name };
}
