/**
 * What all indicators share: checking the range, the communities chosen (in the office's order)
 * and the zero-filled result.
 */
import { AppError } from '../../../../shared/errors';
import { diffDays, isDateText } from '../../../../shared/domain/dates';
import type { Ctx } from '../../context';
import { getKind } from '../../ledgers/kinds';
import type { Counts, IndicatorParams } from './types';

/** Ten years of days: far more than any report, and a bound on the per-day indicators' work. */
export const MAX_DAYS = 3660;

export interface Scope {
  from: string;
  to: string;
  /** Community ids and names, in sort order. */
  communities: { id: number; name: string }[];
  kind: string | null;
}

export function checkRange(from: string, to: string): void {
  for (const date of [from, to]) {
    if (!isDateText(date)) throw new AppError('BAD_INPUT', `日期“${date}”无效，请写成 2022-04-18 这样的格式。`);
  }
  if (from > to) throw new AppError('BAD_INPUT', `开始日期 ${from} 晚于结束日期 ${to}，请调换后重试。`);
  if (diffDays(to, from) >= MAX_DAYS) throw new AppError('BAD_INPUT', '统计期间太长，请缩短到十年以内。');
}

export function resolveScope(ctx: Pick<Ctx, 'db'>, params: IndicatorParams): Scope {
  checkRange(params.from, params.to);
  const all = ctx.db.prepare('SELECT id, name FROM communities ORDER BY sort_order, id').all() as {
    id: number;
    name: string;
  }[];
  let communities = all;
  if (params.communities) {
    const wanted = new Set(params.communities);
    const known = new Set(all.map((c) => c.name));
    const unknown = params.communities.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new AppError('BAD_INPUT', `没有这些社区：${unknown.join('、')}。请在 设置 → 社区与网格 中核对名称。`);
    }
    communities = all.filter((c) => wanted.has(c.name));
  }
  if (params.kind !== undefined) getKind(ctx, params.kind);
  return { from: params.from, to: params.to, communities, kind: params.kind ?? null };
}

/** `c.id IN (…)` for the chosen communities, with its parameters. */
export function communityFilter(scope: Scope, column: string): { sql: string; params: number[] } {
  if (scope.communities.length === 0) return { sql: '0', params: [] };
  return {
    sql: `${column} IN (${scope.communities.map(() => '?').join(', ')})`,
    params: scope.communities.map((c) => c.id),
  };
}

/** `e.kind = ?` when a kind was chosen. */
export function kindFilter(scope: Scope, column: string): { sql: string; params: string[] } {
  return scope.kind === null ? { sql: '1', params: [] } : { sql: `${column} = ?`, params: [scope.kind] };
}

/** Every chosen community with its count, 0 for those the query did not return. */
export function zeroFilled(scope: Scope, rows: { community_id: number; n: number }[]): Counts {
  const byId = new Map(rows.map((r) => [r.community_id, r.n]));
  return Object.fromEntries(scope.communities.map((c) => [c.name, byId.get(c.id) ?? 0]));
}

/**
 * SQL for "the entry was 在册 at the end of day `?`". created_at is the office's wall clock
 * 'YYYY-MM-DD HH:mm', closed_at a calendar date 'YYYY-MM-DD' (entries.close) — either way the
 * first ten characters are the office's calendar day, so an entry closed at 23:59 on a day is
 * closed that day and not in册 at its end. `day` is an SQL expression of the day: by default a
 * parameter, given twice.
 */
export const activeAtEndOf = (day = '?') =>
  `(substr(e.created_at, 1, 10) <= ${day} AND (e.closed_at IS NULL OR substr(e.closed_at, 1, 10) > ${day}))`;

/** The days from..to as a recursive CTE `days(d)`; takes from and to. */
export const DAYS_CTE = `days(d) AS (SELECT ? UNION ALL SELECT date(d, '+1 day') FROM days WHERE d < ?)`;
