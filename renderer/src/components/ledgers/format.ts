import { diffDays, isDateText } from '../../../../shared/domain/dates';
import type { FieldDef, FieldValue } from '../../../../shared/domain/ledgers/fields';
import type { Entry, ServiceSummary } from '../../../../shared/domain/ledgers/types';
import { formatGestationalAge, gestationalAge } from '../../../../shared/domain/pregnancy';
import { formatWeekdays } from '../../../../shared/domain/weekdays';

/** Whole years from a birth date ('YYYY-MM-DD') to `today`; null when either is not a date. */
export function ageOn(birthDate: string, today: string): number | null {
  if (!isDateText(birthDate) || !isDateText(today) || diffDays(today, birthDate) < 0) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** A kind field's value as one line of text: weekdays 周一、三、五, bool 是/否, lists joined by 、. */
export function formatFieldValue(def: FieldDef, value: FieldValue | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (def.type === 'weekdays' && Array.isArray(value)) return formatWeekdays(value.map(Number));
  if (def.type === 'bool' || typeof value === 'boolean')
    return value === true ? '是' : value === false ? '否' : String(value);
  if (Array.isArray(value)) return value.join('、');
  return String(value);
}

/** '孕 32 周 + 3 天' on `today`, computed from the entry's due date or last menstrual date. */
export function gestationText(entry: Pick<Entry, 'fields'>, today: string): string {
  const text = (v: FieldValue | undefined) => (typeof v === 'string' ? v : null);
  return formatGestationalAge(
    gestationalAge(today, {
      dueDate: text(entry.fields.dueDate),
      lastMenstrualDate: text(entry.fields.lastMenstrualDate),
    }),
  );
}

/** '2024-05-01 走访' for a table cell. */
export function serviceShort(service: ServiceSummary | null): string {
  return service ? `${service.at.slice(0, 10)} ${service.type}` : '';
}

/** '已结案（迁出）' or '在册'. */
export function statusText(entry: Pick<Entry, 'status' | 'closeReason'>): string {
  return entry.status === '已结案' ? `已结案${entry.closeReason ? `（${entry.closeReason}）` : ''}` : entry.status;
}
