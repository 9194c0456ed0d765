/** 签到人次: cadres who signed in, per community per day, summed over the days. */
import type { Ctx } from '../../context';
import { communityFilter, resolveScope, zeroFilled } from './scope';
import type { Counts, IndicatorParams } from './types';

/**
 * Distinct people with a sign-in time on each duty day of from..to, counted to the community the
 * sign-in names, else the person's own community; summed over the days. A sign-in with neither
 * belongs to no community and is not counted here. Ignores `kind`.
 */
export function signedIn(ctx: Pick<Ctx, 'db'>, params: IndicatorParams): Counts {
  const scope = resolveScope(ctx, { ...params, kind: undefined });
  const c = communityFilter(scope, 'community_id');
  const rows = ctx.db
    .prepare(
      `SELECT community_id, COUNT(DISTINCT cadre_id || '/' || day) AS n FROM (
         SELECT s.cadre_id, s.day, COALESCE(s.community_id, p.community_id) AS community_id
         FROM signins s JOIN cadres p ON p.id = s.cadre_id
         WHERE s.day BETWEEN ? AND ? AND s.signed_in IS NOT NULL)
       WHERE ${c.sql} GROUP BY community_id`,
    )
    .all(scope.from, scope.to, ...c.params) as { community_id: number; n: number }[];
  return zeroFilled(scope, rows);
}
