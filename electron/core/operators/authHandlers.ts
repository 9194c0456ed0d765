/** auth.*: the first administrator, signing in and out, the lock. */
import type { AuthStatus } from '../../../shared/domain/operators/types';
import { AppError } from '../../../shared/errors';
import { recordAudit } from '../audit/record';
import { readDamageNotice } from '../backup/notice';
import type { Ctx, HandlerMap, MethodsOf } from '../context';
import { applyIdleLock, idleLockMinutes } from './authorize';
import { hashPassword, verifyPassword } from './password';
import { operatorByName, operatorCount, stamp, type OperatorRow } from './rows';
import { FREE_TRIES, retryDelayMs, signOut } from './session';

function interactive(ctx: Ctx) {
  if (ctx.session.kind !== 'interactive') {
    throw new AppError('BAD_INPUT', '命令行以系统身份运行，不需要登录。');
  }
  return ctx.session;
}

export function authStatus(ctx: Ctx): AuthStatus {
  const s = ctx.session;
  if (s.kind === 'interactive') applyIdleLock(ctx);
  const signedIn = s.kind === 'interactive' ? s : null;
  return {
    needsSetup: operatorCount(ctx) === 0,
    operator: signedIn?.operator ?? null,
    locked: signedIn?.locked ?? false,
    idleLockMinutes: idleLockMinutes(ctx),
    retryAfterSeconds: signedIn ? Math.max(0, Math.ceil((signedIn.retryAt - ctx.now().getTime()) / 1000)) : 0,
    damagedAt: readDamageNotice(ctx.info.dbFile)?.at ?? null,
  };
}

function signIn(ctx: Ctx, row: OperatorRow): AuthStatus {
  const s = interactive(ctx);
  s.operator = { id: row.id, name: row.name, role: row.role };
  s.locked = false;
  s.failures = 0;
  s.retryAt = 0;
  s.lastActive = ctx.now().getTime();
  ctx.operator = row.name;
  ctx.db.prepare('UPDATE operators SET last_login_at = ? WHERE id = ?').run(stamp(ctx), row.id);
  recordAudit(ctx, {
    method: 'auth.login',
    entity: 'operator',
    entityId: row.id,
    before: null,
    after: { name: row.name },
  });
  return authStatus(ctx);
}

export const authHandlers: HandlerMap<MethodsOf<'auth'>> = {
  'auth.status': authStatus,

  'auth.setup': (ctx, input) =>
    ctx.db.transaction(() => {
      interactive(ctx);
      if (operatorCount(ctx) > 0) throw new AppError('CONFLICT', '已经有管理员了，请用已有的账号登录。');
      const hash = hashPassword(input.password);
      const { lastInsertRowid } = ctx.db
        .prepare("INSERT INTO operators (name, role, password_hash, created_at) VALUES (?, '管理员', ?, ?)")
        .run(input.name, hash, stamp(ctx));
      ctx.operator = input.name;
      recordAudit(ctx, {
        method: 'auth.setup',
        entity: 'operator',
        entityId: Number(lastInsertRowid),
        before: null,
        after: { name: input.name, role: '管理员' },
      });
      return signIn(ctx, operatorByName(ctx, input.name)!);
    })(),

  'auth.login': (ctx, input) => {
    const s = interactive(ctx);
    const now = ctx.now().getTime();
    if (now < s.retryAt) {
      const seconds = Math.ceil((s.retryAt - now) / 1000);
      throw new AppError('TOO_MANY_TRIES', `密码连续输错 ${s.failures} 次，请 ${seconds} 秒后再试。`);
    }
    const row = operatorByName(ctx, input.name);
    // The hash is computed even for an unknown name, so timing does not tell names apart.
    const matches = verifyPassword(input.password, row?.password_hash ?? hashPassword('-'));
    if (row && matches) {
      if (row.disabled === 1) throw new AppError('FORBIDDEN', `操作员“${row.name}”已停用，请联系管理员。`);
      // A different operator unlocking the app takes the session over; the lock is what matters.
      return ctx.db.transaction(() => signIn(ctx, row))();
    }
    s.failures += 1;
    s.retryAt = now + retryDelayMs(s.failures);
    ctx.db.transaction(() =>
      recordAudit(ctx, {
        method: 'auth.login',
        entity: 'operator',
        entityId: row?.id ?? null,
        before: null,
        after: { name: input.name, failed: true },
      }),
    )();
    const left = FREE_TRIES - s.failures;
    throw new AppError(
      'UNAUTHORIZED',
      left > 0
        ? `姓名或密码不对，请再试（还可试 ${left} 次，之后需要等待）。`
        : `姓名或密码不对。已连续输错 ${s.failures} 次，请 ${Math.ceil(retryDelayMs(s.failures) / 1000)} 秒后再试。`,
      { password: '姓名或密码不对' },
    );
  },

  'auth.lock': (ctx) => {
    const s = interactive(ctx);
    if (s.operator) s.locked = true;
    return authStatus(ctx);
  },

  'auth.logout': (ctx) => {
    const s = interactive(ctx);
    if (s.operator) {
      ctx.db.transaction(() =>
        recordAudit(ctx, {
          method: 'auth.logout',
          entity: 'operator',
          entityId: s.operator!.id,
          before: null,
          after: { name: s.operator!.name },
        }),
      )();
    }
    signOut(s);
    return authStatus(ctx);
  },
};
