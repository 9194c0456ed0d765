/** The registry as a filtered list: search box, filters, paging. */
import type { z } from 'zod';
import { todayText } from '../../../shared/domain/dates';
import type { CadrePage, CadreUnit } from '../../../shared/domain/cadres/types';
import type { cadreListInput } from '../../../shared/schemas/cadres';
import type { Ctx } from '../context';
import { searchNeedle } from '../ledgers/search';
import { cadreSelect, toCadre, type CadreRow } from './rows';

type ListInput = z.output<typeof cadreListInput>;
export type CadreFilters = Omit<ListInput, 'offset' | 'limit'>;

/** WHERE clause over `cadres c` for the filters; `today` decides who is still posted. */
export function cadreWhere(filters: CadreFilters, today: string): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const needle = filters.q ? searchNeedle(filters.q) : null;
  if (needle) {
    clauses.push('instr(c.search, ?) > 0');
    params.push(needle);
  }
  if (filters.community) {
    clauses.push('c.community_id = (SELECT id FROM communities WHERE name = ?)');
    params.push(filters.community);
  }
  for (const [key, column] of [
    ['unit', 'c.unit'],
    ['role', 'c.role'],
    ['politics', 'c.politics'],
    ['branchId', 'c.branch_id'],
  ] as const) {
    const value = filters[key];
    if (value === undefined) continue;
    clauses.push(`${column} = ?`);
    params.push(value);
  }
  if (filters.active !== undefined) {
    clauses.push(`${filters.active ? '' : 'NOT '}(c.left_on IS NULL OR c.left_on > ?)`);
    params.push(today);
  }
  return { sql: clauses.length ? clauses.join(' AND ') : '1', params };
}

/** Registry order: community (as the settings order them), then the order people were entered. */
export const cadreOrder = '(SELECT sort_order FROM communities WHERE id = c.community_id) NULLS LAST, c.id';

export function listCadres(ctx: Ctx, input: ListInput): CadrePage {
  const today = todayText(ctx.now());
  const where = cadreWhere(input, today);
  const total = ctx.db
    .prepare(`SELECT COUNT(*) FROM cadres c WHERE ${where.sql}`)
    .pluck()
    .get(...where.params) as number;
  const rows = ctx.db
    .prepare(`${cadreSelect} WHERE ${where.sql} ORDER BY ${cadreOrder} LIMIT ? OFFSET ?`)
    .all(...where.params, input.limit, input.offset) as CadreRow[];
  return { total, rows: rows.map((row) => toCadre(row, today)) };
}

export function listUnits(ctx: Ctx): CadreUnit[] {
  return ctx.db
    .prepare(`SELECT unit, COUNT(*) AS count FROM cadres WHERE unit <> '' GROUP BY unit ORDER BY count DESC, unit`)
    .all() as CadreUnit[];
}
