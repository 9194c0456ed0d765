import { z } from 'zod';
import { CLOSE_REASONS } from '../domain/ledgers/common';
import { FIELD_TYPES } from '../domain/ledgers/fields';
import { SERVICE_TYPES } from '../domain/ledgers/types';
import { idSchema, requiredText } from '../validation';
import { dateText, dateTimeText, optionalText, page } from './common';

export const kindKey = z
  .string({ error: '请指定台账类型' })
  .regex(/^[a-z][a-z0-9_]{0,31}$/, '台账类型编号只能是小写字母、数字和下划线，例如 pregnant');

/** Names every JavaScript object has (constructor, toString …): as keys they would be found on any lookup table. */
const notInherited = (key: string) => !(key in Object.prototype);

const fieldKey = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, '字段编号只能是字母、数字和下划线')
  .refine(notInherited, '这个字段编号是程序保留的名称，请换一个');

export const fieldDefInput = z.strictObject({
  key: fieldKey.optional(),
  label: requiredText('字段名称', 20),
  type: z.enum(FIELD_TYPES, { error: '字段类型无效' }),
  options: z.array(requiredText('选项', 30)).max(60, '选项最多 60 个').optional(),
  required: z.boolean().optional(),
});

export const kindInput = {
  name: requiredText('台账名称', 20),
  fields: z.array(fieldDefInput).max(60, '一个台账最多 60 个字段'),
};

const value = z.union([
  z.string().max(2000, '内容太长（最多 2000 字）'),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string().max(200), z.number()])).max(60),
]);

const entryBody = {
  name: z.string({ error: '请填写姓名' }).max(100, '姓名太长'),
  idNumber: z.union([z.string().max(40, '身份证号太长'), z.number()], { error: '请填写身份证号' }),
  /** Free text ('本人 13904312222；丈夫 13804315555') or a list; a note may be written beside each number. */
  phones: z.union([z.string().max(300), z.array(z.string().max(60)).max(10, '电话最多 10 个')]).optional(),
  /** number -> note, for a caller that keeps notes apart; overrides notes written in `phones`. */
  phoneNotes: z
    .record(z.string().max(40), z.string().max(40, '电话备注太长（最多 40 字）'))
    .refine((notes) => Object.keys(notes).length <= 10, '电话备注最多 10 个')
    .optional(),
  community: z.string({ error: '请选择社区' }).max(60),
  grid: z.string().max(60).nullable().optional(),
  address: optionalText(500),
  cadre: optionalText(100),
  note: optionalText(2000),
  fields: z.record(fieldKey, value).optional(),
  extra: z.record(z.string().max(100), z.string().max(2000)).optional(),
};

export const entryAddInput = z.strictObject({ kind: kindKey, ...entryBody });

export const entryUpdateInput = z.strictObject({
  id: idSchema('记录编号'),
  ...entryBody,
  /** Left out when the user did not reveal and change it: the stored number stays. */
  idNumber: entryBody.idNumber.optional(),
});

export const entryListInput = z.strictObject({
  kind: kindKey,
  q: z.string().max(100, '搜索内容太长').optional(),
  status: z.enum(['在册', '已结案', '全部']).default('在册'),
  community: z.string().max(60).optional(),
  grid: z.string().max(60).optional(),
  /** Kind field key -> value: a choice equals, a multi/weekdays contains, text contains. */
  filters: z.record(fieldKey, z.union([z.string().max(100), z.number(), z.boolean()])).optional(),
  sort: z
    .strictObject({
      field: z.string().max(60).refine(notInherited, '不能按这一项排序'),
      order: z.enum(['ascend', 'descend']),
    })
    .optional(),
  ...page,
});

export const entryCloseInput = z.strictObject({
  id: idSchema('记录编号'),
  reason: z.enum(CLOSE_REASONS, { error: '请选择结案原因：已分娩、迁出、死亡或其他' }),
  note: optionalText(500),
  date: dateText.optional(),
});

const serviceBody = {
  at: dateTimeText,
  type: z.enum(SERVICE_TYPES, { error: '请选择服务类型' }),
  content: optionalText(2000),
  hospital: optionalText(100),
  vehicle: optionalText(100),
  escort: optionalText(100),
  outcome: optionalText(500),
};

export const serviceAddInput = z.strictObject({ entryId: idSchema('记录编号'), ...serviceBody });
export const serviceUpdateInput = z.strictObject({ id: idSchema('服务记录编号'), ...serviceBody });

export const auditListInput = z.strictObject({
  from: dateText.optional(),
  to: dateText.optional(),
  operator: z.string().max(60).optional(),
  entity: z.string().max(40).optional(),
  q: z.string().max(100).optional(),
  ...page,
});
