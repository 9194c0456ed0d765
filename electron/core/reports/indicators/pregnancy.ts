/** 临近预产期: pregnant women whose due date falls within the fortnight from `to`. */
import { addDays } from '../../../../shared/domain/dates';
import type { Ctx } from '../../context';
import { DUE_DATE_SQL } from '../../ledgers/dueDateSql';
import { activeAtEndOf, communityFilter, resolveScope, zeroFilled } from './scope';
import type { Counts, IndicatorParams } from './types';

export const DUE_SOON_DAYS = 14;

/**
 * 孕产妇 in册 at the end of `to` whose due date is `to` or one of the 14 days after it. The due
 * date is 预产期, or 末次月经 + 280 days where 预产期 is blank, as the 工作台 computes it.
 * Ignores `kind`: it is about the pregnant ledger only.
 */
export function dueSoon(ctx: Pick<Ctx, 'db'>, params: IndicatorParams): Counts {
  const scope = resolveScope(ctx, { ...params, kind: undefined });
  const c = communityFilter(scope, 'e.community_id');
  const rows = ctx.db
    .prepare(
      `SELECT community_id, COUNT(*) AS n FROM (
         SELECT e.community_id,
                ${DUE_DATE_SQL} AS due
         FROM entries e
         WHERE e.kind = 'pregnant' AND ${c.sql} AND ${activeAtEndOf()})
       WHERE due BETWEEN ? AND ? GROUP BY community_id`,
    )
    .all(...c.params, scope.to, scope.to, scope.to, addDays(scope.to, DUE_SOON_DAYS)) as {
    community_id: number;
    n: number;
  }[];
  return zeroFilled(scope, rows);
}
