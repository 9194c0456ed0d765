/** The people a day's sign-in sheet expects when a roster exists: those rostered, in shift order. */
import type { SigninPerson } from '../../../shared/domain/signins/types';
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';

/**
 * Rostered people of the day (of the community's posts, and of the duty post named `post` when
 * given), each once, by shift start; null when the day has no roster there.
 */
export function rosteredPeople(
  ctx: Pick<Ctx, 'db'>,
  day: string,
  communityId: number | undefined,
  post: string | undefined,
): SigninPerson[] | null {
  const rows = prepared(
    ctx.db,
    `SELECT c.id AS cadreId, c.name, c.unit, COALESCE(c.phone, '') AS phone,
            COALESCE(pc.name, cc.name, '') AS community, p.name AS post
       FROM duty_shifts s
       JOIN duty_posts p ON p.id = s.post_id
       JOIN duty_shift_people sp ON sp.shift_id = s.id
       JOIN cadres c ON c.id = sp.cadre_id
       LEFT JOIN communities pc ON pc.id = p.community_id
       LEFT JOIN communities cc ON cc.id = c.community_id
      WHERE s.date = @day AND (@community IS NULL OR p.community_id = @community) AND (@post IS NULL OR p.name = @post)
      ORDER BY s.start_at, p.id, sp.position`,
  ).all({ day, community: communityId ?? null, post: post || null }) as SigninPerson[];
  if (!rows.length) return null;
  const seen = new Set<number>();
  return rows.filter((r) => !seen.has(r.cadreId) && seen.add(r.cadreId));
}
