/**
 * rosters.set and rosters.swap: every change is checked against the hard rules with the
 * generator's checkAssignment. A change that breaks one is applied only with confirm: true, and
 * its audit row names the rules it broke; without it nothing changes and the issues come back.
 */
import type { ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { addDays, isoWeekday, nowText } from '../../../shared/domain/dates';
import type { DutyPerson, EditResult, RosterIssue, RosterRules } from '../../../shared/domain/rosters/types';
import { recordAudit } from '../audit/record';
import type { Ctx } from '../context';
import { applyChange, checkAssignment, type RosterChange } from './generator';
import { keyOf, loadCells, mergeCells, resolveCell, toAssignment, type Cell } from './cells';
import { writeCell } from './cellWrite';
import { cellIssues } from './issues';
import { loadUnavailable, toGeneratorPerson } from './input';
import { getPeople } from './people';
import { getPost, getPosts, readPatterns, toGeneratorPost } from './rows';
import { readRosterRules } from './rules';
import { checkDate } from './validate';
import { toRosterCell } from './view';

const EDGE_DAYS = 4;

/** Dates around a cell that matter to it: rest and overlap on either side, and its ISO week. */
function windowOf(dates: readonly string[]): { from: string; to: string } {
  const sorted = [...dates].sort();
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const monday = addDays(first, 1 - isoWeekday(first));
  const sunday = addDays(last, 7 - isoWeekday(last));
  const before = addDays(first, -EDGE_DAYS);
  const after = addDays(last, EDGE_DAYS);
  return { from: monday < before ? monday : before, to: sunday > after ? sunday : after };
}

function loadCell(ctx: Ctx, ref: { postId: number; date: string; shiftName: string }, rules: RosterRules): Cell {
  checkDate(ref.date, '日期');
  return resolveCell(ctx, getPost(ctx, ref.postId), readPatterns(ctx), rules, ref);
}

function describeCell(cell: Cell, names: ReadonlyMap<number, string>, postName: string) {
  return {
    post: postName,
    date: cell.date,
    shiftName: cell.shiftName,
    people: cell.personIds.map((id) => names.get(id) ?? String(id)),
    leader: cell.leaderId !== null ? (names.get(cell.leaderId) ?? String(cell.leaderId)) : null,
  };
}

function cellsNow(ctx: Ctx, cells: readonly Cell[], rules: RosterRules) {
  const fresh = cells.map(
    (c) => loadCells(ctx, { from: c.date, to: c.date, postIds: [c.postId] }).find((x) => keyOf(x) === keyOf(c)) ?? c,
  );
  const { issues, people } = cellIssues(ctx, fresh, rules);
  return fresh.map((c) => toRosterCell(c, getPost(ctx, c.postId), people, issues));
}

/** Checks the change; writes it when nothing is broken or the user confirmed. */
function applyEdit(
  ctx: Ctx,
  method: 'rosters.set' | 'rosters.swap',
  touched: Cell[],
  change: RosterChange,
  confirm: boolean,
  rules: RosterRules,
): EditResult {
  const { from, to } = windowOf(touched.map((c) => c.date));
  const around = mergeCells(loadCells(ctx, { from, to }), touched);
  const changeIds = change.kind === 'set' ? change.personIds : [change.a.personId, change.b.personId];
  const ids = [...new Set([...around.flatMap((c) => c.personIds), ...changeIds])];
  const people = getPeople(ctx, ids);
  const byId = new Map<number, DutyPerson>(people.map((p) => [p.cadreId, p]));
  const unavailable = loadUnavailable(ctx, ids, addDays(from, -1), addDays(to, 1));
  const posts = getPosts(ctx, [...new Set(around.map((c) => c.postId))]);
  const postById = new Map(posts.map((p) => [p.id, p]));
  const assignments = around.map(toAssignment);
  const input = {
    from,
    to,
    posts: posts.map(toGeneratorPost),
    patterns: [],
    people: people.map((p) => toGeneratorPerson(p, unavailable.get(p.cadreId) ?? [])),
    rules,
  };
  const issues: RosterIssue[] = checkAssignment(input, assignments, change).map(({ personId, ...issue }) =>
    personId !== undefined ? { ...issue, cadreId: personId } : issue,
  );
  if (issues.length && !confirm) return { applied: false, issues, cells: cellsNow(ctx, touched, rules) };

  ctx.db.transaction(() => {
    const { next } = applyChange(assignments, change);
    const nextByKey = new Map(next.map((a) => [keyOf(a), a]));
    const names = new Map(people.map((p) => [p.cadreId, p.name]));
    const now = nowText(ctx.now());
    const before = touched.map((c) => describeCell(c, names, postById.get(c.postId)!.name));
    const after = touched.map((c) => {
      const a = nextByKey.get(keyOf(c))!;
      const post = postById.get(c.postId)!;
      let leaderId = a.leaderId ?? null;
      if (leaderId === null && post.needsLeader) leaderId = a.personIds.find((id) => byId.get(id)?.isLeader) ?? null;
      const cell: Cell = { ...c, personIds: a.personIds, leaderId, reasons: [] };
      const id = writeCell(ctx, cell, now);
      return { id, ...describeCell(cell, names, post.name) };
    });
    const broken = issues.map((i) => {
      const who = i.cadreId !== undefined ? `${names.get(i.cadreId)}：` : '';
      return `${postById.get(i.postId)!.name} ${i.date} ${i.shiftName} ${who}${i.label}`;
    });
    recordAudit(ctx, {
      method,
      entity: 'duty_shift',
      entityId: after[0]!.id,
      before,
      after: { cells: after, ...(broken.length ? { brokenRules: broken } : {}) },
    });
  })();
  return { applied: true, issues, cells: cellsNow(ctx, touched, rules) };
}

export function setCell(ctx: Ctx, input: ParsedInput<'rosters.set'>): EditResult {
  const rules = readRosterRules(ctx);
  const cell = loadCell(ctx, input, rules);
  if (new Set(input.cadreIds).size !== input.cadreIds.length)
    throw new AppError('BAD_INPUT', '同一个人在这个班里出现了两次，请去掉重复的人。');
  getPeople(ctx, input.cadreIds);
  if (input.leaderId != null && !input.cadreIds.includes(input.leaderId))
    throw new AppError('BAD_INPUT', '带班领导必须是这个班的值班人员之一，请先把他加入本班。');
  const touched = { ...cell, ...(input.leaderId === null ? { leaderId: null } : {}) };
  const change: RosterChange = {
    kind: 'set',
    postId: input.postId,
    date: input.date,
    shiftName: input.shiftName,
    personIds: input.cadreIds,
    ...(input.leaderId != null ? { leaderId: input.leaderId } : {}),
  };
  return applyEdit(ctx, 'rosters.set', [touched], change, input.confirm ?? false, rules);
}

export function swapCells(ctx: Ctx, input: ParsedInput<'rosters.swap'>): EditResult {
  const rules = readRosterRules(ctx);
  const a = loadCell(ctx, input.a, rules);
  const b = loadCell(ctx, input.b, rules);
  const [pa, pb] = [getPeople(ctx, [input.a.cadreId])[0]!, getPeople(ctx, [input.b.cadreId])[0]!];
  if (keyOf(a) === keyOf(b)) throw new AppError('BAD_INPUT', '两个人在同一个班，不用对调。');
  if (!a.personIds.includes(pa.cadreId))
    throw new AppError('BAD_INPUT', `${pa.name}不在 ${a.date} ${a.shiftName} 这个班，请刷新后重试。`);
  if (!b.personIds.includes(pb.cadreId))
    throw new AppError('BAD_INPUT', `${pb.name}不在 ${b.date} ${b.shiftName} 这个班，请刷新后重试。`);
  if (a.personIds.includes(pb.cadreId) || b.personIds.includes(pa.cadreId))
    throw new AppError('BAD_INPUT', `${pa.name}和${pb.name}已经同在其中一个班，不能对调。`);
  const change: RosterChange = {
    kind: 'swap',
    a: { postId: a.postId, date: a.date, shiftName: a.shiftName, personId: pa.cadreId },
    b: { postId: b.postId, date: b.date, shiftName: b.shiftName, personId: pb.cadreId },
  };
  return applyEdit(ctx, 'rosters.swap', [a, b], change, input.confirm ?? false, rules);
}
