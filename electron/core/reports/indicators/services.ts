/** 服务次数: service records (走访, 电话随访 …) by the day they took place. */
import type { ServiceType } from '../../../../shared/domain/ledgers/types';
import type { Ctx } from '../../context';
import { communityFilter, kindFilter, resolveScope, zeroFilled } from './scope';
import type { Counts, IndicatorParams } from './types';

/**
 * Service records whose time (services.at, the office's wall clock) falls on a day of from..to,
 * counted to the community of the entry served; of one type, or of all types.
 */
export function serviceCount(ctx: Pick<Ctx, 'db'>, params: IndicatorParams, type: ServiceType | null): Counts {
  const scope = resolveScope(ctx, params);
  const c = communityFilter(scope, 'e.community_id');
  const k = kindFilter(scope, 'e.kind');
  const rows = ctx.db
    .prepare(
      `SELECT e.community_id, COUNT(*) AS n FROM services s JOIN entries e ON e.id = s.entry_id
       WHERE ${c.sql} AND ${k.sql} AND substr(s.at, 1, 10) BETWEEN ? AND ? ${type === null ? '' : 'AND s.type = ?'}
       GROUP BY e.community_id`,
    )
    .all(...c.params, ...k.params, scope.from, scope.to, ...(type === null ? [] : [type])) as {
    community_id: number;
    n: number;
  }[];
  return zeroFilled(scope, rows);
}
