/** rosters.vsSignins: a day's roster against its sign-ins (a duty day: night shifts sign in that day). */
import type { ParsedInput } from '../../../shared/contract';
import type { RosterAbsent, RosterUnscheduled, RosterVsSignins } from '../../../shared/domain/rosters/types';
import { communityId } from '../cadres/rows';
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';
import { loadCells } from './cells';
import { choosePosts } from './grid';
import { getPeople } from './people';
import { checkDate } from './validate';

interface SigninOfDay {
  cadreId: number;
  name: string;
  phone: string;
  signedIn: string | null;
  post: string;
  communityId: number | null;
}

export function rosterVsSignins(ctx: Ctx, input: ParsedInput<'rosters.vsSignins'>): RosterVsSignins {
  const date = checkDate(input.date, '日期');
  const community = communityId(ctx, input.community || null);
  const posts = new Map(choosePosts(ctx, input.community, undefined).map((p) => [p.id, p]));
  const dayCells = loadCells(ctx, { from: date, to: date });
  const cells = dayCells.filter((c) => posts.has(c.postId));
  const signins = prepared(
    ctx.db,
    `SELECT s.cadre_id AS cadreId, c.name, COALESCE(c.phone, '') AS phone, s.signed_in AS signedIn,
            CASE WHEN s.post <> '' THEN s.post ELSE c.post END AS post,
            COALESCE(s.community_id, c.community_id) AS communityId
       FROM signins s JOIN cadres c ON c.id = s.cadre_id
      WHERE s.day = ? ORDER BY s.signed_in, s.id`,
  ).all(date) as SigninOfDay[];
  const signedIn = new Set(signins.map((s) => s.cadreId));

  const ids = [...new Set(cells.flatMap((c) => c.personIds))];
  const people = new Map((ids.length ? getPeople(ctx, ids) : []).map((p) => [p.cadreId, p]));
  const absent: RosterAbsent[] = [];
  const present = new Set<number>();
  for (const cell of cells) {
    for (const id of cell.personIds) {
      if (signedIn.has(id)) {
        present.add(id);
        continue;
      }
      const p = people.get(id)!;
      absent.push({
        cadreId: id,
        name: p.name,
        phone: p.phone,
        postName: posts.get(cell.postId)!.name,
        shiftName: cell.shiftName,
        start: cell.start,
        end: cell.end,
      });
    }
  }
  // Anyone rostered anywhere that day has a shift, whichever community's list this is.
  const rostered = new Set(dayCells.flatMap((c) => c.personIds));
  const unscheduled: RosterUnscheduled[] = signins
    .filter((s) => !rostered.has(s.cadreId) && (community === null || s.communityId === community))
    .map((s) => ({ cadreId: s.cadreId, name: s.name, phone: s.phone, signedIn: s.signedIn, post: s.post }));
  return { date, community: input.community ?? '', present: present.size, absent, unscheduled };
}
