import type { Check } from '../check';
import { parseDate } from '../dates';
import { parseIdNumber } from '../idNumber';
import { cleanPhoneNote, parseLabelledPhones, parsePhone, parsePhones, phoneNotesOf } from '../phone';
import { cleanFreeText, cleanName, cleanText, isBlank } from '../text';
import { parseChoice, parseMultiChoice, parseNumber, parseYesNo } from '../values';
import { parseWeekdays } from '../weekdays';
import { commonFieldLabels } from './common';
import type { FieldDef, FieldValue, FieldValues } from './fields';

/** What a form, an import row or an API call gives for an entry, before validation. */
export interface EntryDraft {
  name?: unknown;
  idNumber?: unknown;
  phones?: unknown;
  /** number -> whose it is, from a form that asks for notes apart; overrides notes written in `phones`. */
  phoneNotes?: unknown;
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
  /** number -> whose it is (本人, 丈夫 …), only numbers that have a note. */
  phoneNotes: Record<string, string>;
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

/** A field's check whose message names the field. */
function named<T>(def: FieldDef, check: Check<T>): Check<T> {
  return check.ok ? check : { ok: false, error: `${def.label}：${check.error}` };
}

/** Checks one value of a kind's field; null when blank and optional. */
export function validateFieldValue(def: FieldDef, raw: unknown): Check<FieldValue | null> {
  const blank = Array.isArray(raw) ? raw.length === 0 : isBlank(raw);
  if (blank) return def.required ? { ok: false, error: `请填写${def.label}` } : { ok: true, value: null };
  switch (def.type) {
    case 'text': {
      const text = cleanFreeText(raw);
      return text.length > TEXT_LIMIT
        ? { ok: false, error: `${def.label}不能超过 ${TEXT_LIMIT} 个字` }
        : { ok: true, value: text };
    }
    case 'number':
      return named(def, parseNumber(raw));
    case 'date':
      return named(def, parseDate(raw));
    case 'choice':
      return parseChoice(raw, def.options ?? [], def.label, def.optionWords);
    case 'multi':
      return parseMultiChoice(raw, def.options ?? [], def.label, def.optionWords);
    case 'phone':
      return named(def, parsePhones(Array.isArray(raw) ? raw.join('/') : raw));
    case 'bool':
      return named(def, parseYesNo(raw, def.optionWords));
    case 'weekdays': {
      if (Array.isArray(raw)) {
        const days = [...new Set(raw as unknown[])].map(Number);
        if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
          return { ok: false, error: `${def.label}：星期应为 1（周一）到 7（周日）` };
        return { ok: true, value: days.sort((a, b) => a - b) };
      }
      const parsed = parseWeekdays(raw);
      return parsed.ok ? { ok: true, value: parsed.value.days } : named(def, parsed);
    }
  }
}

function hasField(defs: FieldDef[], key: string): boolean {
  for (const def of defs) if (def.key === key) return true;
  return false;
}

function hasKeys(record: Record<string, unknown>): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

type CommonTextKey = keyof typeof commonFieldLabels;

/** A common text field, cleaned; its error, if any, goes into `errors`. */
/** Fields written in words: their punctuation is kept as written (see cleanFreeText). */
const FREE_TEXT = new Set<CommonTextKey>(['address', 'cadre', 'note']);

function commonText(errors: Record<string, string>, key: CommonTextKey, raw: unknown, required = false): string {
  const value = key === 'name' ? cleanName(raw) : FREE_TEXT.has(key) ? cleanFreeText(raw) : cleanText(raw);
  if (required && !value) errors[key] = `请填写${commonFieldLabels[key]}`;
  else if (value.length > TEXT_LIMIT) errors[key] = `${commonFieldLabels[key]}不能超过 ${TEXT_LIMIT} 个字`;
  return value;
}

/** Notes given apart from the numbers (number -> note): each number must be one of `phones`; '' removes a note. */
function givenPhoneNotes(
  raw: unknown,
  phones: string[],
  written: Record<string, string>,
): Check<Record<string, string>> {
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, error: '电话备注应为“号码 → 称呼”的对照，如 {"13904312222": "本人"}' };
  const notes = { ...written };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const number = parsePhone(key);
    if (!number.ok || !phones.includes(number.value))
      return {
        ok: false,
        error: `电话备注中的“${key}”不是这条记录的联系电话，请先在联系电话中填写这个号码`,
      };
    const note = cleanPhoneNote(value);
    if (!note.ok) return note;
    if (note.value) notes[number.value] = note.value;
    else delete notes[number.value];
  }
  return { ok: true, value: notes };
}

/** One implementation for the form, the import and the API: every field checked, every error kept. */
export function validateEntry(defs: FieldDef[], draft: EntryDraft, today: string): EntryCheck {
  const errors: Record<string, string> = {};
  const name = commonText(errors, 'name', draft.name, true);
  if (name.length > 40) errors.name = '姓名不能超过 40 个字';

  let id = { idNumber: '', birthDate: '', gender: '女' as '男' | '女' };
  if (isBlank(draft.idNumber)) errors.idNumber = '请填写身份证号';
  else {
    const parsed = parseIdNumber(draft.idNumber, today);
    if (parsed.ok) id = parsed.value;
    else errors.idNumber = parsed.error;
  }

  let phones: string[] = [];
  let phoneNotes: Record<string, string> = {};
  const rawPhones = Array.isArray(draft.phones) ? draft.phones.join('/') : draft.phones;
  if (!isBlank(rawPhones)) {
    const parsed = parseLabelledPhones(rawPhones);
    if (parsed.ok) {
      phones = parsed.value.map((p) => p.number);
      phoneNotes = phoneNotesOf(parsed.value);
    } else errors.phones = parsed.error;
  }
  if (draft.phoneNotes !== undefined && draft.phoneNotes !== null && !errors.phones) {
    const given = givenPhoneNotes(draft.phoneNotes, phones, phoneNotes);
    if (given.ok) phoneNotes = given.value;
    else errors.phones = given.error;
  }

  const community = commonText(errors, 'community', draft.community, true);
  const grid = commonText(errors, 'grid', draft.grid) || null;
  const address = commonText(errors, 'address', draft.address);
  const cadre = commonText(errors, 'cadre', draft.cadre);
  const note = commonText(errors, 'note', draft.note);

  const fields: FieldValues = {};
  const given = draft.fields ?? {};
  for (const def of defs) {
    const checked = validateFieldValue(def, given[def.key]);
    if (!checked.ok) errors[fieldErrorKey(def.key)] = checked.error;
    else if (checked.value !== null) fields[def.key] = checked.value;
  }
  for (const key of Object.keys(given)) {
    if (!hasField(defs, key)) errors[fieldErrorKey(key)] = `这个台账没有“${key}”这一项`;
  }

  const extra: Record<string, string> = {};
  const givenExtra = draft.extra ?? {};
  for (const header of Object.keys(givenExtra)) {
    const cleaned = cleanFreeText(givenExtra[header]);
    if (cleaned) extra[cleanText(header)] = cleaned;
  }

  if (hasKeys(errors)) return { ok: false, errors };
  const { idNumber, birthDate, gender } = id;
  return {
    ok: true,
    value: {
      name,
      idNumber,
      birthDate,
      gender,
      phones,
      phoneNotes,
      community,
      grid,
      address,
      cadre,
      note,
      fields,
      extra,
    },
  };
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
