import { z } from 'zod';
import { parseClockTime } from '../domain/signins/time';
import { idSchema, requiredText } from '../validation';
import { dateText, optionalText } from './common';

/** A time of day as people type it (7:5, 0805, 8点05分, 下午3:20), normalised to 'HH:mm'. */
export const clockTime = z.string({ error: '时间应写成 08:05 这样' }).transform((raw, ctx) => {
  const check = parseClockTime(raw);
  if (check.ok) return check.value;
  ctx.addIssue({ code: 'custom', message: check.error });
  return z.NEVER;
});

/** A community by name; empty means every community. */
const community = z
  .string()
  .max(30, '社区名称太长')
  .transform((s) => s.normalize('NFKC').trim())
  .optional();
const post = z
  .string()
  .max(40, '岗位名称不能超过 40 个字')
  .transform((s) => s.normalize('NFKC').trim())
  .optional();

export const signinDayInput = z.strictObject({ day: dateText, community, post });

export const signinSheetInput = z.strictObject({ day: dateText, community, post });

export const signinFindInput = z.strictObject({
  q: z.string().max(40, '搜索内容太长'),
  /** The day whose sign-ins each match is shown against. */
  day: dateText,
  community,
  limit: z.number().int().min(1).max(50).default(8),
});

export const signInInput = z.strictObject({
  cadreId: idSchema('人员编号'),
  day: dateText,
  time: clockTime.optional(),
  community,
  post,
});

export const signOutInput = z.strictObject({
  cadreId: idSchema('人员编号'),
  day: dateText,
  time: clockTime.optional(),
});

export const signinCorrectInput = z.strictObject({
  id: idSchema('签到记录编号'),
  signedIn: clockTime.optional(),
  /** null clears the sign-out. */
  signedOut: clockTime.nullable().optional(),
  note: optionalText(200),
});

export const walkInInput = z.strictObject({
  name: requiredText('姓名', 20),
  phone: z
    .string({ error: '请填写联系电话' })
    .transform((s) => s.normalize('NFKC').replace(/[\s-]/g, ''))
    .pipe(z.string().regex(/^(1\d{10}|0\d{9,11}|\d{7,8})$/, '联系电话应为 11 位手机号或带区号的固定电话')),
  unit: requiredText('派出单位', 60),
  community: requiredText('社区', 30),
  post,
  day: dateText,
  time: clockTime.optional(),
});

export const signinImportInput = z.strictObject({
  fileId: z.string().regex(/^[0-9a-f]{24}$/, '文件编号无效，请重新选择文件'),
});

export const attendanceInput = z
  .strictObject({ from: dateText, to: dateText, community, unit: optionalText(60) })
  .refine((r) => r.from <= r.to, { message: '开始日期不能晚于结束日期', path: ['from'] });
