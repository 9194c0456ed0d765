/**
 * The generator's input from the tables: posts and patterns, people with their availability,
 * history from earlier rosters (fairness counters, rest and weekly hours across the period's edge),
 * shifts people already hold at other posts or after the period, and locked cells.
 */
import { addDays } from '../../../shared/domain/dates';
import type { DutyPerson, DutyPost, RosterRules } from '../../../shared/domain/rosters/types';
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';
import {
  historyFromAssignments,
  type LockedCell,
  type Person,
  type PersonHistory,
  type RosterInput,
} from './generator';
import { loadCells, toAssignment, type Cell } from './cells';
import { getPeople } from './people';
import { checkPostPatterns, readPatterns, toGeneratorPost } from './rows';

/** How far back earlier rosters count toward the fair spread of nights and weekends. */
const HISTORY_DAYS = 365;
/** Far enough on either side for the longest shift plus the longest rest. */
const EDGE_DAYS = 4;

/** Periods each person cannot work, overlapping dates [from, to] (give a margin for overnight shifts). */
export function loadUnavailable(ctx: Pick<Ctx, 'db'>, cadreIds: readonly number[], from: string, to: string) {
  const rows = prepared(
    ctx.db,
    `SELECT cadre_id AS cadreId, from_at AS "from", to_at AS "to", reason FROM duty_unavailable
      WHERE cadre_id IN (SELECT value FROM json_each(?)) AND substr(to_at, 1, 10) >= ? AND substr(from_at, 1, 10) <= ?
      ORDER BY from_at`,
  ).all(JSON.stringify(cadreIds), from, to) as { cadreId: number; from: string; to: string; reason: string }[];
  const byPerson = new Map<number, { from: string; to: string; reason: string }[]>();
  for (const { cadreId, ...u } of rows) byPerson.set(cadreId, [...(byPerson.get(cadreId) ?? []), u]);
  return byPerson;
}

export function toGeneratorPerson(p: DutyPerson, unavailable: Person['unavailable'], lockedOnly = false): Person {
  return {
    id: p.cadreId,
    name: p.name,
    isPartyMember: p.isPartyMember,
    isLeader: p.isLeader,
    unavailable,
    ...(p.preferredPostIds.length ? { preferredPosts: p.preferredPostIds } : {}),
    ...(p.maxHoursPerWeek !== null ? { maxHoursPerWeek: p.maxHoursPerWeek } : {}),
    ...(lockedOnly ? { lockedOnly: true } : {}),
  };
}

export interface BuiltInput {
  input: RosterInput;
  /** The chosen posts' stored cells of the period (locked and not). */
  stored: Cell[];
}

export function buildInput(
  ctx: Pick<Ctx, 'db'>,
  period: { from: string; to: string },
  posts: readonly DutyPost[],
  people: readonly DutyPerson[],
  rules: RosterRules,
): BuiltInput {
  const { from, to } = period;
  const patterns = readPatterns(ctx);
  const byId = new Map(patterns.map((p) => [p.id, p]));
  for (const post of posts) checkPostPatterns(post, byId);

  const postIds = posts.map((p) => p.id);
  const stored = loadCells(ctx, { from, to, postIds });
  const locked: LockedCell[] = stored
    .filter((c) => c.locked)
    .map((c) => ({
      postId: c.postId,
      date: c.date,
      shiftName: c.shiftName,
      personIds: c.personIds,
      ...(c.leaderId !== null ? { leaderId: c.leaderId } : {}),
    }));
  const chosen = new Set(people.map((p) => p.cadreId));
  const lockedOnlyIds = [...new Set(locked.flatMap((c) => c.personIds))].filter((id) => !chosen.has(id));
  const lockedOnly = lockedOnlyIds.length ? getPeople(ctx, lockedOnlyIds) : [];
  const ids = [...chosen, ...lockedOnlyIds];

  const unavailable = loadUnavailable(ctx, ids, addDays(from, -1), addDays(to, 2));
  const persons = [
    ...people.map((p) => toGeneratorPerson(p, unavailable.get(p.cadreId) ?? [])),
    ...lockedOnly.map((p) => toGeneratorPerson(p, unavailable.get(p.cadreId) ?? [], true)),
  ];

  const earlier = loadCells(ctx, { from: addDays(from, -HISTORY_DAYS), to: addDays(from, -1), cadreIds: ids });
  const history = new Map<number, PersonHistory>(
    historyFromAssignments(earlier.map(toAssignment), from, rules).map((h) => [h.personId, h]),
  );
  // Shifts the new roster does not replace: other posts within the period, and anything after it.
  const chosenPosts = new Set(postIds);
  const around = loadCells(ctx, { from, to: addDays(to, EDGE_DAYS), cadreIds: ids }).filter(
    (c) => !chosenPosts.has(c.postId) || c.date > to,
  );
  const idSet = new Set(ids);
  for (const c of around) {
    for (const id of c.personIds) {
      if (!idSet.has(id)) continue;
      let h = history.get(id);
      if (!h) history.set(id, (h = { personId: id, nights: 0, weekends: 0, recent: [] }));
      h.recent.push({ start: c.start, end: c.end, postId: c.postId });
    }
  }

  return {
    input: {
      from,
      to,
      posts: posts.map(toGeneratorPost),
      patterns,
      people: persons,
      rules,
      history: [...history.values()],
      locked,
    },
    stored,
  };
}
