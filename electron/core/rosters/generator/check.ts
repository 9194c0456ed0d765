/**
 * Checks a manual edit of a roster (set a cell's people, or swap two people) against the same
 * hard-rule functions generate() uses, and lists every rule the edit would break.
 */
import { Book, type Span } from './book';
import { cellKey } from './shifts';
import { cellViolations, personViolations, ruleLabel } from './rules';
import { resolveRules } from './generate';
import { isoWeekday } from '../../../../shared/domain/dates';
import { toMin } from './time';
import type { Assignment, Id, Post, RosterInput, RuleCode } from './types';

export interface CellRef {
  postId: Id;
  date: string;
  shiftName: string;
}

export type RosterChange =
  | ({ kind: 'set'; personIds: Id[]; leaderId?: Id } & CellRef)
  | { kind: 'swap'; a: CellRef & { personId: Id }; b: CellRef & { personId: Id } };

export interface CheckIssue extends CellRef {
  rule: RuleCode;
  /** The rule's Chinese name, e.g. '休息不足 12 小时', shown as the editing grid's warning. */
  label: string;
  personId?: Id;
}

const keyOf = (c: CellRef) => cellKey(c.postId, c.date, c.shiftName);

/** The assignments after the change, and the keys of the cells it touched. */
export function applyChange(
  assignments: readonly Assignment[],
  change: RosterChange,
): { next: Assignment[]; touched: string[] } {
  const next = assignments.map((a) => ({ ...a, personIds: [...a.personIds] }));
  const byKey = new Map(next.map((a) => [keyOf(a), a]));
  const find = (c: CellRef) => {
    const a = byKey.get(keyOf(c));
    if (!a) throw new Error(`No roster cell ${keyOf(c)}`);
    return a;
  };
  if (change.kind === 'set') {
    const a = find(change);
    a.personIds = [...change.personIds];
    if (change.leaderId !== undefined) a.leaderId = change.leaderId;
    else if (a.leaderId !== undefined && !a.personIds.includes(a.leaderId)) delete a.leaderId;
    return { next, touched: [keyOf(change)] };
  }
  const a = find(change.a);
  const b = find(change.b);
  const replace = (cell: Assignment, out: Id, inn: Id) => {
    cell.personIds = cell.personIds.map((id) => (id === out ? inn : id));
    if (cell.leaderId === out) cell.leaderId = inn;
  };
  if (a === b) return { next, touched: [keyOf(a)] };
  replace(a, change.a.personId, change.b.personId);
  replace(b, change.b.personId, change.a.personId);
  return { next, touched: [keyOf(a), keyOf(b)] };
}

export function checkAssignment(
  input: RosterInput,
  assignments: readonly Assignment[],
  change: RosterChange,
): CheckIssue[] {
  const rules = resolveRules(input.rules);
  const people = [...input.people].sort((a, b) => a.id - b.id);
  const book = new Book(people, rules, input.history);
  const posts = new Map<Id, Post>(input.posts.map((p) => [p.id, p]));
  const holidays = new Set(rules.holidays);
  const { next, touched } = applyChange(assignments, change);
  const touchedSet = new Set(touched);
  const spanOf = (a: Assignment) => {
    const startMin = toMin(a.start);
    const endMin = toMin(a.end);
    return {
      startMin,
      endMin,
      hours: (endMin - startMin) / 60,
      postId: a.postId,
      isNight: false,
      isWeekend: isoWeekday(a.date) >= 6 || holidays.has(a.date),
    };
  };
  for (const a of next) {
    if (touchedSet.has(keyOf(a))) continue;
    for (const id of a.personIds) {
      const p = book.index.get(id);
      if (p !== undefined) book.add(p, spanOf(a));
    }
  }
  const issues: CheckIssue[] = [];
  for (const key of touched) {
    const a = next.find((x) => keyOf(x) === key)!;
    issues.push(...bookCell(book, posts.get(a.postId), a, spanOf(a)));
  }
  return issues;
}

/**
 * Books the people of one roster cell and lists the hard rules they break: each person against
 * what the book already holds, then the cell as a whole (headcount, party member, leader).
 */
export function bookCell(book: Book, post: Post | undefined, a: Assignment, span: Span): CheckIssue[] {
  const cell: CellRef = { postId: a.postId, date: a.date, shiftName: a.shiftName };
  const issues: CheckIssue[] = [];
  const ps: number[] = [];
  for (const id of a.personIds) {
    const p = book.index.get(id);
    if (p === undefined) continue;
    for (const v of personViolations(book, p, span))
      issues.push({ ...cell, rule: v.rule, label: ruleLabel(v.rule, book.rules, v.detail), personId: id });
    book.add(p, span);
    ps.push(p);
  }
  if (post) {
    const leader = a.leaderId !== undefined ? book.index.get(a.leaderId) : undefined;
    for (const v of cellViolations(book, post, ps, leader))
      issues.push({ ...cell, rule: v.rule, label: ruleLabel(v.rule, book.rules) });
  }
  return issues;
}
