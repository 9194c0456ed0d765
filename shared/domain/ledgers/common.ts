/** Fields every entry has, whatever its kind (DESIGN.md's canonical keys), with their Chinese labels. */
export const commonFieldLabels = {
  name: '姓名',
  idNumber: '身份证号',
  gender: '性别',
  birthDate: '出生日期',
  phones: '联系电话',
  community: '社区',
  grid: '网格',
  address: '现住址',
  status: '状态',
  closeReason: '结案原因',
  cadre: '包保干部',
  note: '备注',
} as const;

export type CommonField = keyof typeof commonFieldLabels;

export const ENTRY_STATUSES = ['在册', '已结案'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export const CLOSE_REASONS = ['已分娩', '迁出', '死亡', '其他'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];
