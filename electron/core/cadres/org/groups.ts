/** 党员先锋岗, 党员突击队 and 党员责任区: groups with members; a person may be in several. */
import { nowText } from '../../../../shared/domain/dates';
import { isPartyMember, TEAM_SIZE, type GroupResult, type OrgKind } from '../../../../shared/domain/cadres/types';
import { AppError } from '../../../../shared/errors';
import { recordAudit } from '../../audit/record';
import type { Ctx, HandlerMap } from '../../context';
import { communityId } from '../rows';
import { getGroup, listGroups } from './members';

const KIND_NAMES: Record<OrgKind, string> = { 先锋岗: '党员先锋岗', 突击队: '党员突击队', 责任区: '党员责任区' };

function audit(ctx: Ctx, method: string, id: number, before: unknown, after: unknown): void {
  recordAudit(ctx, { method, entity: 'org_group', entityId: id, before, after });
}

/** What deserves a second look, never a refusal: a 突击队 outside 4–6, members who are not party members. */
function warningsOf(ctx: Ctx, id: number): GroupResult {
  const group = getGroup(ctx, id);
  const warnings: string[] = [];
  const n = group.members.length;
  if (group.kind === '突击队' && (n < TEAM_SIZE.min || n > TEAM_SIZE.max)) {
    warnings.push(`突击队“${group.name}”现有 ${n} 人，通常应为 ${TEAM_SIZE.min}–${TEAM_SIZE.max} 人。`);
  }
  const others = group.members.filter((m) => !isPartyMember(m.politics)).map((m) => m.name);
  if (others.length) warnings.push(`${others.join('、')} 不是党员，${KIND_NAMES[group.kind]}一般由党员组成，请核对。`);
  return { group, warnings };
}

function setMembers(ctx: Ctx, groupId: number, cadreIds: number[]): void {
  const ids = [...new Set(cadreIds)];
  const found = ctx.db
    .prepare('SELECT id FROM cadres WHERE id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify(ids));
  if (found.length !== ids.length) throw new AppError('NOT_FOUND', '有的成员已不在名册中，请刷新页面后重新选择。');
  ctx.db.prepare('DELETE FROM org_members WHERE group_id = ?').run(groupId);
  const insert = ctx.db.prepare('INSERT INTO org_members (group_id, cadre_id) VALUES (?, ?)');
  for (const id of ids) insert.run(groupId, id);
}

function assertNameFree(ctx: Ctx, kind: OrgKind, name: string, community: number | null, exceptId?: number): void {
  const taken = ctx.db
    .prepare('SELECT 1 FROM org_groups WHERE kind = ? AND name = ? AND community_id IS ? AND id IS NOT ?')
    .get(kind, name, community, exceptId ?? null);
  if (taken)
    throw new AppError('CONFLICT', `这个社区已有名为“${name}”的${KIND_NAMES[kind]}，请换一个名称。`, {
      name: '名称已被使用',
    });
}

export const groupHandlers: HandlerMap<
  'orgs.groups' | 'orgs.addGroup' | 'orgs.updateGroup' | 'orgs.removeGroup' | 'orgs.setMembers'
> = {
  'orgs.groups': (ctx, filter) => listGroups(ctx, filter),

  'orgs.addGroup': (ctx, { kind, name, community, area, cadreIds }) =>
    ctx.db.transaction(() => {
      const place = communityId(ctx, community);
      assertNameFree(ctx, kind, name, place);
      const id = Number(
        ctx.db
          .prepare('INSERT INTO org_groups (kind, name, community_id, area, created_at) VALUES (?, ?, ?, ?, ?)')
          .run(kind, name, place, area?.trim() ?? '', nowText(ctx.now())).lastInsertRowid,
      );
      setMembers(ctx, id, cadreIds ?? []);
      const result = warningsOf(ctx, id);
      audit(ctx, 'orgs.addGroup', id, null, result.group);
      return result;
    })(),

  'orgs.updateGroup': (ctx, { id, kind, name, community, area, cadreIds }) =>
    ctx.db.transaction(() => {
      const before = getGroup(ctx, id);
      const place = communityId(ctx, community);
      assertNameFree(ctx, kind, name, place, id);
      ctx.db
        .prepare('UPDATE org_groups SET kind = ?, name = ?, community_id = ?, area = ? WHERE id = ?')
        .run(kind, name, place, area?.trim() ?? '', id);
      if (cadreIds) setMembers(ctx, id, cadreIds);
      const result = warningsOf(ctx, id);
      audit(ctx, 'orgs.updateGroup', id, before, result.group);
      return result;
    })(),

  'orgs.removeGroup': (ctx, { id }) =>
    ctx.db.transaction(() => {
      const before = getGroup(ctx, id);
      ctx.db.prepare('DELETE FROM org_groups WHERE id = ?').run(id);
      audit(ctx, 'orgs.removeGroup', id, before, null);
      return { id };
    })(),

  'orgs.setMembers': (ctx, { groupId, cadreIds }) =>
    ctx.db.transaction(() => {
      const before = getGroup(ctx, groupId);
      setMembers(ctx, groupId, cadreIds);
      const result = warningsOf(ctx, groupId);
      audit(
        ctx,
        'orgs.setMembers',
        groupId,
        before.members.map((m) => m.name),
        result.group.members.map((m) => m.name),
      );
      return result;
    })(),
};
