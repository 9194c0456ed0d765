/**
 * The hard rules, as functions of a person's booked shifts. generate() uses them to pick people,
 * check() to warn about manual edits: one definition of each rule.
 */
import type { Post, RuleCode, Rules } from './types';
import type { Book, Span } from './book';
import { DAY_MIN, weekOf } from './time';

/** The hours of rest a shift of `hours` hours must be followed by. */
export function restAfter(rules: Rules, hours: number): number {
  return hours >= rules.longRestAfterHours ? rules.longRestHours : rules.minRestHours;
}

/** The Chinese name of a rule, as the roster and the editing grid show it. */
export function ruleLabel(rule: RuleCode, rules: Rules, detail?: number): string {
  switch (rule) {
    case 'headcount':
      return '人数不足';
    case 'rest':
      return `休息不足 ${detail ?? rules.minRestHours} 小时`;
    case 'overlap':
      return '时间重叠';
    case 'unavailable':
      return '当天不可用(请假/隔离/轮休)';
    case 'weekHours':
      return `超过每周最多 ${detail ?? rules.maxHoursPerWeek} 小时`;
    case 'partyMember':
      return '本班次需要党员';
    case 'leader':
      return '需要带班领导';
  }
}

export interface Violation {
  rule: RuleCode;
  /** Hours for 'rest' (12 or 24) and 'weekHours' (the limit). */
  detail?: number;
}

/**
 * The person-level hard rules that booking `span` for person `p` would break (empty = allowed):
 * unavailable, overlap, rest (both before and after), hours per ISO week.
 * With `first`, stops at the first broken rule (the generator's fast path).
 */
export function personViolations(book: Book, p: number, span: Span, first = false): Violation[] {
  const out: Violation[] = [];
  const rules = book.rules;
  for (const [s, e] of book.unavailable[p]!) {
    if (s < span.endMin && span.startMin < e) {
      out.push({ rule: 'unavailable' });
      if (first) return out;
      break;
    }
  }
  const list = book.spans[p]!;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.startMin < span.startMin) lo = mid + 1;
    else hi = mid;
  }
  let overlap = false;
  let rest: number | undefined;
  for (let j = lo - 1; j >= 0; j--) {
    const other = list[j]!;
    if (other.startMin < span.startMin - book.lookback) break;
    if (other.endMin > span.startMin) overlap = true;
    else {
      const need = restAfter(rules, other.hours);
      if (span.startMin - other.endMin < need * 60) rest = Math.max(rest ?? 0, need);
    }
  }
  const needAfter = restAfter(rules, span.hours);
  for (let j = lo; j < list.length; j++) {
    const other = list[j]!;
    if (other.startMin >= span.endMin + needAfter * 60) break;
    if (other.startMin < span.endMin) overlap = true;
    else rest = Math.max(rest ?? 0, needAfter);
  }
  if (overlap) {
    out.push({ rule: 'overlap' });
    if (first) return out;
  }
  if (rest !== undefined) {
    out.push({ rule: 'rest', detail: rest });
    if (first) return out;
  }
  const limit = book.maxHours[p]!;
  const week = weekOf(Math.floor(span.startMin / DAY_MIN));
  if ((book.weekHours[p]!.get(week) ?? 0) + span.hours > limit) out.push({ rule: 'weekHours', detail: limit });
  return out;
}

/** The shift-level hard rules a finished cell breaks: headcount, party member, leader. */
export function cellViolations(book: Book, post: Post, people: number[], leader?: number): Violation[] {
  const out: Violation[] = [];
  if (people.length < post.perShift) out.push({ rule: 'headcount' });
  if (post.needsPartyMember && !people.some((p) => book.people[p]!.isPartyMember)) out.push({ rule: 'partyMember' });
  if (post.needsLeader) {
    const ok =
      leader === undefined
        ? people.some((p) => book.people[p]!.isLeader)
        : book.people[leader]!.isLeader && people.includes(leader);
    if (!ok) out.push({ rule: 'leader' });
  }
  return out;
}
