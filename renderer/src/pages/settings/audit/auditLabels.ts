/** Chinese names for what the audit log stores in code form: methods, entities, keys. */
import { builtinFields } from '../../../../../shared/domain/ledgers/builtins';
import { commonFieldLabels } from '../../../../../shared/domain/ledgers/common';

export const methodLabels: Record<string, string> = {
  'entries.add': '新增记录',
  'entries.update': '修改记录',
  'entries.close': '结案',
  'entries.reopen': '重新打开',
  'entries.remove': '删除记录',
  'entries.revealId': '查看身份证号',
  'services.add': '新增服务记录',
  'services.update': '修改服务记录',
  'services.remove': '删除服务记录',
  'communities.add': '新增社区',
  'communities.rename': '重命名社区',
  'communities.remove': '删除社区',
  'grids.add': '新增网格',
  'grids.rename': '重命名网格',
  'grids.remove': '删除网格',
  'kinds.add': '新增台账类型',
  'kinds.update': '修改台账类型',
  'kinds.remove': '删除台账类型',
  'settings.update': '修改设置',
  'imports.commit': '导入台账',
  'kinds.setWords': '修改同义词',
  'kinds.rememberValues': '记住导入的值对应',
  'imports.undo': '撤销导入',
  'exports.ledger': '导出台账',
  'cadres.add': '新增下沉干部',
  'cadres.update': '修改下沉干部',
  'cadres.remove': '删除下沉干部',
  'cadres.importCommit': '导入人员名册',
  'cadres.export': '导出人员名册',
  'orgs.addBranch': '新增临时党支部',
  'orgs.updateBranch': '修改临时党支部',
  'orgs.removeBranch': '删除临时党支部',
  'orgs.setBranch': '调整党支部成员',
  'orgs.addGroup': '新增先锋岗/突击队/责任区',
  'orgs.updateGroup': '修改先锋岗/突击队/责任区',
  'orgs.removeGroup': '删除先锋岗/突击队/责任区',
  'orgs.setMembers': '调整成员',
  'signins.signIn': '签到',
  'signins.signOut': '签退',
  'signins.correct': '更正签到时间',
  'signins.walkIn': '现场登记并签到',
  'signins.importCommit': '导入签到记录',
  'attendance.export': '导出考勤统计',
  'entries.purge': '永久删除结案记录',
  'imports.errorReport': '导出导入错误行',
  'cli.list': '命令行导出台账',
  'auth.setup': '创建管理员',
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'operators.add': '添加操作员',
  'operators.update': '修改操作员',
  'operators.setPassword': '修改密码',
  'shiftPatterns.save': '保存班次',
  'shiftPatterns.remove': '删除班次',
  'dutyPosts.add': '新增岗位',
  'dutyPosts.update': '修改岗位',
  'dutyPosts.remove': '删除岗位',
  'dutyPeople.update': '修改值班人员设置',
  'availability.add': '登记请假/隔离/轮休',
  'availability.remove': '删除请假/隔离/轮休',
  'rosterRules.update': '修改排班规则',
  'rosters.generate': '生成排班',
  'rosters.set': '调整排班',
  'rosters.swap': '对调排班',
  'rosters.lock': '锁定/解锁排班',
  'rosters.export': '导出值班表',
  'backups.create': '备份',
  'backups.restore': '从备份恢复',
  'backups.copyTo': '复制备份到外部',
  'backups.stage': '下载备份',
  'backups.dismissDamage': '忽略损坏提示',
  'backups.setRetention': '修改备份保留设置',
  'tallies.addItem': '新增工作量项目',
  'tallies.updateItem': '修改工作量项目',
  'tallies.moveItem': '调整工作量项目顺序',
  'tallies.removeItem': '删除工作量项目',
  'tallies.save': '保存每日工作量',
};

export const methodLabel = (method: string) => methodLabels[method] ?? method;

export const entityLabels: Record<string, string> = {
  entry: '台账记录',
  service: '服务记录',
  community: '社区',
  grid: '网格',
  kind: '台账类型',
  settings: '设置',
  import: '导入',
  export: '导出',
  cadre: '下沉干部',
  operator: '操作员',
  shift_pattern: '班次',
  duty_post: '岗位',
  duty_person: '值班人员',
  duty_unavailable: '请假/隔离/轮休',
  duty_shift: '排班',
  roster: '排班',
  roster_rules: '排班规则',
  backup: '备份',
  party_branch: '临时党支部',
  org_group: '先锋岗/突击队/责任区',
  signin: '签到记录',
  tally_item: '工作量项目',
  tally_day: '每日工作量',
};

export const entityLabel = (entity: string) => entityLabels[entity] ?? entity;

const entryKeys: Record<string, string> = {
  ...commonFieldLabels,
  kind: '台账类型',
  closeNote: '结案说明',
  closedAt: '结案日期',
  extra: '其他信息',
  latestService: '最近服务',
  createdAt: '登记时间',
  id: '编号',
  revealed: '查看内容',
};

const serviceKeys: Record<string, string> = {
  id: '编号',
  entryId: '台账记录编号',
  at: '服务时间',
  type: '服务类型',
  content: '服务内容',
  hospital: '医院',
  vehicle: '车辆',
  escort: '陪同人员',
  outcome: '结果',
  operator: '服务人',
  createdAt: '登记时间',
};

const otherKeys: Record<string, string> = {
  id: '编号',
  key: '编号',
  name: '名称',
  builtin: '内置',
  fields: '字段',
  entryCount: '记录数',
  grids: '网格',
  communityId: '所属社区编号',
  streetName: '街道名称',
  followUpDays: '随访提醒天数',
};

const tallyKeys: Record<string, string> = {
  unit: '计量单位',
  active: '启用',
  sortOrder: '排序',
  inUse: '已填过数字',
  date: '日期',
  cells: '格子',
  order: '顺序',
};

const builtinFieldLabels: Record<string, string> = Object.fromEntries(
  Object.values(builtinFields)
    .flat()
    .map((f) => [f.key, f.label]),
);

/**
 * The Chinese name of a key of the logged object: `fields.x` by the kind's field list (given),
 * `extra.x` by its column header.
 */
export function keyLabel(entity: string, key: string, kindFieldLabels: Record<string, string>): string {
  if (key.startsWith('fields.')) {
    const k = key.slice('fields.'.length);
    return kindFieldLabels[k] ?? builtinFieldLabels[k] ?? k;
  }
  if (key.startsWith('extra.')) return `其他信息：${key.slice('extra.'.length)}`;
  const table =
    entity === 'entry'
      ? entryKeys
      : entity === 'service'
        ? serviceKeys
        : entity === 'tally_item' || entity === 'tally_day'
          ? tallyKeys
          : otherKeys;
  return table[key] ?? otherKeys[key] ?? key;
}
