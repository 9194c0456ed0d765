import { formatWeekdays } from '../../../shared/domain/weekdays';
import type { FieldDef, FieldValue } from '../../../shared/domain/ledgers/fields';
import type { Ctx } from '../context';

/** Text a removed field's value keeps in the entry's extra: 周一、三、五 / 是 / a、b. */
export function valueAsText(field: FieldDef, value: FieldValue): string {
  if (field.type === 'weekdays' && Array.isArray(value)) return formatWeekdays(value as number[]);
  if (field.type === 'bool') return value ? '是' : '否';
  if (Array.isArray(value)) return value.join('、');
  return String(value);
}

/** When a field is removed from a kind in use, its values move to each entry's extra under its label. */
export function moveFieldValuesToExtra(ctx: Ctx, kind: string, field: FieldDef): void {
  const rows = ctx.db
    .prepare('SELECT id, fields, extra FROM entries WHERE kind = ? AND json_extract(fields, ?) IS NOT NULL')
    .all(kind, `$."${field.key}"`) as { id: number; fields: string; extra: string }[];
  const update = ctx.db.prepare('UPDATE entries SET fields = ?, extra = ? WHERE id = ?');
  for (const row of rows) {
    const fields = JSON.parse(row.fields) as Record<string, FieldValue>;
    const extra = JSON.parse(row.extra) as Record<string, string>;
    const label = extra[field.label] === undefined ? field.label : `${field.label}（原字段）`;
    extra[label] = valueAsText(field, fields[field.key]!);
    delete fields[field.key];
    update.run(JSON.stringify(fields), JSON.stringify(extra), row.id);
  }
}
