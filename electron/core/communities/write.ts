import { nowText } from '../../../shared/domain/dates';
import type { Ctx } from '../context';

/** Adds a community at the end of the list; callers check the name and record the audit row. */
export function insertCommunity(ctx: Pick<Ctx, 'db' | 'now'>, name: string): number {
  const sort = ctx.db.prepare('SELECT COALESCE(MAX(sort_order), 0) + 1 FROM communities').pluck().get() as number;
  return Number(
    ctx.db
      .prepare('INSERT INTO communities (name, sort_order, created_at) VALUES (?, ?, ?)')
      .run(name, sort, nowText(ctx.now())).lastInsertRowid,
  );
}

/** Adds a grid at the end of its community's list; callers check the name and record the audit row. */
export function insertGrid(ctx: Pick<Ctx, 'db' | 'now'>, communityId: number, name: string): number {
  const sort = ctx.db
    .prepare('SELECT COALESCE(MAX(sort_order), 0) + 1 FROM grids WHERE community_id = ?')
    .pluck()
    .get(communityId) as number;
  return Number(
    ctx.db
      .prepare('INSERT INTO grids (community_id, name, sort_order, created_at) VALUES (?, ?, ?, ?)')
      .run(communityId, name, sort, nowText(ctx.now())).lastInsertRowid,
  );
}
