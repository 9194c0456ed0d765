/** The registry as the roster sees it: 带班领导, a weekly-hours limit, preferred posts. */
import type { ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { todayText } from '../../../shared/domain/dates';
import type { DutyPerson } from '../../../shared/domain/rosters/types';
import { recordAudit } from '../audit/record';
import { communityId } from '../cadres/rows';
import type { Ctx } from '../context';
import { likeContains } from '../db/like';
import { prepared } from '../db/prepared';
import { searchNeedle } from '../ledgers/search';

interface PersonRow {
  cadreId: number;
  name: string;
  phone: string;
  unit: string;
  community: string;
  politics: string;
  isLeader: number;
  maxHoursPerWeek: number | null;
  preferredPosts: string;
}

export const DUTY_PERSON_SELECT = `
  SELECT c.id AS cadreId, c.name, COALESCE(c.phone, '') AS phone, c.unit, COALESCE(cm.name, '') AS community,
         c.politics, COALESCE(d.is_leader, 0) AS isLeader, d.max_hours_per_week AS maxHoursPerWeek,
         COALESCE(d.preferred_posts, '[]') AS preferredPosts
    FROM cadres c
    LEFT JOIN communities cm ON cm.id = c.community_id
    LEFT JOIN duty_people d ON d.cadre_id = c.id`;

export function toDutyPerson(row: PersonRow): DutyPerson {
  return {
    cadreId: row.cadreId,
    name: row.name,
    phone: row.phone,
    unit: row.unit,
    community: row.community,
    isPartyMember: row.politics === '中共党员' || row.politics === '中共预备党员',
    isLeader: row.isLeader === 1,
    maxHoursPerWeek: row.maxHoursPerWeek,
    preferredPostIds: JSON.parse(row.preferredPosts) as number[],
  };
}

/** The people asked for, in id order; any unknown id is refused, naming it. */
export function getPeople(ctx: Pick<Ctx, 'db'>, ids: readonly number[]): DutyPerson[] {
  const rows = ctx.db
    .prepare(`${DUTY_PERSON_SELECT} WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY c.id`)
    .all(JSON.stringify(ids)) as PersonRow[];
  const found = new Set(rows.map((r) => r.cadreId));
  const unknown = [...new Set(ids)].filter((id) => !found.has(id));
  if (unknown.length)
    throw new AppError(
      'NOT_FOUND',
      `名册中找不到编号为 ${unknown.join('、')} 的人员，可能已被删除。请刷新后重新选择。`,
    );
  return rows.map(toDutyPerson);
}

export function listDutyPeople(ctx: Ctx, input: ParsedInput<'dutyPeople.list'>): DutyPerson[] {
  const clauses = ['(c.arrived_on IS NULL OR c.arrived_on <= @today) AND (c.left_on IS NULL OR c.left_on >= @today)'];
  const community = communityId(ctx, input.community ?? null);
  if (community !== null) clauses.push('c.community_id = @community');
  const needle = input.q ? searchNeedle(input.q) : null;
  if (needle)
    clauses.push(`(c.search LIKE @like ESCAPE '\\' OR c.name LIKE @like ESCAPE '\\'
                   OR REPLACE(REPLACE(COALESCE(c.phone, ''), '-', ''), ' ', '') LIKE @like ESCAPE '\\')`);
  const rows = ctx.db
    .prepare(`${DUTY_PERSON_SELECT} WHERE ${clauses.join(' AND ')} ORDER BY cm.name, c.name_pinyin, c.name, c.id`)
    .all({ today: todayText(ctx.now()), community, like: needle ? likeContains(needle) : null }) as PersonRow[];
  return rows.map(toDutyPerson);
}

export function updateDutyPerson(ctx: Ctx, input: ParsedInput<'dutyPeople.update'>): DutyPerson {
  const [before] = getPeople(ctx, [input.cadreId]);
  const preferred = input.preferredPostIds ? [...new Set(input.preferredPostIds)] : before!.preferredPostIds;
  for (const id of preferred) {
    if (prepared(ctx.db, 'SELECT 1 FROM duty_posts WHERE id = ?').get(id) === undefined)
      throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的岗位，可能已被删除。请刷新后重新选择岗位。`);
  }
  prepared(
    ctx.db,
    `INSERT INTO duty_people (cadre_id, is_leader, max_hours_per_week, preferred_posts) VALUES (?, ?, ?, ?)
       ON CONFLICT(cadre_id) DO UPDATE SET is_leader = excluded.is_leader,
         max_hours_per_week = excluded.max_hours_per_week, preferred_posts = excluded.preferred_posts`,
  ).run(
    input.cadreId,
    (input.isLeader ?? before!.isLeader) ? 1 : 0,
    input.maxHoursPerWeek === undefined ? before!.maxHoursPerWeek : input.maxHoursPerWeek,
    JSON.stringify(preferred),
  );
  const [after] = getPeople(ctx, [input.cadreId]);
  recordAudit(ctx, { method: 'dutyPeople.update', entity: 'duty_person', entityId: input.cadreId, before, after });
  return after!;
}
