/** Stored values as the cells of an exported workbook. */
import { formatDate, splitDate } from '../../../../shared/domain/dates';
import type { FieldDef, FieldValue } from '../../../../shared/domain/ledgers/fields';
import { formatWeekdays } from '../../../../shared/domain/weekdays';

/** What a cell holds: text, a number, or a calendar day (a Date at UTC midnight). */
export type ExportValue = string | number | Date | null;

/**
 * A real date cell for 'YYYY-MM-DD'. exceljs writes a Date as a serial counted in UTC, so the
 * day is built with Date.UTC and never with local-time constructors. Anything that is not a
 * calendar date stays as the text it is.
 */
export function dateValue(text: unknown): ExportValue {
  if (typeof text !== 'string' || text === '') return null;
  const parts = splitDate(text);
  return parts ? new Date(Date.UTC(parts.y, parts.m - 1, parts.d)) : text;
}

const joined = (value: FieldValue, separator: string): string =>
  Array.isArray(value) ? value.map(String).join(separator) : String(value);

/** A kind field's stored value as a cell: dates as dates, numbers as numbers, the rest as text. */
export function fieldValue(def: FieldDef, value: FieldValue | undefined): ExportValue {
  if (value === undefined || value === null || value === '') return null;
  switch (def.type) {
    case 'date':
      return dateValue(value);
    case 'number':
      return typeof value === 'number' ? value : String(value);
    case 'bool':
      return typeof value === 'boolean' ? (value ? '是' : '否') : String(value);
    case 'weekdays':
      // 每日 is never stored (it is an empty set), so empty stays empty.
      return Array.isArray(value) ? formatWeekdays(value.map(Number)) || null : String(value);
    case 'phone':
      return joined(value, '/') || null;
    case 'multi':
      return joined(value, '、') || null;
    case 'text':
    case 'choice':
      return joined(value, '、');
  }
}

/** The text a cell shows, for fitting the column's width. */
export function shownText(value: ExportValue): string {
  if (value === null) return '';
  if (value instanceof Date) return formatDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  return String(value);
}
