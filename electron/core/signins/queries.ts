/** The reads of the sign-in desk: the day's list, the search box, the printed sheet. */
import type { ParsedInput } from '../../../shared/contract';
import type {
  SigninDay,
  SigninMatch,
  SigninPerson,
  SigninRow,
  SigninSheet,
} from '../../../shared/domain/signins/types';
import type { Ctx } from '../context';
import { likeContains } from '../db/like';
import { searchNeedle } from '../ledgers/search';
import { rosteredPeople } from '../rosters/signinSheet';
import { readSettings } from '../settings/handlers';
import { ACTIVE_ON, communityId, PERSON_COLUMNS, SIGNIN_SELECT, withHours } from './rows';

/** Registry members active on the day, of the community and post when given. */
function expected(
  ctx: Ctx,
  day: string,
  community: number | undefined,
  post: string | undefined,
  notSignedIn: boolean,
) {
  const clauses = [ACTIVE_ON];
  if (community !== undefined) clauses.push('c.community_id = @community');
  if (post) clauses.push('c.post = @post');
  if (notSignedIn) clauses.push('NOT EXISTS (SELECT 1 FROM signins s WHERE s.cadre_id = c.id AND s.day = @day)');
  return ctx.db
    .prepare(
      `SELECT ${PERSON_COLUMNS} FROM cadres c LEFT JOIN communities cm ON cm.id = c.community_id
        WHERE ${clauses.join(' AND ')} ORDER BY c.post, c.unit, c.name_pinyin, c.name, c.id`,
    )
    .all({ day, community: community ?? null, post: post ?? null }) as SigninPerson[];
}

export function signinDay(ctx: Ctx, input: ParsedInput<'signins.day'>): SigninDay {
  const community = communityId(ctx, input.community);
  const clauses = ['s.day = @day'];
  if (community !== undefined) clauses.push('COALESCE(s.community_id, c.community_id) = @community');
  if (input.post) clauses.push("(s.post = @post OR (s.post = '' AND c.post = @post))");
  const rows = ctx.db
    .prepare(`${SIGNIN_SELECT} WHERE ${clauses.join(' AND ')} ORDER BY s.signed_in, s.id`)
    .all({ day: input.day, community: community ?? null, post: input.post ?? null }) as Omit<SigninRow, 'hours'>[];
  return {
    day: input.day,
    community: input.community || null,
    rows: rows.map(withHours),
    missing: expected(ctx, input.day, community, input.post, true),
  };
}

export function signinFind(ctx: Ctx, input: ParsedInput<'signins.find'>): SigninMatch[] {
  const needle = searchNeedle(input.q);
  if (!needle) return [];
  const community = communityId(ctx, input.community);
  const like = likeContains(needle);
  // Rows whose search column the registry left empty are still found by name and phone.
  return ctx.db
    .prepare(
      `SELECT ${PERSON_COLUMNS}, s.id AS signinId, s.signed_in AS signedIn, s.signed_out AS signedOut
         FROM cadres c
         LEFT JOIN communities cm ON cm.id = c.community_id
         LEFT JOIN signins s ON s.cadre_id = c.id AND s.day = @day
        WHERE ${ACTIVE_ON}
          AND (c.search LIKE @like ESCAPE '\\' OR c.name LIKE @like ESCAPE '\\'
               OR REPLACE(REPLACE(COALESCE(c.phone, ''), '-', ''), ' ', '') LIKE @like ESCAPE '\\')
        ORDER BY c.name = @needle DESC, c.name LIKE @prefix ESCAPE '\\' DESC,
                 c.community_id IS @community DESC, c.name_pinyin, c.name, c.id
        LIMIT @limit`,
    )
    .all({
      day: input.day,
      like,
      needle,
      prefix: `${like.slice(1)}`,
      community: community ?? null,
      limit: input.limit,
    }) as SigninMatch[];
}

export function signinSheet(ctx: Ctx, input: ParsedInput<'signins.sheet'>): SigninSheet {
  const community = communityId(ctx, input.community);
  return {
    day: input.day,
    community: input.community ?? '',
    post: input.post ?? '',
    streetName: readSettings(ctx).streetName,
    people:
      rosteredPeople(ctx, input.day, community, input.post) ?? expected(ctx, input.day, community, input.post, false),
  };
}
