import type { Check } from '../check';
import { parseDate } from '../dates';
import { parseIdNumber } from '../idNumber';
import { parsePhones } from '../phone';
import { cleanName, cleanText, isBlank } from '../text';
import { parseChoice, parseMultiChoice, parseNumber, parseYesNo } from '../values';
import { parseWeekdays } from '../weekdays';
import { commonFieldLabels } from './common';
import type { FieldDef, FieldValue, FieldValues } from './fields';

/** What a form, an import row or an API call gives for an entry, before validation. */
export interface EntryDraft {
  name?: unknown;
  idNumber?: unknown;
  phones?: unknown;
  community?: unknown;
  grid?: unknown;
  address?: unknown;
  cadre?: unknown;
  note?: unknown;
  fields?: Record<string, unknown>;
  extra?: Record<string, unknown>;
}

export interface ValidEntry {
  name: string;
  idNumber: string;
  gender: '男' | '女';
  birthDate: string;
  phones: string[];
  community: string;
  grid: string | null;
  address: string;
  cadre: string;
  note: string;
  fields: FieldValues;
  extra: Record<string, string>;
}

export type EntryCheck = { ok: true; value: ValidEntry } | { ok: false; errors: Record<string, string> };

const TEXT_LIMIT = 500;

/** The error key of a kind field in a form or a message: fields.<key>. */
export const fieldErrorKey = (key: string) => `fields.${key}`;

/** Checks one value of a kind's field; null when blank and optional. */
export function validateFieldValue(def: FieldDef, raw: unknown): Check<FieldValue | null> {
  const blank = Array.isArray(raw) ? raw.length === 0 : isBlank(raw);
  if (blank) return def.required ? { ok: false, error: `请填写${def.label}` } : { ok: true, value: null };
  const named = <T>(check: Check<T>): Check<T> =>
    check.ok ? check : { ok: false, error: `${def.label}：${check.error}` };
  switch (def.type) {
    case 'text': {
      const text = cleanText(raw);
      return text.length > TEXT_LIMIT
        ? { ok: false, error: `${def.label}不能超过 ${TEXT_LIMIT} 个字` }
        : { ok: true, value: text };
    }
    case 'number':
      return named(parseNumber(raw));
    case 'date':
      return named(parseDate(raw));
    case 'choice':
      return parseChoice(raw, def.options ?? [], def.label);
    case 'multi':
      return parseMultiChoice(raw, def.options ?? [], def.label);
    case 'phone':
      return named(parsePhones(Array.isArray(raw) ? raw.join('/') : raw));
    case 'bool':
      return named(parseYesNo(raw));
    case 'weekdays': {
      if (Array.isArray(raw)) {
        const days = [...new Set(raw as unknown[])].map(Number);
        if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
          return { ok: false, error: `${def.label}：星期应为 1（周一）到 7（周日）` };
        return { ok: true, value: days.sort((a, b) => a - b) };
      }
      const parsed = parseWeekdays(raw);
      return parsed.ok ? { ok: true, value: parsed.value.days } : named(parsed);
    }
  }
}

/** One implementation for the form, the import and the API: every field checked, every error kept. */
export function validateEntry(defs: FieldDef[], draft: EntryDraft, today: string): EntryCheck {
  const errors: Record<string, string> = {};
  const text = (key: keyof typeof commonFieldLabels, raw: unknown, required = false): string => {
    const value = key === 'name' ? cleanName(raw) : cleanText(raw);
    if (required && !value) errors[key] = `请填写${commonFieldLabels[key]}`;
    else if (value.length > TEXT_LIMIT) errors[key] = `${commonFieldLabels[key]}不能超过 ${TEXT_LIMIT} 个字`;
    return value;
  };

  const name = text('name', draft.name, true);
  if (name.length > 40) errors.name = '姓名不能超过 40 个字';

  let id = { idNumber: '', birthDate: '', gender: '女' as '男' | '女' };
  if (isBlank(draft.idNumber)) errors.idNumber = '请填写身份证号';
  else {
    const parsed = parseIdNumber(draft.idNumber, today);
    if (parsed.ok) id = parsed.value;
    else errors.idNumber = parsed.error;
  }

  let phones: string[] = [];
  const rawPhones = Array.isArray(draft.phones) ? draft.phones.join('/') : draft.phones;
  if (!isBlank(rawPhones)) {
    const parsed = parsePhones(rawPhones);
    if (parsed.ok) phones = parsed.value;
    else errors.phones = parsed.error;
  }

  const community = text('community', draft.community, true);
  const grid = text('grid', draft.grid) || null;
  const address = text('address', draft.address);
  const cadre = text('cadre', draft.cadre);
  const note = text('note', draft.note);

  const fields: FieldValues = {};
  const given = draft.fields ?? {};
  for (const def of defs) {
    const checked = validateFieldValue(def, given[def.key]);
    if (!checked.ok) errors[fieldErrorKey(def.key)] = checked.error;
    else if (checked.value !== null) fields[def.key] = checked.value;
  }
  for (const key of Object.keys(given)) {
    if (!defs.some((d) => d.key === key)) errors[fieldErrorKey(key)] = `这个台账没有“${key}”这一项`;
  }

  const extra: Record<string, string> = {};
  for (const [header, value] of Object.entries(draft.extra ?? {})) {
    const cleaned = cleanText(value);
    if (cleaned) extra[cleanText(header)] = cleaned;
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { name, ...id, phones, community, grid, address, cadre, note, fields, extra } };
}

/** "身份证号：…；联系电话：…" for a message that lists every problem of an entry. */
export function describeEntryErrors(errors: Record<string, string>, defs: FieldDef[]): string {
  return Object.entries(errors)
    .map(([key, message]) => {
      const label =
        (commonFieldLabels as Record<string, string>)[key] ??
        defs.find((d) => fieldErrorKey(d.key) === key)?.label ??
        key;
      return message.includes(label) ? message : `${label}：${message}`;
    })
    .join('；');
}
