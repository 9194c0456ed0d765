import type { Input } from '../../../../../shared/contract';
import type { FieldDef, FieldType } from '../../../../../shared/domain/ledgers/fields';
import type { LedgerKind } from '../../../../../shared/domain/ledgers/types';

/** One row of the field list editor. `key` is kept for fields that already exist. */
export interface FieldDraft {
  key?: string;
  label: string;
  type: FieldType;
  options?: string[];
  required?: boolean;
}

export interface KindDraft {
  name: string;
  fields: FieldDraft[];
}

export const hasOptions = (type: FieldType | undefined) => type === 'choice' || type === 'multi';

export const newField = (): FieldDraft => ({ label: '', type: 'text', options: [], required: false });

export function draftOf(kind: LedgerKind | null): KindDraft {
  if (!kind) return { name: '', fields: [newField()] };
  return {
    name: kind.name,
    fields: kind.fields.map((f: FieldDef) => ({
      key: f.key,
      label: f.label,
      type: f.type,
      options: f.options ?? [],
      required: f.required ?? false,
    })),
  };
}

/** What kinds.add / kinds.update take: options only for choice fields, no key for new fields. */
export function fieldInputs(draft: KindDraft): Input<'kinds.add'>['fields'] {
  return (draft.fields ?? []).map((f) => ({
    ...(f.key ? { key: f.key } : {}),
    label: f.label.trim(),
    type: f.type,
    ...(hasOptions(f.type) ? { options: (f.options ?? []).map((o) => o.trim()).filter(Boolean) } : {}),
    ...(f.required ? { required: true } : {}),
  }));
}
