/** The words offices write over each column of a cadre list. */
import type { ValidCadre } from '../../../../shared/domain/cadres/validate';
import { cleanHeader } from '../../excel/read';

export type CadreField = keyof ValidCadre;

const SYNONYMS: Record<CadreField, string[]> = {
  name: ['姓名', '名字', '人员姓名', '干部姓名', '志愿者姓名'],
  gender: ['性别'],
  unit: ['派出单位', '单位', '工作单位', '所在单位', '原单位', '派出部门', '单位名称'],
  duty: ['职务', '职级', '职务职级', '职务/职级', '现任职务'],
  politics: ['政治面貌'],
  phone: ['联系电话', '手机号', '手机号码', '电话', '手机', '联系方式', '电话号码'],
  community: ['下沉社区', '社区', '所在社区', '服务社区', '包保社区', '下沉点位社区'],
  post: ['认领岗位', '岗位', '服务岗位', '下沉岗位', '工作岗位'],
  role: ['身份', '人员身份', '人员类别', '类别'],
  arrivedOn: ['报到日期', '到岗日期', '报到时间', '下沉日期', '到岗时间'],
  leftOn: ['离开日期', '离岗日期', '撤离日期', '离开时间'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '证件号码', '身份证'],
  note: ['备注', '说明'],
};

/** Columns that are only row numbers. */
const SKIPPED = new Set(['序号', '编号']);

const BY_WORD = new Map<string, CadreField>();
for (const [field, words] of Object.entries(SYNONYMS) as [CadreField, string[]][]) {
  for (const word of words) BY_WORD.set(cleanHeader(word), field);
}

/** The field a header names, or null. */
export function cadreField(header: string): CadreField | null {
  return BY_WORD.get(cleanHeader(header)) ?? null;
}

/** For header detection: a known column name, 序号 included. */
export function isCadreHeader(cleaned: string): boolean {
  return BY_WORD.has(cleaned) || SKIPPED.has(cleaned);
}
