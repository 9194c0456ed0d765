import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { FieldDef } from '../../../shared/domain/ledgers/fields';
import type { EntryPage } from '../../../shared/domain/ledgers/types';
import type { entryListInput } from '../../../shared/schemas/ledgers';
import type { Ctx } from '../context';
import { likeContains } from '../db/like';
import { entrySelect, toEntry, type EntryRow } from './entryRows';
import { getKind } from './kinds';
import { searchNeedle } from './search';
import { DUE_DATE_SQL } from './dueDateSql';

type ListInput = z.output<typeof entryListInput>;

const commonSorts: Record<string, string> = {
  name: 'e.name_pinyin',
  idNumber: 'e.id_number',
  gender: 'e.gender',
  birthDate: 'e.birth_date',
  community: '(SELECT sort_order FROM communities WHERE id = e.community_id)',
  grid: '(SELECT sort_order FROM grids WHERE id = e.grid_id)',
  address: 'e.address',
  cadre: 'e.cadre',
  status: 'e.status',
  createdAt: 'e.created_at',
  updatedAt: 'e.updated_at',
  latestService: '(SELECT MAX(at) FROM services WHERE entry_id = e.id)',
};

const fieldPath = (key: string) => `$."${key}"`;

interface Clause {
  sql: string;
  params: unknown[];
}

/** WHERE clause of a ledger view: kind, status, place, search text, kind-field filters. */
function where(ctx: Ctx, input: ListInput, defs: FieldDef[], needle: string | null): Clause {
  const clauses = ['e.kind = ?'];
  const params: unknown[] = [input.kind];
  if (input.status !== '全部') {
    clauses.push('e.status = ?');
    params.push(input.status);
  }
  if (needle) {
    clauses.push('instr(e.search, ?) > 0');
    params.push(needle);
  }
  if (input.community) {
    clauses.push('e.community_id = (SELECT id FROM communities WHERE name = ?)');
    params.push(input.community);
  }
  if (input.grid) {
    clauses.push('e.grid_id IN (SELECT id FROM grids WHERE name = ?)');
    params.push(input.grid);
  }
  for (const [key, value] of Object.entries(input.filters ?? {})) {
    const def = defs.find((d) => d.key === key);
    if (!def) throw new AppError('BAD_INPUT', `这个台账没有“${key}”这一项，不能按它筛选。`);
    if (def.type === 'multi' || def.type === 'weekdays' || def.type === 'phone') {
      clauses.push('EXISTS (SELECT 1 FROM json_each(e.fields, ?) WHERE value = ?)');
      params.push(fieldPath(key), def.type === 'weekdays' ? Number(value) : value);
    } else if (def.type === 'text') {
      clauses.push("json_extract(e.fields, ?) LIKE ? ESCAPE '\\'");
      params.push(fieldPath(key), likeContains(String(value)));
    } else {
      clauses.push('json_extract(e.fields, ?) = ?');
      params.push(fieldPath(key), typeof value === 'boolean' ? Number(value) : value);
    }
  }
  return { sql: clauses.join(' AND '), params };
}

function orderBy(input: ListInput, defs: FieldDef[]): Clause {
  if (!input.sort) return { sql: 'e.id ASC', params: [] };
  const direction = input.sort.order === 'ascend' ? 'ASC NULLS LAST' : 'DESC NULLS LAST';
  const common = Object.hasOwn(commonSorts, input.sort.field) ? commonSorts[input.sort.field] : undefined;
  if (common) return { sql: `${common} ${direction}, e.id ASC`, params: [] };
  // Gestational age grows as the due date nears: sorting by it is sorting by due date, reversed.
  if (input.sort.field === 'gestationalAge') {
    const reversed = input.sort.order === 'ascend' ? 'DESC NULLS LAST' : 'ASC NULLS LAST';
    return { sql: `${DUE_DATE_SQL} ${reversed}, e.id ASC`, params: [] };
  }
  const def = defs.find((d) => d.key === input.sort!.field);
  // A choice sorts in the order of its options (绿 黄 橙 红 紫), not by character code.
  if (def?.type === 'choice' && def.options?.length) {
    const ranks = def.options.map(() => 'WHEN ? THEN ?').join(' ');
    return {
      sql: `CASE json_extract(e.fields, ?) ${ranks} END ${direction}, e.id ASC`,
      params: [fieldPath(def.key), ...def.options.flatMap((option, i) => [option, i])],
    };
  }
  if (def) return { sql: `json_extract(e.fields, ?) ${direction}, e.id ASC`, params: [fieldPath(def.key)] };
  throw new AppError('BAD_INPUT', `不能按“${input.sort.field}”排序。`);
}

/**
 * One page of a ledger view. The ids of the page and the total come from one pass over the
 * narrow index (searching scans the covering index, not the wide rows); only the page's own
 * rows are then read in full.
 */
/**
 * Every entry of a view (no paging), in the view's order, as raw rows with the full ID number:
 * for exports, which stream it with .iterate().
 */
export function viewRows(ctx: Ctx, input: Omit<ListInput, 'offset' | 'limit'>): { sql: string; params: unknown[] } {
  const defs = getKind(ctx, input.kind).fields;
  const full = { ...input, offset: 0, limit: 1 };
  const filter = where(ctx, full, defs, input.q ? searchNeedle(input.q) : null);
  const order = orderBy(full, defs);
  return {
    sql: `${entrySelect} WHERE ${filter.sql} ORDER BY ${order.sql}`,
    params: [...filter.params, ...order.params],
  };
}

export function listEntries(ctx: Ctx, input: ListInput): EntryPage {
  const defs = getKind(ctx, input.kind).fields;
  const needle = input.q ? searchNeedle(input.q) : null;
  const filter = where(ctx, input, defs, needle);
  const order = orderBy(input, defs);
  const from = `FROM entries e ${needle ? 'INDEXED BY entries_search' : ''} WHERE ${filter.sql}`;
  const page = ctx.db
    .prepare(`SELECT e.id, COUNT(*) OVER () AS total ${from} ORDER BY ${order.sql} LIMIT ? OFFSET ?`)
    .all(...filter.params, ...order.params, input.limit, input.offset) as { id: number; total: number }[];
  const total =
    page[0]?.total ?? (ctx.db.prepare(`SELECT COUNT(*) AS n ${from}`).get(...filter.params) as { n: number }).n;
  if (page.length === 0) return { total, rows: [] };
  const rows = ctx.db
    .prepare(`${entrySelect} WHERE e.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(page.map((p) => p.id))) as EntryRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { total, rows: page.map((p) => toEntry(byId.get(p.id)!)) };
}
