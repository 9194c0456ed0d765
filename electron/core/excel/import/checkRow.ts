import { fieldErrorKey, validateEntry, type ValidEntry } from '../../../../shared/domain/ledgers/validate';
import { commonFieldLabels } from '../../../../shared/domain/ledgers/common';
import type { FieldDef } from '../../../../shared/domain/ledgers/fields';
import { sourceColumn, type RowDraft } from './convert';
import type { SearchColumns } from './entryColumns';
import { setOwn } from './own';

export interface CheckedRow {
  entry: ValidEntry | null;
  /** Column index -> message; any error stops the row. */
  errors: Readonly<Record<number, string>>;
  /** Values not kept (their text saved in extra instead), by column. */
  warnings: readonly { column: number; message: string }[];
  /** The entry's search columns, when made ahead of the commit (speculate.ts, prepareSearch in insertRows.ts). */
  search?: SearchColumns;
  /** The entry's number in the import's staging table (staging.ts), when staged with those search columns. */
  staged?: number;
}

/** Shared by the rows that have none, as most have: a hundred thousand rows are checked at a time. */
const NO_ERRORS: Readonly<Record<number, string>> = Object.freeze({});
const NO_WARNINGS: CheckedRow['warnings'] = Object.freeze([]);

/** Without these a row cannot be an entry at all. */
const vital = new Set(['name', 'idNumber', 'community']);

function labelOf(key: string, defs: FieldDef[]): string {
  return (
    (commonFieldLabels as Record<string, string>)[key] ?? defs.find((d) => fieldErrorKey(d.key) === key)?.label ?? key
  );
}

/**
 * The shared validators decide. A bad name, ID number, community or required field stops the row.
 * A bad optional value is not stored — never a wrong value — but its text is kept in extra under
 * its column's header, and the row goes in with a warning.
 */
export function checkRow(row: RowDraft, defs: FieldDef[], headers: Map<number, string>, today: string): CheckedRow {
  const { draft } = row;
  const first = validateEntry(defs, draft, today);
  if (first.ok) return { entry: first.value, errors: NO_ERRORS, warnings: NO_WARNINGS };

  const errors: Record<number, string> = {};
  const warnings: { column: number; message: string }[] = [];
  const fields = { ...draft.fields };
  const extra = { ...draft.extra };
  const retry = { ...draft, fields, extra };
  const column = (key: string) => sourceColumn(row, key);
  for (const [key, message] of Object.entries(first.errors)) {
    const required =
      vital.has(key) || (key.startsWith('fields.') && defs.find((d) => fieldErrorKey(d.key) === key)?.required);
    const label = labelOf(key, defs);
    const text = message.includes(label) ? message : `${label}：${message}`;
    if (required) {
      errors[column(key)] = text;
      continue;
    }
    const header = headers.get(column(key)) ?? label;
    const original = key.startsWith('fields.') ? fields[key.slice(7)] : (retry as Record<string, unknown>)[key];
    if (key.startsWith('fields.')) delete fields[key.slice(7)];
    else delete (retry as Record<string, unknown>)[key];
    if (original !== undefined && original !== '') setOwn(extra, header, String(original));
    warnings.push({ column: column(key), message: `${text}；此项未保存，原值留在“其他信息”的“${header}”中` });
  }
  if (Object.keys(errors).length > 0) return { entry: null, errors, warnings: NO_WARNINGS };
  const second = validateEntry(defs, retry, today);
  if (second.ok) return { entry: second.value, errors: NO_ERRORS, warnings };
  for (const [key, message] of Object.entries(second.errors)) errors[column(key)] = message;
  return { entry: null, errors, warnings };
}
