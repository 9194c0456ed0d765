/** operators.*: an administrator adds operators, changes roles, disables and resets passwords. */
import { AppError } from '../../../shared/errors';
import { recordAudit } from '../audit/record';
import type { HandlerMap, MethodsOf } from '../context';
import { requireRole } from './authorize';
import { hashPassword, verifyPassword } from './password';
import { activeAdmins, operatorById, operatorByName, stamp, toOperator, type OperatorRow } from './rows';

export const operatorHandlers: HandlerMap<MethodsOf<'operators'>> = {
  'operators.list': (ctx) =>
    (ctx.db.prepare('SELECT * FROM operators ORDER BY id').all() as OperatorRow[]).map(toOperator),

  'operators.add': (ctx, input) =>
    ctx.db.transaction(() => {
      if (operatorByName(ctx, input.name)) {
        throw new AppError('CONFLICT', `已有名为“${input.name}”的操作员，请换一个名字。`, { name: '这个名字已被使用' });
      }
      const { lastInsertRowid } = ctx.db
        .prepare('INSERT INTO operators (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)')
        .run(input.name, input.role, hashPassword(input.password), stamp(ctx));
      const row = operatorById(ctx, Number(lastInsertRowid));
      recordAudit(ctx, {
        method: 'operators.add',
        entity: 'operator',
        entityId: row.id,
        before: null,
        after: { name: row.name, role: row.role },
      });
      return toOperator(row);
    })(),

  'operators.update': (ctx, input) =>
    ctx.db.transaction(() => {
      const before = operatorById(ctx, input.id);
      const role = input.role ?? before.role;
      const disabled = input.disabled ?? before.disabled === 1;
      const losesAdmin = before.role === '管理员' && before.disabled === 0 && (role !== '管理员' || disabled);
      if (losesAdmin && activeAdmins(ctx) <= 1) {
        throw new AppError('CONFLICT', '这是唯一的管理员，不能改为其他角色或停用。请先添加另一位管理员。');
      }
      ctx.db.prepare('UPDATE operators SET role = ?, disabled = ? WHERE id = ?').run(role, disabled ? 1 : 0, input.id);
      const after = operatorById(ctx, input.id);
      recordAudit(ctx, {
        method: 'operators.update',
        entity: 'operator',
        entityId: input.id,
        before: { role: before.role, disabled: before.disabled === 1 },
        after: { role: after.role, disabled: after.disabled === 1 },
      });
      // A demoted or disabled operator who is signed in acts with the new rights at once.
      const s = ctx.session;
      if (s.kind === 'interactive' && s.operator?.id === input.id) {
        s.operator = disabled ? null : { ...s.operator, role };
      }
      return toOperator(after);
    })(),

  'operators.setPassword': (ctx, input) =>
    ctx.db.transaction(() => {
      const s = ctx.session;
      const selfId = s.kind === 'interactive' ? s.operator?.id : undefined;
      const id = input.id ?? selfId;
      if (id === undefined) throw new AppError('BAD_INPUT', '请选择要修改密码的操作员。');
      const row = operatorById(ctx, id);
      if (id === selfId) {
        if (!input.currentPassword || !verifyPassword(input.currentPassword, row.password_hash)) {
          throw new AppError('UNAUTHORIZED', '当前密码不对，密码没有修改。', { currentPassword: '当前密码不对' });
        }
      } else {
        requireRole(ctx, '管理员', '重设其他操作员的密码');
      }
      ctx.db.prepare('UPDATE operators SET password_hash = ? WHERE id = ?').run(hashPassword(input.password), id);
      recordAudit(ctx, {
        method: 'operators.setPassword',
        entity: 'operator',
        entityId: id,
        before: null,
        after: { name: row.name },
      });
      return { id };
    })(),
};
