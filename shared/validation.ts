import { z } from 'zod';

z.config(z.locales.zhCN());

/** Chinese names of input fields, for messages that do not already name their field. */
const fieldLabels: Record<string, string> = {
  id: '编号',
  name: '名称',
  communityId: '社区编号',
  streetName: '街道名称',
  followUpDays: '随访间隔天数',
  kind: '台账类型',
  key: '编号',
  label: '字段名称',
  type: '类型',
  fields: '字段',
  q: '搜索内容',
  status: '状态',
  offset: '起始位置',
  limit: '条数',
  reason: '结案原因',
  at: '时间',
  entryId: '记录编号',
  cadreId: '人员编号',
  cadreIds: '成员',
  secretaryId: '第一书记',
  branchId: '临时党支部',
  groupId: '组织编号',
  arrivedOn: '到岗日期',
  leftOn: '离开日期',
  politics: '政治面貌',
  role: '身份',
  unit: '派出单位',
  duty: '职务',
  post: '岗位',
  area: '责任区范围',
  day: '日期',
  from: '开始日期',
  to: '结束日期',
};

/** One Chinese sentence per problem, each naming its field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const last = issue.path.at(-1);
      if (last === undefined) return issue.message;
      const label = fieldLabels[String(last)] ?? `字段 ${issue.path.join('.')}`;
      return issue.message.includes(label) ? issue.message : `${label}：${issue.message}`;
    })
    .join('；');
}

/** A trimmed, NFKC-normalised text field that must not be empty. */
export function requiredText(label: string, max: number) {
  return z
    .string({ error: `请填写${label}` })
    .transform((s) => s.normalize('NFKC').trim())
    .pipe(z.string().min(1, `请填写${label}`).max(max, `${label}不能超过 ${max} 个字`));
}

export const idSchema = (label: string) =>
  z
    .number({ error: `${label}必须是编号` })
    .int(`${label}必须是整数编号`)
    .positive(`${label}必须是正整数`);
