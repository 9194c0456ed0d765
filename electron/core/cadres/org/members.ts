/** Reading branches and groups with their members. */
import { AppError } from '../../../../shared/errors';
import type { Branch, OrgGroup, OrgKind, OrgMember } from '../../../../shared/domain/cadres/types';
import type { Ctx } from '../../context';

const memberColumns = 'c.id, c.name, c.unit, c.politics, c.phone';

interface BranchRow {
  id: number;
  name: string;
  community: string | null;
  secretary_id: number | null;
  secretary: string | null;
  created_at: string;
}

interface GroupRow {
  id: number;
  kind: OrgKind;
  name: string;
  community: string | null;
  area: string;
  created_at: string;
}

const branchSelect = `SELECT b.id, b.name, m.name AS community, b.secretary_id, s.name AS secretary, b.created_at
  FROM party_branches b LEFT JOIN communities m ON m.id = b.community_id LEFT JOIN cadres s ON s.id = b.secretary_id`;

const groupSelect = `SELECT g.id, g.kind, g.name, m.name AS community, g.area, g.created_at
  FROM org_groups g LEFT JOIN communities m ON m.id = g.community_id`;

const order = (alias: string) => `(SELECT sort_order FROM communities WHERE id = ${alias}.community_id), ${alias}.id`;

function toBranch(ctx: Ctx, row: BranchRow): Branch {
  const members = ctx.db
    .prepare(`SELECT ${memberColumns} FROM cadres c WHERE c.branch_id = ? ORDER BY c.id = ? DESC, c.name_pinyin`)
    .all(row.id, row.secretary_id ?? 0) as OrgMember[];
  return {
    id: row.id,
    name: row.name,
    community: row.community,
    secretaryId: row.secretary_id,
    secretary: row.secretary,
    members,
    createdAt: row.created_at,
  };
}

function toGroup(ctx: Ctx, row: GroupRow): OrgGroup {
  const members = ctx.db
    .prepare(
      `SELECT ${memberColumns} FROM org_members o JOIN cadres c ON c.id = o.cadre_id WHERE o.group_id = ? ORDER BY c.name_pinyin`,
    )
    .all(row.id) as OrgMember[];
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    community: row.community,
    area: row.area,
    members,
    createdAt: row.created_at,
  };
}

export function listBranches(ctx: Ctx): Branch[] {
  return (ctx.db.prepare(`${branchSelect} ORDER BY ${order('b')}`).all() as BranchRow[]).map((row) =>
    toBranch(ctx, row),
  );
}

export function getBranch(ctx: Ctx, id: number): Branch {
  const row = ctx.db.prepare(`${branchSelect} WHERE b.id = ?`).get(id) as BranchRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', '找不到这个临时党支部，可能已被删除。请刷新页面后重试。');
  return toBranch(ctx, row);
}

export function listGroups(ctx: Ctx, filter: { kind?: OrgKind; community?: string }): OrgGroup[] {
  const rows = ctx.db
    .prepare(`${groupSelect} WHERE (? IS NULL OR g.kind = ?) AND (? IS NULL OR m.name = ?) ORDER BY ${order('g')}`)
    .all(filter.kind ?? null, filter.kind ?? null, filter.community ?? null, filter.community ?? null) as GroupRow[];
  return rows.map((row) => toGroup(ctx, row));
}

export function getGroup(ctx: Ctx, id: number): OrgGroup {
  const row = ctx.db.prepare(`${groupSelect} WHERE g.id = ?`).get(id) as GroupRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', '找不到这个先锋岗、突击队或责任区，可能已被删除。请刷新页面后重试。');
  return toGroup(ctx, row);
}
