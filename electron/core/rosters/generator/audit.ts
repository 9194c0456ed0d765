/**
 * Every hard rule a whole roster breaks as it stands (after manual edits), with the same rule
 * functions generate() and checkAssignment() use. A rule between two shifts of one person (overlap,
 * rest) is reported on the later shift; the week limit on the shift that passes it.
 */
import { Book } from './book';
import { resolveRules } from './generate';
import { toMin } from './time';
import { bookCell, type CheckIssue } from './check';
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
    issues.push(...bookCell(book, posts.get(a.postId), a, { startMin, endMin, hours: (endMin - startMin) / 60 }));
  }
  return issues;
}
