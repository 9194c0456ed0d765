/** History of earlier rosters, built from their assignment rows (the rosters table). */
import type { Assignment, Id, PersonHistory, Rules } from './types';
import { DEFAULT_RULES } from './types';
import { classifyPast } from './book';
import { addDays } from '../../../../shared/domain/dates';

/**
 * Night and weekend counts per person over `assignments` that start before `before`, the last post
 * of each, and the shifts of the 8 days before `before` (enough for rest and for the hours of the
 * period's first ISO week).
 */
export function historyFromAssignments(
  assignments: readonly Pick<Assignment, 'postId' | 'start' | 'end' | 'personIds'>[],
  before: string,
  rules: Partial<Rules> = {},
): PersonHistory[] {
  const r = { ...DEFAULT_RULES, ...rules };
  const recentFrom = addDays(before, -8);
  const byPerson = new Map<Id, PersonHistory & { lastStart: string }>();
  const sorted = [...assignments]
    .filter((a) => a.start.slice(0, 10) < before)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (const a of sorted) {
    const kind = classifyPast(a.start, a.end, r);
    for (const id of a.personIds) {
      let h = byPerson.get(id);
      if (!h) {
        h = { personId: id, nights: 0, weekends: 0, recent: [], lastStart: '' };
        byPerson.set(id, h);
      }
      if (kind.isNight) h.nights++;
      if (kind.isWeekend) h.weekends++;
      h.lastPostId = a.postId;
      h.lastStart = a.start;
      if (a.start.slice(0, 10) >= recentFrom) h.recent.push({ start: a.start, end: a.end, postId: a.postId });
    }
  }
  return [...byPerson.values()].sort((a, b) => a.personId - b.personId).map(({ lastStart: _lastStart, ...h }) => h);
}
