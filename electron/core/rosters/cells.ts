/** Roster cells (one shift of one post on one day) as stored, and the cells a post's patterns call for. */
import type { CellRef, DutyPost, ShiftPattern } from '../../../shared/domain/rosters/types';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';
import { cellKey, expandShifts, type Assignment, type Rules } from './generator';
import { checkPostPatterns, toGeneratorPost } from './rows';

export interface Cell extends CellRef {
  /** Absent for a cell the pattern calls for that has no row yet. */
  id?: number;
  start: string;
  end: string;
  leaderId: number | null;
  locked: boolean;
  reasons: string[];
  personIds: number[];
}

export const keyOf = (c: CellRef) => cellKey(c.postId, c.date, c.shiftName);

export interface CellFilter {
  from: string;
  to: string;
  postIds?: readonly number[];
  /** Cells with at least one of these people. */
  cadreIds?: readonly number[];
}

interface CellRow {
  id: number;
  postId: number;
  date: string;
  shiftName: string;
  start: string;
  end: string;
  leaderId: number | null;
  locked: number;
  reasons: string;
  cadreId: number | null;
}

/** Stored cells of dates [from, to], in time order, each with its people in their order. */
export function loadCells(ctx: Pick<Ctx, 'db'>, filter: CellFilter): Cell[] {
  const clauses = ['s.date BETWEEN @from AND @to'];
  if (filter.postIds) clauses.push('s.post_id IN (SELECT value FROM json_each(@postIds))');
  if (filter.cadreIds)
    clauses.push(`s.id IN (SELECT x.shift_id FROM duty_shift_people x
                            WHERE x.cadre_id IN (SELECT value FROM json_each(@cadreIds)))`);
  const rows = prepared(
    ctx.db,
    `SELECT s.id, s.post_id AS postId, s.date, s.shift_name AS shiftName, s.start_at AS start, s.end_at AS "end",
            s.leader_id AS leaderId, s.locked, s.unfilled_reasons AS reasons, sp.cadre_id AS cadreId
       FROM duty_shifts s LEFT JOIN duty_shift_people sp ON sp.shift_id = s.id
      WHERE ${clauses.join(' AND ')}
      ORDER BY s.start_at, s.post_id, s.id, sp.position`,
  ).all({
    from: filter.from,
    to: filter.to,
    postIds: filter.postIds ? JSON.stringify(filter.postIds) : null,
    cadreIds: filter.cadreIds ? JSON.stringify(filter.cadreIds) : null,
  }) as CellRow[];
  const cells: Cell[] = [];
  let last: Cell | undefined;
  for (const r of rows) {
    if (last?.id !== r.id) {
      last = {
        id: r.id,
        postId: r.postId,
        date: r.date,
        shiftName: r.shiftName,
        start: r.start,
        end: r.end,
        leaderId: r.leaderId,
        locked: r.locked === 1,
        reasons: JSON.parse(r.reasons) as string[],
        personIds: [],
      };
      cells.push(last);
    }
    if (r.cadreId !== null) last.personIds.push(r.cadreId);
  }
  return cells;
}

/** The empty cells the posts' patterns call for on dates [from, to] (posts active on each date). */
export function expectedCells(
  posts: readonly DutyPost[],
  patterns: readonly ShiftPattern[],
  from: string,
  to: string,
  rules: Pick<Rules, 'nightStart' | 'nightEnd'>,
): Cell[] {
  const byId = new Map(patterns.map((p) => [p.id, p]));
  for (const post of posts) checkPostPatterns(post, byId);
  const shifts = expandShifts(
    { from, to, posts: posts.map(toGeneratorPost), patterns: [...patterns] },
    { nightStart: rules.nightStart, nightEnd: rules.nightEnd, holidays: new Set() },
  );
  return shifts.map((s) => ({
    postId: s.post.id,
    date: s.date,
    shiftName: s.shiftName,
    start: s.start,
    end: s.end,
    leaderId: null,
    locked: false,
    reasons: [],
    personIds: [],
  }));
}

/** Stored cells, and the expected ones that have no row yet, in time order. */
export function mergeCells(expected: readonly Cell[], stored: readonly Cell[]): Cell[] {
  const byKey = new Map(expected.map((c) => [keyOf(c), c]));
  for (const c of stored) byKey.set(keyOf(c), c);
  return [...byKey.values()].sort(
    (a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) || a.postId - b.postId,
  );
}

/** One cell: its row, or the shift the post's pattern calls for that day; refused when neither exists. */
export function resolveCell(
  ctx: Pick<Ctx, 'db'>,
  post: DutyPost,
  patterns: readonly ShiftPattern[],
  rules: Pick<Rules, 'nightStart' | 'nightEnd'>,
  ref: CellRef,
): Cell {
  const stored = loadCells(ctx, { from: ref.date, to: ref.date, postIds: [ref.postId] }).find(
    (c) => c.shiftName === ref.shiftName,
  );
  if (stored) return stored;
  const expected = expectedCells([post], patterns, ref.date, ref.date, rules).find(
    (c) => c.shiftName === ref.shiftName,
  );
  if (!expected)
    throw new AppError(
      'NOT_FOUND',
      `岗位“${post.name}”${ref.date} 没有“${ref.shiftName}”这个班（可能不在启用期内，或班次已更改）。请刷新后重试。`,
    );
  return expected;
}

export function toAssignment(cell: Cell): Assignment {
  return {
    postId: cell.postId,
    date: cell.date,
    shiftName: cell.shiftName,
    start: cell.start,
    end: cell.end,
    personIds: cell.personIds,
    ...(cell.leaderId !== null ? { leaderId: cell.leaderId } : {}),
    ...(cell.locked ? { locked: true } : {}),
  };
}
