/** One implementation of the registry's rules, for the form, the import and the API. */
import { parseDate } from '../dates';
import { parseIdNumber } from '../idNumber';
import { parsePhone } from '../phone';
import { cleanName, cleanText, isBlank, quote } from '../text';
import { CADRE_ROLES, POLITICS, type CadreRole, type Politics } from './types';

/** What a form, an import row or an API call gives for a person, before validation. */
export interface CadreDraft {
  name?: unknown;
  gender?: unknown;
  phone?: unknown;
  unit?: unknown;
  duty?: unknown;
  politics?: unknown;
  community?: unknown;
  post?: unknown;
  role?: unknown;
  arrivedOn?: unknown;
  leftOn?: unknown;
  idNumber?: unknown;
  note?: unknown;
}

export interface ValidCadre {
  name: string;
  gender: '男' | '女' | null;
  phone: string | null;
  unit: string;
  duty: string;
  politics: Politics;
  community: string | null;
  post: string;
  role: CadreRole;
  arrivedOn: string | null;
  leftOn: string | null;
  idNumber: string | null;
  note: string;
}

export type CadreCheck = { ok: true; value: ValidCadre } | { ok: false; errors: Record<string, string> };

export const cadreFieldLabels: Record<keyof ValidCadre, string> = {
  name: '姓名',
  gender: '性别',
  phone: '联系电话',
  unit: '派出单位',
  duty: '职务',
  politics: '政治面貌',
  community: '下沉社区',
  post: '认领岗位',
  role: '身份',
  arrivedOn: '报到日期',
  leftOn: '离开日期',
  idNumber: '身份证号',
  note: '备注',
};

/** The words people write for each 政治面貌. */
const POLITICS_WORDS: Record<string, Politics> = {
  中共党员: '中共党员',
  党员: '中共党员',
  共产党员: '中共党员',
  中国共产党党员: '中共党员',
  中共预备党员: '中共预备党员',
  预备党员: '中共预备党员',
  中国共产党预备党员: '中共预备党员',
  共青团员: '共青团员',
  团员: '共青团员',
  中国共产主义青年团团员: '共青团员',
  群众: '群众',
};

const ROLE_WORDS: Record<string, CadreRole> = {
  下沉干部: '下沉干部',
  干部: '下沉干部',
  志愿者: '志愿者',
  社区志愿者: '志愿者',
  社区工作者: '社区工作者',
  社工: '社区工作者',
  社区干部: '社区工作者',
};

const GENDER_WORDS: Record<string, '男' | '女'> = { 男: '男', 男性: '男', 女: '女', 女性: '女' };

const LIMITS: Partial<Record<keyof ValidCadre, number>> = { unit: 60, duty: 40, community: 30, post: 40, note: 500 };

/** Checks every field and keeps every error, keyed by field. `today` bounds ID birth dates. */
export function validateCadre(draft: CadreDraft, today: string): CadreCheck {
  const errors: Record<string, string> = {};
  const text = (key: keyof ValidCadre): string => {
    const value = cleanText(draft[key]);
    const max = LIMITS[key] ?? 100;
    if (value.length > max) errors[key] = `${cadreFieldLabels[key]}不能超过 ${max} 个字`;
    return value;
  };
  const word = <T extends string>(
    key: keyof ValidCadre,
    words: Record<string, T>,
    fallback: T,
    options: readonly string[],
  ): T => {
    const raw = cleanText(draft[key]).replace(/\s/g, '');
    if (!raw) return fallback;
    const found = words[raw];
    if (!found) errors[key] = `${cadreFieldLabels[key]}${quote(raw)}无法识别，请填写：${options.join('、')} 之一`;
    return found ?? fallback;
  };

  const name = cleanName(draft.name);
  if (!name) errors.name = '请填写姓名';
  else if (name.length > 40) errors.name = '姓名不能超过 40 个字';

  let gender: '男' | '女' | null = null;
  if (!isBlank(draft.gender)) gender = word('gender', GENDER_WORDS, '男', ['男', '女']);

  let idNumber: string | null = null;
  if (!isBlank(draft.idNumber)) {
    const parsed = parseIdNumber(draft.idNumber, today);
    if (!parsed.ok) errors.idNumber = parsed.error;
    else {
      idNumber = parsed.value.idNumber;
      if (gender && !errors.gender && gender !== parsed.value.gender) {
        errors.gender = `性别填的是“${gender}”，但身份证号显示为“${parsed.value.gender}”，请核对`;
      }
      gender = parsed.value.gender;
    }
  }

  let phone: string | null = null;
  if (!isBlank(draft.phone)) {
    const parsed = parsePhone(draft.phone);
    if (parsed.ok) phone = parsed.value;
    else errors.phone = parsed.error;
  }

  const date = (key: 'arrivedOn' | 'leftOn'): string | null => {
    if (isBlank(draft[key])) return null;
    const parsed = parseDate(draft[key]);
    if (parsed.ok) return parsed.value;
    errors[key] = `${cadreFieldLabels[key]}：${parsed.error}`;
    return null;
  };
  const arrivedOn = date('arrivedOn');
  const leftOn = date('leftOn');
  if (arrivedOn && leftOn && leftOn < arrivedOn) {
    errors.leftOn = `离开日期 ${leftOn} 早于报到日期 ${arrivedOn}，请核对`;
  }

  const value: ValidCadre = {
    name,
    gender,
    phone,
    unit: text('unit'),
    duty: text('duty'),
    politics: word('politics', POLITICS_WORDS, '群众', POLITICS),
    community: text('community') || null,
    post: text('post'),
    role: word('role', ROLE_WORDS, '下沉干部', CADRE_ROLES),
    arrivedOn,
    leftOn,
    idNumber,
    note: text('note'),
  };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

/** "联系电话：…；身份证号：…" for a message that lists every problem of a person. */
export function describeCadreErrors(errors: Record<string, string>): string {
  return Object.entries(errors)
    .map(([key, message]) => {
      const label = cadreFieldLabels[key as keyof ValidCadre] ?? key;
      return message.includes(label) ? message : `${label}：${message}`;
    })
    .join('；');
}
