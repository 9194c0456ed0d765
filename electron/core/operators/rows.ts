import dayjs from 'dayjs';
import type { Operator, Role } from '../../../shared/domain/operators/types';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';

export interface OperatorRow {
  id: number;
  name: string;
  role: Role;
  password_hash: string;
  disabled: number;
  created_at: string;
  last_login_at: string | null;
}

export const toOperator = (r: OperatorRow): Operator => ({
  id: r.id,
  name: r.name,
  role: r.role,
  disabled: r.disabled === 1,
  createdAt: r.created_at,
  lastLoginAt: r.last_login_at,
});

export const stamp = (ctx: Ctx) => dayjs(ctx.now()).format('YYYY-MM-DD HH:mm:ss');

export function operatorCount(ctx: Pick<Ctx, 'db'>): number {
  return prepared(ctx.db, 'SELECT count(*) FROM operators').pluck().get() as number;
}

export function operatorByName(ctx: Pick<Ctx, 'db'>, name: string): OperatorRow | undefined {
  return prepared(ctx.db, 'SELECT * FROM operators WHERE name = ?').get(name) as OperatorRow | undefined;
}

export function operatorById(ctx: Pick<Ctx, 'db'>, id: number): OperatorRow {
  const row = prepared(ctx.db, 'SELECT * FROM operators WHERE id = ?').get(id) as OperatorRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', '没有这个操作员，可能已被删除。请刷新后再试。');
  return row;
}

export function activeAdmins(ctx: Pick<Ctx, 'db'>): number {
  return prepared(ctx.db, "SELECT count(*) FROM operators WHERE role = '管理员' AND disabled = 0")
    .pluck()
    .get() as number;
}
