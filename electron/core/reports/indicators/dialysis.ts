/** 透析人次: dialysis sessions due by the patients' weekdays, summed over the days of the range. */
import type { Ctx } from '../../context';
import { activeAtEndOf, communityFilter, DAYS_CTE, resolveScope, zeroFilled } from './scope';
import type { Counts, IndicatorParams } from './types';

/**
 * For each day of from..to, the 透析患者 in册 at the end of that day whose 透析日 include the
 * day's ISO weekday (1 = Monday … 7 = Sunday); summed over the days. SQLite's %w is 0 = Sunday.
 * Ignores `kind`: it is about the dialysis ledger only.
 */
export function dialysisTrips(ctx: Pick<Ctx, 'db'>, params: IndicatorParams): Counts {
  const scope = resolveScope(ctx, { ...params, kind: undefined });
  const c = communityFilter(scope, 'e.community_id');
  const rows = ctx.db
    .prepare(
      `WITH RECURSIVE ${DAYS_CTE}
       SELECT e.community_id, COUNT(*) AS n
       FROM days JOIN entries e ON e.kind = 'dialysis' AND ${activeAtEndOf('days.d')}
       WHERE ${c.sql}
         AND EXISTS (SELECT 1 FROM json_each(e.fields, '$.dialysisDays')
                     WHERE value = (CAST(strftime('%w', days.d) AS INTEGER) + 6) % 7 + 1)
       GROUP BY e.community_id`,
    )
    .all(scope.from, scope.to, ...c.params) as { community_id: number; n: number }[];
  return zeroFilled(scope, rows);
}
