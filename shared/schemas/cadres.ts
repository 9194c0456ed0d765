import { z } from 'zod';
import { CADRE_ROLES, ORG_KINDS, POLITICS } from '../domain/cadres/types';
import { idSchema, requiredText } from '../validation';
import { page } from './common';

/** A value the shared validator (shared/domain/cadres/validate.ts) reads: text, a number, or nothing. */
const loose = (max: number) => z.union([z.string().max(max, `不能超过 ${max} 个字`), z.number(), z.null()]).optional();

const cadreBody = {
  name: z.string({ error: '请填写姓名' }).max(100, '姓名太长'),
  gender: loose(10),
  phone: loose(40),
  unit: loose(200),
  duty: loose(100),
  politics: loose(40),
  community: loose(60),
  post: loose(100),
  role: loose(20),
  arrivedOn: loose(40),
  leftOn: loose(40),
  idNumber: loose(40),
  note: loose(2000),
};

export const cadreAddInput = z.strictObject(cadreBody);

export const cadreUpdateInput = z.strictObject({
  id: idSchema('人员编号'),
  ...cadreBody,
  /** Left out: the stored number stays (lists show it masked). null or '' clears it. */
  idNumber: loose(40),
});

export const cadreFilters = {
  q: z.string().max(100, '搜索内容太长').optional(),
  community: z.string().max(60).optional(),
  unit: z.string().max(200).optional(),
  role: z.enum(CADRE_ROLES, { error: '身份无效' }).optional(),
  politics: z.enum(POLITICS, { error: '政治面貌无效' }).optional(),
  /** true: only people still posted (no 离开日期, or one after today). */
  active: z.boolean().optional(),
  branchId: idSchema('支部编号').optional(),
};

export const cadreListInput = z.strictObject({ ...cadreFilters, ...page });

export const cadreExportInput = z.strictObject({ ...cadreFilters, mask: z.boolean().default(true) });

export const cadreIdInput = z.strictObject({ id: idSchema('人员编号') });

export const cadreImportStartInput = z.strictObject({
  fileId: z.string({ error: '请先选择文件' }).regex(/^[0-9a-f]{24}$/, '文件编号无效，请重新选择文件'),
});
export const cadreImportIdInput = z.strictObject({
  importId: z.string().regex(/^[0-9a-f]{24}$/, '导入编号无效，请重新选择文件'),
});

const community = requiredText('社区', 30);

const branchBody = {
  name: requiredText('支部名称', 40),
  community,
  secretaryId: idSchema('第一书记').nullable().optional(),
};
export const branchAddInput = z.strictObject(branchBody);
export const branchUpdateInput = z.strictObject({ id: idSchema('支部编号'), ...branchBody });
export const branchIdInput = z.strictObject({ id: idSchema('支部编号') });
export const setBranchInput = z.strictObject({
  cadreId: idSchema('人员编号'),
  branchId: idSchema('支部编号').nullable(),
});

const cadreIds = z.array(idSchema('人员编号')).max(500, '成员最多 500 人');
const groupBody = {
  kind: z.enum(ORG_KINDS, { error: '请选择类型：先锋岗、突击队或责任区' }),
  name: requiredText('名称', 40),
  community,
  area: z.string().max(200, '责任区范围不能超过 200 个字').optional(),
  cadreIds: cadreIds.optional(),
};
export const groupAddInput = z.strictObject(groupBody);
export const groupUpdateInput = z.strictObject({ id: idSchema('编号'), ...groupBody });
export const groupIdInput = z.strictObject({ id: idSchema('编号') });
export const groupListInput = z.strictObject({
  kind: z.enum(ORG_KINDS).optional(),
  community: z.string().max(60).optional(),
});
export const setMembersInput = z.strictObject({ groupId: idSchema('编号'), cadreIds });
