import { z } from 'zod';
import { POST_KINDS, UNAVAILABLE_REASONS } from '../domain/rosters/types';
import { idSchema, requiredText } from '../validation';
import { dateText, optionalText } from './common';

/** 'HH:mm' (8:00 is taken as 08:00; 24:00 is allowed as an end). */
export const timeOfDay = z
  .string({ error: '时间应写成 08:00 这样' })
  .transform((s) => s.normalize('NFKC').trim().replace('：', ':'))
  .pipe(
    z
      .string()
      .regex(/^([01]?\d|2[0-3]):[0-5]\d$|^24:00$/, '时间应写成 08:00 这样（00:00 到 24:00）')
      .transform((s) => s.padStart(5, '0')),
  );

const shiftDef = z.strictObject({
  name: requiredText('班次名称', 20),
  start: timeOfDay,
  end: timeOfDay,
});

export const shiftPatternSaveInput = z.strictObject({
  /** Absent: a new pattern. */
  id: idSchema('班次编号').optional(),
  name: requiredText('班次名称', 30),
  shifts: z.array(shiftDef).min(1, '至少要有一个班').max(12, '一天最多 12 个班'),
});

export const shiftPatternIdInput = z.strictObject({ id: idSchema('班次编号') });

const community = z
  .string()
  .max(30, '社区名称太长')
  .transform((s) => s.normalize('NFKC').trim())
  .optional();

const weekdayKey = z.enum(['1', '2', '3', '4', '5', '6', '7'], { error: '星期应是 1（周一）到 7（周日）' });

const postFields = {
  name: requiredText('岗位名称', 40),
  kind: z.enum(POST_KINDS, { error: `岗位类型应是${POST_KINDS.join('、')}之一` }),
  /** '' = the street's own post. */
  community: z
    .string()
    .max(30, '社区名称太长')
    .transform((s) => s.normalize('NFKC').trim())
    .default(''),
  address: optionalText(100).default(''),
  perShift: z
    .number({ error: '每班人数必须是数字' })
    .int('每班人数必须是整数')
    .min(1, '每班至少 1 人')
    .max(50, '每班最多 50 人'),
  needsPartyMember: z.boolean().default(false),
  needsLeader: z.boolean().default(false),
  activeFrom: dateText.nullable().default(null),
  activeTo: dateText.nullable().default(null),
  patternId: idSchema('班次编号'),
  byWeekday: z.partialRecord(weekdayKey, idSchema('班次编号')).default({}),
  byDate: z.record(dateText, idSchema('班次编号')).default({}),
  note: optionalText(200).default(''),
};

export const dutyPostAddInput = z.strictObject(postFields);
export const dutyPostUpdateInput = z.strictObject({ id: idSchema('岗位编号'), ...postFields });
export const dutyPostRemoveInput = z.strictObject({
  id: idSchema('岗位编号'),
  /** Needed when the post has roster cells: they go with it. */
  confirm: z.boolean().optional(),
});
export const dutyPostListInput = z.strictObject({ community, activeOn: dateText.optional() });

export const dutyPeopleListInput = z.strictObject({
  community,
  q: z.string().max(40, '搜索内容太长').optional(),
});

export const dutyPersonUpdateInput = z.strictObject({
  cadreId: idSchema('人员编号'),
  isLeader: z.boolean().optional(),
  maxHoursPerWeek: z.number().int().min(1, '每周工时至少 1 小时').max(168, '每周只有 168 小时').nullable().optional(),
  preferredPostIds: z.array(idSchema('岗位编号')).max(20, '最多选 20 个岗位').optional(),
});

const dayOrTime = z
  .string({ error: '日期应写成 2022-04-18 或 2022-04-18 08:00' })
  .regex(/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/, '日期应写成 2022-04-18 或 2022-04-18 08:00');

export const availabilityListInput = z.strictObject({
  cadreId: idSchema('人员编号').optional(),
  from: dateText.optional(),
  to: dateText.optional(),
});

export const availabilityAddInput = z.strictObject({
  cadreId: idSchema('人员编号'),
  from: dayOrTime,
  to: dayOrTime,
  reason: z.enum(UNAVAILABLE_REASONS, { error: `原因应是${UNAVAILABLE_REASONS.join('、')}之一` }),
  note: optionalText(200).default(''),
});

export const availabilityRemoveInput = z.strictObject({ id: idSchema('记录编号') });

export const rosterRulesUpdateInput = z.strictObject({
  minRestHours: z.number().min(0, '休息时间不能为负').max(72, '休息时间最多 72 小时').optional(),
  longRestHours: z.number().min(0, '休息时间不能为负').max(72, '休息时间最多 72 小时').optional(),
  longRestAfterHours: z.number().min(1).max(48).optional(),
  maxHoursPerWeek: z.number().int().min(1, '每周工时至少 1 小时').max(168, '每周只有 168 小时').optional(),
  nightStart: timeOfDay.optional(),
  nightEnd: timeOfDay.optional(),
  holidays: z.array(dateText).max(100, '节假日最多 100 天').optional(),
});

/** A period of at most 31 days. */
const period = { from: dateText, to: dateText };

export const rosterGenerateInput = z.strictObject({
  ...period,
  postIds: z.array(idSchema('岗位编号')).min(1, '请至少选一个岗位').max(200, '一次最多 200 个岗位'),
  cadreIds: z.array(idSchema('人员编号')).min(1, '请至少选一个人').max(2000, '一次最多 2000 人'),
});

export const rosterGridInput = z.strictObject({
  ...period,
  community,
  postIds: z.array(idSchema('岗位编号')).max(200).optional(),
});

const cellRef = {
  postId: idSchema('岗位编号'),
  date: dateText,
  shiftName: requiredText('班次名称', 20),
};

export const rosterSetInput = z.strictObject({
  ...cellRef,
  cadreIds: z.array(idSchema('人员编号')).max(50, '一个班最多 50 人'),
  leaderId: idSchema('人员编号').nullable().optional(),
  /** Save even though hard rules are broken (the user saw the warnings). */
  confirm: z.boolean().optional(),
});

const swapSide = z.strictObject({ ...cellRef, cadreId: idSchema('人员编号') });
export const rosterSwapInput = z.strictObject({ a: swapSide, b: swapSide, confirm: z.boolean().optional() });

export const rosterLockInput = z.strictObject({
  cells: z.array(z.strictObject(cellRef)).min(1, '请选择要锁定的班').max(2000),
  locked: z.boolean(),
});

export const rosterDayInput = z.strictObject({
  date: dateText,
  community,
  postId: idSchema('岗位编号').optional(),
});

export const rosterPersonInput = z.strictObject({ cadreId: idSchema('人员编号'), ...period });

export const rosterExportInput = z.strictObject({ ...period, community });

export const rosterVsSigninsInput = z.strictObject({ date: dateText, community });
