import type { Rule } from 'antd/es/form';
import { todayText } from '../../../../shared/domain/dates';
import type { FieldDef } from '../../../../shared/domain/ledgers/fields';
import { validateEntry, validateFieldValue, type EntryDraft } from '../../../../shared/domain/ledgers/validate';

type CommonKey = Exclude<keyof EntryDraft, 'fields' | 'extra'>;

/**
 * The server's own rule for one common field, as the user types: validateEntry is run on a draft
 * holding just this value, and only this field's message is kept.
 */
export function commonRule(key: CommonKey): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const checked = validateEntry([], { [key]: value }, todayText(new Date()));
      const error = checked.ok ? undefined : checked.errors[key];
      if (error) throw new Error(error);
    },
  };
}

/** The server's rule for one field of the kind (validateFieldValue). */
export function fieldRule(def: FieldDef): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const checked = validateFieldValue(def, value);
      if (!checked.ok) throw new Error(checked.error);
    },
  };
}

/** A server error's field key as a form name path: 'fields.dueDate' -> ['fields', 'dueDate']. */
export function errorPath(key: string): string | string[] {
  return key.startsWith('fields.') ? ['fields', key.slice('fields.'.length)] : key;
}
