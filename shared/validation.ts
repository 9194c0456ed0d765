import { z } from 'zod';
import { issueMessage } from './schemas/messages';

z.config(z.locales.zhCN());
z.config({ customError: issueMessage });

/** Chinese names of input fields, for messages that do not already name their field. */
const fieldLabels: Record<string, string> = {
  id: '编号',
  name: '名称',
  communityId: '社区编号',
  streetName: '街道名称',
  followUpDays: '随访间隔天数',
  idleLockMinutes: '自动锁定分钟数',
  purgeAfterDays: '结案后保留天数',
  password: '密码',
  currentPassword: '当前密码',
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
  idNumber: '身份证号',
  phones: '电话',
  phone: '电话',
  community: '社区',
  grid: '网格',
  address: '地址',
  cadre: '包保干部',
  note: '备注',
  extra: '其他信息',
  date: '日期',
  time: '时间',
  signedIn: '签到时间',
  signedOut: '签退时间',
  gender: '性别',
  fileId: '文件编号',
  importId: '导入编号',
  batchId: '导入批次',
  sheet: '工作表',
  sheets: '工作表',
  row: '行号',
  column: '列号',
  value: '内容',
  mapping: '列的对应',
  values: '值对应',
  header: '表头',
  target: '对应项目',
  strategy: '合并方式',
  mask: '隐藏身份证号',
  excluded: '排除',
  content: '服务内容',
  hospital: '医院',
  vehicle: '车辆',
  escort: '陪护',
  outcome: '结果',
  options: '选项',
  required: '必填',
  sort: '排序',
  order: '排序方向',
  field: '排序字段',
  filters: '筛选',
  confirmRemoval: '确认删除',
  active: '在岗',
  entity: '对象',
  operator: '操作员',
  // 值班排班
  shifts: '班次',
  start: '开始时间',
  end: '结束时间',
  perShift: '每班人数',
  needsPartyMember: '需要党员',
  needsLeader: '需要带班领导',
  activeFrom: '启用日期',
  activeTo: '停用日期',
  patternId: '班次',
  byWeekday: '按星期的班次',
  byDate: '特定日期的班次',
  isLeader: '带班领导',
  maxHoursPerWeek: '每周最多工时',
  preferredPostIds: '优先岗位',
  minRestHours: '最少休息时间',
  longRestHours: '长班后休息时间',
  longRestAfterHours: '长班时长',
  nightStart: '夜班开始时间',
  nightEnd: '夜班结束时间',
  holidays: '节假日',
  postId: '岗位编号',
  postIds: '岗位',
  shiftName: '班次名称',
  leaderId: '带班领导',
  cells: '班',
  locked: '锁定',
  confirm: '确认',
};

/** Other names a key has in some forms: a message that uses one already names its field. */
const otherNames: Record<string, string[]> = { kind: ['岗位类型'], reason: ['原因'] };

/** The field an issue is about: its last named key (list positions and record keys are not names). */
const fieldKey = (path: readonly PropertyKey[]) =>
  path.findLast((k): k is string => typeof k === 'string' && /^[A-Za-z_]\w*$/.test(k));

/** A key as a message names it: a key typed by a hostile or careless caller may be any length. */
const shortKey = (key: PropertyKey) => {
  const text = String(key);
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
};

/** A message lists this many problems at most; the rest are counted. */
const MAX_ISSUES = 5;

/** One Chinese sentence per problem, each naming its field. */
export function describeIssues(error: z.ZodError): string {
  const more = error.issues.length - MAX_ISSUES;
  const shown = error.issues
    .slice(0, MAX_ISSUES)
    .map((issue) => {
      const last = fieldKey(issue.path);
      if (last === undefined) return issue.message;
      const label = fieldLabels[last] ?? `字段 ${issue.path.map(shortKey).join('.')}`;
      const named = [label, ...(otherNames[last] ?? [])].some((name) => issue.message.includes(name));
      return named ? issue.message : `${label}：${issue.message}`;
    })
    .join('；');
  return more > 0 ? `${shown}；另有 ${more} 处问题` : shown;
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
