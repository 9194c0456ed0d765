/** The hard rules stored cells break now (after manual edits), with the shifts around them counted. */
import { addDays } from '../../../shared/domain/dates';
import type { DutyPerson, RosterIssue, RosterRules } from '../../../shared/domain/rosters/types';
import type { Ctx } from '../context';
import { rosterIssues } from './generator';
import { keyOf, loadCells, mergeCells, toAssignment, type Cell } from './cells';
import { loadUnavailable, toGeneratorPerson } from './input';
import { getPeople } from './people';
import { getPosts, toGeneratorPost } from './rows';

const EDGE_DAYS = 4;

export interface IssueContext {
  issues: Map<string, RosterIssue[]>;
  people: Map<number, DutyPerson>;
}

/** Issues of `cells` by cell key, and every person found in the cells around them. */
export function cellIssues(ctx: Pick<Ctx, 'db'>, cells: readonly Cell[], rules: RosterRules): IssueContext {
  const issues = new Map<string, RosterIssue[]>();
  if (!cells.length) return { issues, people: new Map() };
  const dates = cells.map((c) => c.date).sort();
  const from = addDays(dates[0]!, -EDGE_DAYS);
  const to = addDays(dates.at(-1)!, EDGE_DAYS);
  const all = mergeCells(loadCells(ctx, { from, to }), cells);
  const ids = [...new Set(all.flatMap((c) => c.personIds))];
  const people = ids.length ? getPeople(ctx, ids) : [];
  const unavailable = loadUnavailable(ctx, ids, addDays(from, -1), addDays(to, 1));
  const posts = getPosts(ctx, [...new Set(all.map((c) => c.postId))]);
  const wanted = new Set(cells.map(keyOf));
  const found = rosterIssues(
    {
      posts: posts.map(toGeneratorPost),
      people: people.map((p) => toGeneratorPerson(p, unavailable.get(p.cadreId) ?? [])),
      rules,
    },
    all.filter((c) => c.id !== undefined || c.personIds.length).map(toAssignment),
  );
  for (const { personId, ...issue } of found) {
    const key = keyOf(issue);
    if (!wanted.has(key)) continue;
    const list = issues.get(key) ?? [];
    list.push(personId !== undefined ? { ...issue, cadreId: personId } : issue);
    issues.set(key, list);
  }
  return { issues, people: new Map(people.map((p) => [p.cadreId, p])) };
}
