/**
 * Every hard rule a whole roster breaks as it stands (after manual edits), with the same rule
 * functions generate() and checkAssignment() use. A rule between two shifts of one person (overlap,
 * rest) is reported on the later shift; the week limit on the shift that passes it.
 */
import { Book } from './book';
import { resolveRules } from './generate';
import { cellViolations, personViolations, ruleLabel } from './rules';
import { toMin } from './time';
import type { CheckIssue } from './check';
import type { Assignment, Id, Post, RosterInput } from './types';

export function rosterIssues(
  input: Pick<RosterInput, 'posts' | 'people' | 'rules'>,
  assignments: readonly Assignment[],
): CheckIssue[] {
  const rules = resolveRules(input.rules);
  const book = new Book(
    [...input.people].sort((a, b) => a.id - b.id),
    rules,
  );
  const posts = new Map<Id, Post>(input.posts.map((p) => [p.id, p]));
  const timed = assignments
    .map((a) => ({ a, startMin: toMin(a.start), endMin: toMin(a.end) }))
    .sort((x, y) => x.startMin - y.startMin || x.a.postId - y.a.postId);
  const issues: CheckIssue[] = [];
  for (const { a, startMin, endMin } of timed) {
    const cell = { postId: a.postId, date: a.date, shiftName: a.shiftName };
    const span = { startMin, endMin, hours: (endMin - startMin) / 60 };
    const ps: number[] = [];
    for (const id of a.personIds) {
      const p = book.index.get(id);
      if (p === undefined) continue;
      for (const v of personViolations(book, p, span))
        issues.push({ ...cell, rule: v.rule, label: ruleLabel(v.rule, rules, v.detail), personId: id });
      book.add(p, span);
      ps.push(p);
    }
    const post = posts.get(a.postId);
    if (!post) continue;
    const leader = a.leaderId !== undefined ? book.index.get(a.leaderId) : undefined;
    for (const v of cellViolations(book, post, ps, leader))
      issues.push({ ...cell, rule: v.rule, label: ruleLabel(v.rule, rules) });
  }
  return issues;
}
