/** rosters.person: one person's own schedule as a list, with hours and night shifts. */
import type { ParsedInput } from '../../../shared/contract';
import { isoWeekday } from '../../../shared/domain/dates';
import type { PersonSchedule, PersonShift } from '../../../shared/domain/rosters/types';
import type { Ctx } from '../context';
import { classifyPast } from './generator';
import { toMin } from './generator/time';
import { loadCells } from './cells';
import { getPeople } from './people';
import { getPosts } from './rows';
import { readRosterRules } from './rules';
import { checkPeriod } from './validate';

export function personSchedule(ctx: Ctx, input: ParsedInput<'rosters.person'>): PersonSchedule {
  const { from, to } = checkPeriod(input.from, input.to);
  const [person] = getPeople(ctx, [input.cadreId]);
  const rules = readRosterRules(ctx);
  const cells = loadCells(ctx, { from, to, cadreIds: [input.cadreId] });
  const posts = new Map(getPosts(ctx, [...new Set(cells.map((c) => c.postId))]).map((p) => [p.id, p]));
  let nights = 0;
  const shifts: PersonShift[] = cells.map((c) => {
    const post = posts.get(c.postId)!;
    if (classifyPast(c.start, c.end, rules).isNight) nights++;
    const leads = c.leaderId === input.cadreId;
    return {
      date: c.date,
      weekday: isoWeekday(c.date),
      postId: post.id,
      postName: post.name,
      community: post.community,
      address: post.address,
      shiftName: c.shiftName,
      start: c.start,
      end: c.end,
      hours: (toMin(c.end) - toMin(c.start)) / 60,
      isLeader: leads,
    };
  });
  return {
    cadreId: person!.cadreId,
    name: person!.name,
    phone: person!.phone,
    from,
    to,
    shifts,
    hours: shifts.reduce((sum, s) => sum + s.hours, 0),
    nights,
  };
}
