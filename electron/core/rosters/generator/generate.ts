/**
 * Roster generation: greedy in time order over the expanded shifts, never breaking a hard rule.
 * Locked cells are booked first (they count toward every rule); each remaining slot takes the
 * eligible person with the best soft score (select.ts); a slot nobody may take is reported in
 * `unfilled` with the rules that turned people away.
 */
import { Book } from './book';
import { cellKey, expandShifts, type Shift } from './shifts';
import { personViolations, ruleLabel } from './rules';
import { softScore } from './select';
import type {
  Assignment,
  Blocked,
  Id,
  LockedCell,
  Person,
  RosterInput,
  RosterResult,
  RuleCode,
  Rules,
  Unfilled,
} from './types';
import { DEFAULT_RULES } from './types';
import { summarize } from './stats';

export function resolveRules(rules: Partial<Rules> | undefined): Rules {
  return { ...DEFAULT_RULES, ...rules };
}

/** The book (indexes) and expanded shifts for an input, with locked cells booked. */
export function prepare(input: RosterInput) {
  const rules = resolveRules(input.rules);
  const people: Person[] = [...input.people].sort((a, b) => a.id - b.id);
  const book = new Book(people, rules, input.history);
  const shifts = expandShifts(input, {
    nightStart: rules.nightStart,
    nightEnd: rules.nightEnd,
    holidays: new Set(rules.holidays),
  });
  return { rules, people, book, shifts };
}

type Need = 'leader' | 'partyMember' | 'any';

export function generate(input: RosterInput): RosterResult {
  const { rules, book, shifts } = prepare(input);
  const n = book.people.length;
  book.leaderPosts = input.posts.filter((p) => p.needsLeader).length;

  const lockedByKey = new Map<string, LockedCell>();
  for (const cell of input.locked ?? []) lockedByKey.set(cellKey(cell.postId, cell.date, cell.shiftName), cell);
  // Locked people are booked as they are; the person-level rules they break are reported, not fixed.
  const lockedBroken = new Map<number, Map<string, { rule: RuleCode; people: number }>>();
  const lockedPeople: (number[] | undefined)[] = shifts.map((s) => {
    const cell = lockedByKey.get(cellKey(s.post.id, s.date, s.shiftName));
    if (!cell) return undefined;
    const ps = cell.personIds.map((id) => book.index.get(id)).filter((p): p is number => p !== undefined);
    const span = spanOf(s);
    for (const p of ps) {
      const v = personViolations(book, p, span, true)[0];
      if (v) tally(lockedBroken, s.index, ruleLabel(v.rule, rules, v.detail), v.rule);
      book.assign(
        p,
        span,
        cell.personIds.filter((id) => id !== book.people[p]!.id),
      );
    }
    return ps;
  });

  const assignments: Assignment[] = [];
  const unfilled: Unfilled[] = [];
  const eligible: number[] = [];
  const blockedCount = new Map<string, { rule: RuleCode; people: number }>();

  for (const shift of shifts) {
    const post = shift.post;
    const locked = lockedPeople[shift.index];
    const chosen: number[] = locked ? [...locked] : [];
    const lockedCell = locked ? lockedByKey.get(cellKey(post.id, shift.date, shift.shiftName)) : undefined;
    let leader: number | undefined =
      lockedCell?.leaderId !== undefined
        ? book.index.get(lockedCell.leaderId)
        : chosen.find((p) => book.people[p]!.isLeader);
    if (leader !== undefined && !book.people[leader]!.isLeader) leader = undefined;
    let hasParty = chosen.some((p) => book.people[p]!.isPartyMember);
    const missingRules = new Set<RuleCode>();
    let missing = 0;

    if (chosen.length < post.perShift) {
      // Everyone the person-level rules allow, once per shift; the blocked tally explains gaps.
      eligible.length = 0;
      blockedCount.clear();
      const span = spanOf(shift);
      for (let p = 0; p < n; p++) {
        if (chosen.includes(p) || book.people[p]!.lockedOnly) continue;
        const v = personViolations(book, p, span, true)[0];
        if (!v) eligible.push(p);
        else {
          const label = ruleLabel(v.rule, rules, v.detail);
          const entry = blockedCount.get(label);
          if (entry) entry.people++;
          else blockedCount.set(label, { rule: v.rule, people: 1 });
        }
      }
      let slots = post.perShift - chosen.length;
      while (slots > 0) {
        const needLeader = post.needsLeader && leader === undefined;
        const needParty = post.needsPartyMember && !hasParty;
        const need: Need = needLeader ? 'leader' : needParty ? 'partyMember' : 'any';
        const both = needLeader && needParty && slots === 1;
        const chosenIds = chosen.map((p) => book.people[p]!.id);
        let best = -1;
        let bestScore = Infinity;
        for (let i = 0; i < eligible.length; i++) {
          const p = eligible[i]!;
          if (p < 0) continue;
          const person = book.people[p]!;
          if (need === 'leader' && !person.isLeader) continue;
          if ((need === 'partyMember' || both) && !person.isPartyMember) continue;
          const score = softScore(book, p, shift, chosenIds, need === 'leader');
          if (score < bestScore) {
            bestScore = score;
            best = i;
          }
        }
        slots--;
        if (best < 0) {
          if (need === 'any') {
            missing += slots + 1;
            missingRules.add('headcount');
            break;
          }
          missing++;
          if (need === 'leader') {
            missingRules.add('leader');
            leader = -1; // give up on the leader; keep filling the other slots
            if (both) missingRules.add('partyMember');
          } else {
            missingRules.add('partyMember');
            hasParty = true;
          }
          continue;
        }
        const p = eligible[best]!;
        eligible[best] = -1;
        chosen.push(p);
        if (need === 'leader') leader = p;
        if (book.people[p]!.isPartyMember) hasParty = true;
      }
      const ids = chosen.map((p) => book.people[p]!.id);
      for (let i = locked?.length ?? 0; i < chosen.length; i++) {
        const p = chosen[i]!;
        book.assign(
          p,
          spanOf(shift),
          ids.filter((id) => id !== book.people[p]!.id),
        );
      }
    }

    // A locked cell that came full was never filled above: it may still lack its leader or party member.
    if (post.needsLeader && leader === undefined) missingRules.add('leader');
    if (post.needsPartyMember && !hasParty) missingRules.add('partyMember');

    const leaderId = leader !== undefined && leader >= 0 ? book.people[leader]!.id : undefined;
    const personIds = orderIds(
      chosen.map((p) => book.people[p]!.id),
      leaderId,
    );
    if (personIds.length || locked) {
      assignments.push({
        postId: post.id,
        date: shift.date,
        shiftName: shift.shiftName,
        start: shift.start,
        end: shift.end,
        personIds,
        ...(post.needsLeader && leaderId !== undefined ? { leaderId } : {}),
        ...(locked ? { locked: true } : {}),
      });
    }
    const broken = lockedBroken.get(shift.index);
    if (missing > 0 || missingRules.size || broken) {
      const blocked = missing > 0 ? new Map(blockedCount) : new Map<string, { rule: RuleCode; people: number }>();
      for (const [label, entry] of broken ?? []) blocked.set(`锁定人员${label}`, entry);
      unfilled.push(unfilledOf(shift, missing, missingRules, blocked, rules));
    }
  }

  return { assignments, unfilled, stats: summarize(book, shifts, assignments, unfilled) };
}

export function spanOf(s: Shift) {
  return {
    startMin: s.startMin,
    endMin: s.endMin,
    hours: s.hours,
    postId: s.post.id,
    isNight: s.isNight,
    isWeekend: s.isWeekend,
  };
}

/** The leader first, then the others by id. */
function orderIds(ids: Id[], leaderId: Id | undefined): Id[] {
  const rest = ids.filter((id) => id !== leaderId).sort((a, b) => a - b);
  return leaderId !== undefined && ids.includes(leaderId) ? [leaderId, ...rest] : rest;
}

function tally(
  into: Map<number, Map<string, { rule: RuleCode; people: number }>>,
  index: number,
  label: string,
  rule: RuleCode,
) {
  let byLabel = into.get(index);
  if (!byLabel) into.set(index, (byLabel = new Map()));
  const entry = byLabel.get(label);
  if (entry) entry.people++;
  else byLabel.set(label, { rule, people: 1 });
}

const SHIFT_RULE_ORDER: RuleCode[] = ['headcount', 'leader', 'partyMember'];

function unfilledOf(
  shift: Shift,
  missing: number,
  missingRules: Set<RuleCode>,
  blocked: Map<string, { rule: RuleCode; people: number }>,
  rules: Rules,
): Unfilled {
  const reasons: string[] = [];
  const list: Blocked[] = [];
  for (const rule of SHIFT_RULE_ORDER) {
    if (!missingRules.has(rule)) continue;
    reasons.push(ruleLabel(rule, rules));
    list.push({ rule, people: 0 });
  }
  const byCount = [...blocked.entries()].sort((a, b) => b[1].people - a[1].people || (a[0] < b[0] ? -1 : 1));
  for (const [label, entry] of byCount) {
    reasons.push(`${label}（${entry.people} 人）`);
    list.push({ rule: entry.rule, people: entry.people });
  }
  return {
    postId: shift.post.id,
    date: shift.date,
    shiftName: shift.shiftName,
    start: shift.start,
    end: shift.end,
    missing,
    reasons,
    blocked: list,
  };
}
