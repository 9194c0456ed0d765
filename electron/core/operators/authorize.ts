/** The role check in front of every handler (dispatch calls it before parsing the input). */
import type { Method } from '../../../shared/contract';
import type { Role } from '../../../shared/domain/operators/types';
import { defaultSettings } from '../../../shared/domain/settings';
import { AppError, type Failure } from '../../../shared/errors';
import type { Ctx } from '../context';
import { prepared } from '../db/prepared';
import { ROLE_GRANTS, permissions } from './permissions';
import { sessionRole } from './session';

export function idleLockMinutes(ctx: Pick<Ctx, 'db'>): number {
  const stored = prepared(ctx.db, "SELECT value FROM settings WHERE key = 'idleLockMinutes'").pluck().get() as
    string | undefined;
  return stored === undefined ? defaultSettings.idleLockMinutes : Number(JSON.parse(stored));
}

/** Locks the session once it has been idle longer than the setting allows. */
export function applyIdleLock(ctx: Ctx): void {
  const s = ctx.session;
  if (s.kind !== 'interactive' || !s.operator || s.locked) return;
  if (ctx.now().getTime() - s.lastActive > idleLockMinutes(ctx) * 60_000) s.locked = true;
}

const deny = (code: Failure['code'], message: string): Failure => ({ ok: false, code, message });

/** null when the session may call the method; else the failure to answer with. */
export function authorize(ctx: Ctx, method: Method): Failure | null {
  const permission = permissions[method];
  if (permission === 'public') return null;
  const s = ctx.session;
  if (s.kind === 'system') return null;
  if (!s.operator) return deny('UNAUTHORIZED', '请先登录街道台账。');
  applyIdleLock(ctx);
  if (s.locked) return deny('LOCKED', '街道台账已锁定，请输入密码解锁。');
  s.lastActive = ctx.now().getTime();
  const { role, name } = s.operator;
  if (ROLE_GRANTS[role].has(permission)) return null;
  return deny(
    'FORBIDDEN',
    permission === 'admin'
      ? `只有管理员可以进行这项操作；当前操作员“${name}”是${role}。请让管理员来做。`
      : `当前操作员“${name}”是“${role}”角色，只能查看，不能修改。需要录入请让管理员调整角色。`,
  );
}

/** For checks that depend on the input (an unmasked export, another's password). */
export function requireRole(ctx: Ctx, role: Role, what: string): void {
  const current = sessionRole(ctx.session);
  if (current === role || current === '管理员') return;
  throw new AppError('FORBIDDEN', `只有${role}可以${what}；当前操作员是${current ?? '未登录'}。`);
}
