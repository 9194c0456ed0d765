/** rosters.grid: the posts × days grid of a period, each cell with its people and broken rules. */
import type { ParsedInput } from '../../../shared/contract';
import { addDays, isoWeekday } from '../../../shared/domain/dates';
import type { DutyPost, RosterDayHead, RosterGrid, RosterRules } from '../../../shared/domain/rosters/types';
import { communityId } from '../cadres/rows';
import type { Ctx } from '../context';
import { expectedCells, loadCells, mergeCells, type Cell } from './cells';
import { cellIssues } from './issues';
import { listPosts } from './posts';
import { getPosts, readPatterns } from './rows';
import { readRosterRules } from './rules';
import { checkPeriod, uniqueIds } from './validate';
import { toRosterCell } from './view';

export function dayHeads(from: string, days: number, rules: Pick<RosterRules, 'holidays'>): RosterDayHead[] {
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(from, i);
    const weekday = isoWeekday(date);
    return { date, weekday, restDay: weekday >= 6 || rules.holidays.includes(date) };
  });
}

/** The posts of a community ('' or absent: all), or the ones asked for. */
export function choosePosts(
  ctx: Ctx,
  community: string | undefined,
  postIds: readonly number[] | undefined,
): DutyPost[] {
  communityId(ctx, community || null);
  if (postIds) {
    const posts = getPosts(ctx, uniqueIds(postIds));
    return community ? posts.filter((p) => p.community === community) : posts;
  }
  return listPosts(ctx, community ? { community } : {});
}

/** Every cell of the posts in the period: stored ones, and the empty ones their patterns call for. */
export function periodCells(
  ctx: Ctx,
  posts: readonly DutyPost[],
  from: string,
  to: string,
  rules: RosterRules,
): Cell[] {
  const expected = expectedCells(posts, readPatterns(ctx), from, to, rules);
  return mergeCells(expected, loadCells(ctx, { from, to, postIds: posts.map((p) => p.id) }));
}

export function rosterGrid(ctx: Ctx, input: ParsedInput<'rosters.grid'>): RosterGrid {
  const { from, to, days } = checkPeriod(input.from, input.to);
  const rules = readRosterRules(ctx);
  const posts = choosePosts(ctx, input.community, input.postIds);
  const cells = periodCells(ctx, posts, from, to, rules);
  const { issues, people } = cellIssues(ctx, cells, rules);
  const byId = new Map(posts.map((p) => [p.id, p]));
  return {
    from,
    to,
    days: dayHeads(from, days, rules),
    posts,
    cells: cells.map((c) => toRosterCell(c, byId.get(c.postId)!, people, issues)),
  };
}
