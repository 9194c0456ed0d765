/** 值班人次: places filled on the duty roster. */
import type { Ctx } from '../../context';
import { communityFilter, resolveScope, zeroFilled } from './scope';
import type { Counts, IndicatorParams } from './types';

/**
 * People put on shifts dated within from..to (a shift's date is the day it starts), counted to the
 * community of the post; posts of the street itself belong to no community and are not counted
 * here. Ignores `kind`.
 */
export function rosterFilled(ctx: Pick<Ctx, 'db'>, params: IndicatorParams): Counts {
  const scope = resolveScope(ctx, { ...params, kind: undefined });
  const c = communityFilter(scope, 'p.community_id');
  const rows = ctx.db
    .prepare(
      `SELECT p.community_id, COUNT(*) AS n
       FROM duty_shifts s JOIN duty_posts p ON p.id = s.post_id JOIN duty_shift_people sp ON sp.shift_id = s.id
       WHERE s.date BETWEEN ? AND ? AND ${c.sql} GROUP BY p.community_id`,
    )
    .all(scope.from, scope.to, ...c.params) as { community_id: number; n: number }[];
  return zeroFilled(scope, rows);
}
