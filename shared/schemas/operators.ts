import { z } from 'zod';
import { ROLES } from '../domain/operators/types';
import { idSchema, requiredText } from '../validation';

const operatorName = requiredText('操作员姓名', 20);

/** At least 6 characters; not trimmed (spaces count). */
export const password = z.string({ error: '请填写密码' }).min(6, '密码至少 6 位').max(128, '密码不能超过 128 位');

const role = z.enum(ROLES, { error: `角色应是${ROLES.join('、')}之一` });

export const authSetupInput = z.strictObject({ name: operatorName, password });

export const authLoginInput = z.strictObject({
  name: operatorName,
  password: z.string({ error: '请填写密码' }).min(1, '请填写密码').max(128, '密码不能超过 128 位'),
});

export const operatorAddInput = z.strictObject({ name: operatorName, role, password });

export const operatorUpdateInput = z.strictObject({
  id: idSchema('操作员编号'),
  role: role.optional(),
  disabled: z.boolean().optional(),
});

export const operatorPasswordInput = z.strictObject({
  /** Absent: the signed-in operator's own password, which needs the current one. */
  id: idSchema('操作员编号').optional(),
  currentPassword: z.string().max(128).optional(),
  password,
});
