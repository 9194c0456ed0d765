/** Reading people of the registry: the row as stored, and the Cadre the API hands out. */
import { AppError } from '../../../shared/errors';
import { todayText } from '../../../shared/domain/dates';
import { maskIdNumber } from '../../../shared/domain/idNumber';
import type { Cadre, CadreRole, Politics } from '../../../shared/domain/cadres/types';
import type { ValidCadre } from '../../../shared/domain/cadres/validate';
import type { Ctx } from '../context';

export interface CadreRow {
  id: number;
  name: string;
  gender: '男' | '女' | null;
  phone: string | null;
  unit: string;
  duty: string;
  politics: Politics;
  community_id: number | null;
  community_name: string | null;
  post: string;
  role: CadreRole;
  arrived_on: string | null;
  left_on: string | null;
  id_number: string | null;
  branch_id: number | null;
  branch_name: string | null;
  note: string;
  created_at: string;
  updated_at: string;
}

export const cadreSelect = `SELECT c.*, m.name AS community_name, b.name AS branch_name
  FROM cadres c LEFT JOIN communities m ON m.id = c.community_id LEFT JOIN party_branches b ON b.id = c.branch_id`;

/** The stored person as the validator's output: the full ID number, for merging and comparing. */
export function toValid(row: CadreRow): ValidCadre {
  return {
    name: row.name,
    gender: row.gender,
    phone: row.phone,
    unit: row.unit,
    duty: row.duty,
    politics: row.politics,
    community: row.community_name,
    post: row.post,
    role: row.role,
    arrivedOn: row.arrived_on,
    leftOn: row.left_on,
    idNumber: row.id_number,
    note: row.note,
  };
}

export function toCadre(row: CadreRow, today: string): Cadre {
  return {
    id: row.id,
    ...toValid(row),
    idNumber: row.id_number ? maskIdNumber(row.id_number) : null,
    branchId: row.branch_id,
    branch: row.branch_name,
    active: row.left_on === null || row.left_on > today,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getCadreRow(ctx: Pick<Ctx, 'db'>, id: number): CadreRow {
  const row = ctx.db.prepare(`${cadreSelect} WHERE c.id = ?`).get(id) as CadreRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', '找不到这个人员，可能已被删除。请刷新页面后重试。');
  return row;
}

export function getCadre(ctx: Ctx, id: number): Cadre {
  return toCadre(getCadreRow(ctx, id), todayText(ctx.now()));
}

/** A community by name; an unknown name is a field error (the import creates them first). */
export function communityId(ctx: Pick<Ctx, 'db'>, name: string | null, field = 'community'): number | null {
  if (!name) return null;
  const id = ctx.db.prepare('SELECT id FROM communities WHERE name = ?').pluck().get(name) as number | undefined;
  if (id === undefined) {
    const message = `没有名为“${name}”的社区。请先在 设置 → 社区与网格 中添加，或选择已有的社区。`;
    throw new AppError('BAD_INPUT', message, { [field]: message });
  }
  return id;
}
