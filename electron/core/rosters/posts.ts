/** 岗位: posts with their kind, community, headcount, party/leader needs, active dates and patterns. */
import type { ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { nowText } from '../../../shared/domain/dates';
import type { DutyPost } from '../../../shared/domain/rosters/types';
import { recordAudit } from '../audit/record';
import { communityId } from '../cadres/rows';
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';
import { getPost, POST_ORDER, POST_SELECT, type PostRow, toDutyPost } from './rows';
import { checkDate } from './validate';

type PostFields = ParsedInput<'dutyPosts.add'>;

export function listPosts(ctx: Ctx, input: ParsedInput<'dutyPosts.list'>): DutyPost[] {
  const clauses = ['1 = 1'];
  const community = communityId(ctx, input.community ?? null);
  if (community !== null) clauses.push('p.community_id = @community');
  if (input.activeOn) {
    checkDate(input.activeOn, '日期');
    clauses.push('(p.active_from IS NULL OR p.active_from <= @day) AND (p.active_to IS NULL OR p.active_to >= @day)');
  }
  const rows = ctx.db
    .prepare(`${POST_SELECT} WHERE ${clauses.join(' AND ')} ${POST_ORDER}`)
    .all({ community, day: input.activeOn ?? null }) as PostRow[];
  return rows.map(toDutyPost);
}

/** Everything about a post the tables cannot check themselves; returns the row's columns. */
function columns(ctx: Ctx, input: PostFields, exceptId: number | null) {
  const community = communityId(ctx, input.community || null);
  const patternIds = [input.patternId, ...Object.values(input.byWeekday), ...Object.values(input.byDate)];
  for (const id of new Set(patternIds)) {
    if (prepared(ctx.db, 'SELECT 1 FROM shift_patterns WHERE id = ?').get(id) === undefined)
      throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的班次，可能已被删除。请刷新后重新选择班次。`);
  }
  for (const date of Object.keys(input.byDate)) checkDate(date, '特定日期');
  if (input.activeFrom) checkDate(input.activeFrom, '启用日期');
  if (input.activeTo) checkDate(input.activeTo, '停用日期');
  if (input.activeFrom && input.activeTo && input.activeFrom > input.activeTo)
    throw new AppError('BAD_INPUT', `启用日期 ${input.activeFrom} 晚于停用日期 ${input.activeTo}，请改正。`);
  const clash = prepared(
    ctx.db,
    'SELECT 1 FROM duty_posts WHERE name = ? AND ifnull(community_id, 0) = ifnull(?, 0) AND id IS NOT ?',
  ).get(input.name, community, exceptId);
  if (clash !== undefined)
    throw new AppError('CONFLICT', `${input.community || '街道'}已有名为“${input.name}”的岗位，请换一个名称。`);
  return {
    name: input.name,
    kind: input.kind,
    community_id: community,
    address: input.address ?? '',
    per_shift: input.perShift,
    needs_party: input.needsPartyMember ? 1 : 0,
    needs_leader: input.needsLeader ? 1 : 0,
    active_from: input.activeFrom,
    active_to: input.activeTo,
    pattern_id: input.patternId,
    pattern_overrides: JSON.stringify({ byWeekday: input.byWeekday, byDate: input.byDate }),
    note: input.note ?? '',
    now: nowText(ctx.now()),
  };
}

export function addPost(ctx: Ctx, input: PostFields): DutyPost {
  const id = Number(
    prepared(
      ctx.db,
      `INSERT INTO duty_posts (name, kind, community_id, address, per_shift, needs_party, needs_leader, active_from,
                               active_to, pattern_id, pattern_overrides, note, created_at, updated_at)
         VALUES (@name, @kind, @community_id, @address, @per_shift, @needs_party, @needs_leader, @active_from,
                 @active_to, @pattern_id, @pattern_overrides, @note, @now, @now)`,
    ).run(columns(ctx, input, null)).lastInsertRowid,
  );
  const after = getPost(ctx, id);
  recordAudit(ctx, { method: 'dutyPosts.add', entity: 'duty_post', entityId: id, before: null, after });
  return after;
}

export function updatePost(ctx: Ctx, { id, ...input }: ParsedInput<'dutyPosts.update'>): DutyPost {
  const before = getPost(ctx, id);
  prepared(
    ctx.db,
    `UPDATE duty_posts SET name = @name, kind = @kind, community_id = @community_id, address = @address,
            per_shift = @per_shift, needs_party = @needs_party, needs_leader = @needs_leader,
            active_from = @active_from, active_to = @active_to, pattern_id = @pattern_id,
            pattern_overrides = @pattern_overrides, note = @note, updated_at = @now
      WHERE id = @id`,
  ).run({ id, ...columns(ctx, input, id) });
  const after = getPost(ctx, id);
  recordAudit(ctx, { method: 'dutyPosts.update', entity: 'duty_post', entityId: id, before, after });
  return after;
}

export function removePost(ctx: Ctx, { id, confirm }: ParsedInput<'dutyPosts.remove'>): { id: number; cells: number } {
  const before = getPost(ctx, id);
  const cells = prepared(ctx.db, 'SELECT COUNT(*) FROM duty_shifts WHERE post_id = ?').pluck().get(id) as number;
  if (cells > 0 && !confirm)
    throw new AppError(
      'NEEDS_CONFIRM',
      `岗位“${before.name}”已排了 ${cells} 个班，删除岗位会一并删除这些排班。确定要删除吗？`,
    );
  prepared(ctx.db, 'DELETE FROM duty_posts WHERE id = ?').run(id);
  recordAudit(ctx, { method: 'dutyPosts.remove', entity: 'duty_post', entityId: id, before, after: { cells } });
  return { id, cells };
}
