/** Rows of the roster tables as the API hands them out, and lookups that refuse unknown ids. */
import { AppError } from '../../../shared/errors';
import type { DutyPost, PostKind, ShiftDef, ShiftPattern, Weekday } from '../../../shared/domain/rosters/types';
import type { Post as GeneratorPost } from './generator';
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';

export interface PostRow {
  id: number;
  name: string;
  kind: PostKind;
  community_id: number | null;
  community: string | null;
  address: string;
  per_shift: number;
  needs_party: number;
  needs_leader: number;
  active_from: string | null;
  active_to: string | null;
  pattern_id: number;
  pattern_name: string;
  pattern_overrides: string;
  note: string;
}

export const POST_SELECT = `SELECT p.*, c.name AS community, sp.name AS pattern_name
  FROM duty_posts p LEFT JOIN communities c ON c.id = p.community_id JOIN shift_patterns sp ON sp.id = p.pattern_id`;

export const POST_ORDER = 'ORDER BY p.community_id IS NOT NULL, c.name, p.name, p.id';

export function toDutyPost(row: PostRow): DutyPost {
  const overrides = JSON.parse(row.pattern_overrides) as Pick<DutyPost, 'byWeekday' | 'byDate'>;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    communityId: row.community_id,
    community: row.community ?? '',
    address: row.address,
    perShift: row.per_shift,
    needsPartyMember: row.needs_party === 1,
    needsLeader: row.needs_leader === 1,
    activeFrom: row.active_from,
    activeTo: row.active_to,
    patternId: row.pattern_id,
    patternName: row.pattern_name,
    byWeekday: overrides.byWeekday ?? {},
    byDate: overrides.byDate ?? {},
    note: row.note,
  };
}

/** The generator's view of a post. */
export function toGeneratorPost(post: DutyPost): GeneratorPost {
  return {
    id: post.id,
    name: post.name,
    kind: post.kind,
    community: post.community,
    perShift: post.perShift,
    needsPartyMember: post.needsPartyMember,
    needsLeader: post.needsLeader,
    ...(post.activeFrom ? { activeFrom: post.activeFrom } : {}),
    ...(post.activeTo ? { activeTo: post.activeTo } : {}),
    patterns: {
      default: post.patternId,
      byWeekday: post.byWeekday as Partial<Record<Weekday, number>>,
      byDate: post.byDate,
    },
  };
}

export function getPost(ctx: Pick<Ctx, 'db'>, id: number): DutyPost {
  const row = prepared(ctx.db, `${POST_SELECT} WHERE p.id = ?`).get(id) as PostRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的岗位，可能已被删除。请刷新后重试。`);
  return toDutyPost(row);
}

/** The posts asked for, in the order asked; any unknown id is refused, naming it. */
export function getPosts(ctx: Pick<Ctx, 'db'>, ids: readonly number[]): DutyPost[] {
  const rows = ctx.db
    .prepare(`${POST_SELECT} WHERE p.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as PostRow[];
  const byId = new Map(rows.map((r) => [r.id, toDutyPost(r)]));
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length)
    throw new AppError('NOT_FOUND', `找不到编号为 ${unknown.join('、')} 的岗位，可能已被删除。请刷新后重新选择岗位。`);
  return ids.map((id) => byId.get(id)!);
}

interface PatternRow {
  id: number;
  name: string;
  shifts: string;
}

export function toPattern(row: PatternRow, usedBy: number): ShiftPattern {
  return { id: row.id, name: row.name, shifts: JSON.parse(row.shifts) as ShiftDef[], usedBy };
}

/** Every shift pattern, without usage counts (the generator's input). */
export function readPatterns(ctx: Pick<Ctx, 'db'>): ShiftPattern[] {
  const rows = prepared(ctx.db, 'SELECT id, name, shifts FROM shift_patterns ORDER BY id').all() as PatternRow[];
  return rows.map((r) => toPattern(r, 0));
}

/** The pattern ids a post refers to: by default, on weekdays, on dates. */
export function patternIdsOf(post: Pick<DutyPost, 'patternId' | 'byWeekday' | 'byDate'>): number[] {
  return [...new Set([post.patternId, ...Object.values(post.byWeekday), ...Object.values(post.byDate)])] as number[];
}

/** Refuses a post whose patterns do not all exist (a pattern may have been removed since). */
export function checkPostPatterns(post: DutyPost, patterns: ReadonlyMap<number, ShiftPattern>): void {
  const missing = patternIdsOf(post).filter((id) => !patterns.has(id));
  if (missing.length)
    throw new AppError(
      'BAD_INPUT',
      `岗位“${post.name}”用到的班次（编号 ${missing.join('、')}）不存在，可能已被删除。请在 岗位 中重新选择班次。`,
    );
}
