import { fieldTypeLabels, type FieldDef } from '../../../../../shared/domain/ledgers/fields';
import type { AuditRow, LedgerKind } from '../../../../../shared/domain/ledgers/types';
import { formatWeekdays } from '../../../../../shared/domain/weekdays';

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The logged JSON text as an object; anything else (bad JSON, a bare value) under one key. */
export function parseLogged(text: string | null): Obj | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : { value };
  } catch {
    return { value: text };
  }
}

/** `fields` and `extra` flattened one level: fields.dueDate, extra.原表备注 … */
function flatten(obj: Obj | null): Obj {
  const out: Obj = {};
  for (const [key, value] of Object.entries(obj ?? {})) {
    if ((key === 'fields' || key === 'extra') && isObject(value)) {
      for (const [inner, v] of Object.entries(value)) out[`${key}.${inner}`] = v;
    } else out[key] = value;
  }
  return out;
}

/** Keys that change on every write, or are bookkeeping the reader does not need. */
const NOISE = new Set(['updatedAt', 'nextField', 'builtin', 'entryCount']);

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

export interface DiffLine {
  key: string;
  before: unknown;
  after: unknown;
}

/** The keys whose value differs; for an addition or a removal, every key that holds something. */
export function diffLogged(row: AuditRow): DiffLine[] {
  const before = flatten(parseLogged(row.before));
  const after = flatten(parseLogged(row.after));
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((key) => !NOISE.has(key))
    .filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null))
    .filter((key) => !(isEmpty(before[key]) && isEmpty(after[key])))
    .map((key) => ({ key, before: before[key], after: after[key] }));
}

/** What the row is about, by name: the entry's or community's name, a service's time and type … */
export function subjectName(row: AuditRow): string {
  const obj = parseLogged(row.after) ?? parseLogged(row.before);
  if (!obj) return '';
  if (typeof obj.name === 'string' && obj.name) return obj.name;
  if (row.entity === 'service' && typeof obj.at === 'string')
    return `${obj.at} ${typeof obj.type === 'string' ? obj.type : ''}`.trim();
  if (row.entity === 'settings') return '街道信息';
  return '';
}

function describeField(f: Partial<FieldDef>): string {
  const type = f.type ? (fieldTypeLabels[f.type] ?? f.type) : '';
  const options = f.options?.length ? `：${f.options.join('/')}` : '';
  return `${f.label ?? f.key ?? ''}（${type}${options}${f.required ? '，必填' : ''}）`;
}

/** A logged value as plain text for a table cell (never HTML). */
export function valueText(key: string, value: unknown, weekdayKeys: Set<string>): string {
  if (isEmpty(value)) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) {
    if (weekdayKeys.has(key) && value.every((v) => typeof v === 'number')) return formatWeekdays(value as number[]);
    return value
      .map((v) => {
        if (isObject(v) && typeof v.label === 'string') return describeField(v as Partial<FieldDef>);
        if (isObject(v) && typeof v.name === 'string') return v.name;
        return typeof v === 'string' ? v : JSON.stringify(v);
      })
      .join('、');
  }
  if (isObject(value)) {
    if (typeof value.at === 'string' && typeof value.type === 'string') return `${value.at} ${value.type}`;
    return JSON.stringify(value);
  }
  return String(value);
}

/** The field labels and weekday-typed keys of the kind an audit row's entry belongs to. */
export function kindContext(row: AuditRow, kinds: LedgerKind[] | undefined) {
  const obj = parseLogged(row.after) ?? parseLogged(row.before);
  const kindKey = row.entity === 'entry' && obj && typeof obj.kind === 'string' ? obj.kind : null;
  const kind = kinds?.find((k) => k.key === kindKey);
  const labels: Record<string, string> = Object.fromEntries((kind?.fields ?? []).map((f) => [f.key, f.label]));
  const weekdayKeys = new Set((kind?.fields ?? []).filter((f) => f.type === 'weekdays').map((f) => `fields.${f.key}`));
  weekdayKeys.add('fields.dialysisDays');
  return { labels, weekdayKeys, kindName: (key: string) => kinds?.find((k) => k.key === key)?.name ?? key };
}
