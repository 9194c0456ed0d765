/** rosters.day: the daily roster to print, per post, each shift's people with phones and its leader. */
import type { ParsedInput } from '../../../shared/contract';
import { isoWeekday } from '../../../shared/domain/dates';
import type { DutyPerson, RosterDay, RosterDayPost } from '../../../shared/domain/rosters/types';
import type { Ctx } from '../context';
import { readSettings } from '../settings/handlers';
import type { Cell } from './cells';
import { choosePosts, periodCells } from './grid';
import { getPeople } from './people';
import { readRosterRules } from './rules';
import { checkDate } from './validate';

/** The leader shown for a shift: the one set, else a 带班领导 among its people. */
export function leaderOf(cell: Cell, people: ReadonlyMap<number, DutyPerson>): DutyPerson | undefined {
  if (cell.leaderId !== null) return people.get(cell.leaderId);
  return cell.personIds.map((id) => people.get(id)).find((p) => p?.isLeader);
}

export function rosterDay(ctx: Ctx, input: ParsedInput<'rosters.day'>): RosterDay {
  const date = checkDate(input.date, '日期');
  const rules = readRosterRules(ctx);
  const posts = choosePosts(ctx, input.community, input.postId !== undefined ? [input.postId] : undefined);
  const cells = periodCells(ctx, posts, date, date, rules);
  const ids = [...new Set(cells.flatMap((c) => c.personIds))];
  const people = new Map((ids.length ? getPeople(ctx, ids) : []).map((p) => [p.cadreId, p]));
  const out: RosterDayPost[] = [];
  for (const post of posts) {
    const own = cells.filter((c) => c.postId === post.id);
    if (!own.length) continue;
    out.push({
      post,
      shifts: own.map((cell) => {
        const leader = leaderOf(cell, people);
        const staff = cell.personIds.flatMap((id) => {
          const p = people.get(id);
          return p
            ? [{ cadreId: id, name: p.name, phone: p.phone, unit: p.unit, isLeader: id === leader?.cadreId }]
            : [];
        });
        return {
          shiftName: cell.shiftName,
          start: cell.start,
          end: cell.end,
          leader: leader?.name ?? '',
          people: staff,
          missing: Math.max(0, post.perShift - staff.length),
        };
      }),
    });
  }
  return {
    date,
    weekday: isoWeekday(date),
    streetName: readSettings(ctx).streetName,
    community: input.community ?? '',
    posts: out,
  };
}
