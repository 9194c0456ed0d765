/** 在册, 新增, 结案: counts of ledger entries by their created and closed days. */
import type { Ctx } from '../../context';
import { activeAtEndOf, communityFilter, kindFilter, resolveScope, zeroFilled, type Scope } from './scope';
import type { Counts, IndicatorParams } from './types';

function countEntries(ctx: Pick<Ctx, 'db'>, scope: Scope, where: string, params: unknown[]): Counts {
  const c = communityFilter(scope, 'e.community_id');
  const k = kindFilter(scope, 'e.kind');
  const rows = ctx.db
    .prepare(
      `SELECT e.community_id, COUNT(*) AS n FROM entries e
       WHERE ${c.sql} AND ${k.sql} AND ${where} GROUP BY e.community_id`,
    )
    .all(...c.params, ...k.params, ...params) as { community_id: number; n: number }[];
  return zeroFilled(scope, rows);
}

/** In册 at the end of `to`: created on or before it, and not closed on or before it. */
export function active(ctx: Pick<Ctx, 'db'>, params: IndicatorParams): Counts {
  const scope = resolveScope(ctx, params);
  return countEntries(ctx, scope, activeAtEndOf(), [scope.to, scope.to]);
}

/** Created within from..to (whatever became of them since). */
export function added(ctx: Pick<Ctx, 'db'>, params: IndicatorParams): Counts {
  const scope = resolveScope(ctx, params);
  return countEntries(ctx, scope, 'substr(e.created_at, 1, 10) BETWEEN ? AND ?', [scope.from, scope.to]);
}

/** Closed within from..to, as their 结案日期 says; reopened entries have none. */
export function closed(ctx: Pick<Ctx, 'db'>, params: IndicatorParams): Counts {
  const scope = resolveScope(ctx, params);
  return countEntries(ctx, scope, 'e.closed_at IS NOT NULL AND substr(e.closed_at, 1, 10) BETWEEN ? AND ?', [
    scope.from,
    scope.to,
  ]);
}
