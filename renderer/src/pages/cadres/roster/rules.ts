import type { Rule } from 'antd/es/form';
import { todayText } from '../../../../../shared/domain/dates';
import { validateCadre, type CadreDraft } from '../../../../../shared/domain/cadres/validate';

/**
 * The server's own rule for one field, as the user types: validateCadre on a draft holding this
 * value (and the fields it is checked against), keeping only this field's message.
 */
export function cadreRule(key: keyof CadreDraft, others: (keyof CadreDraft)[] = []): Rule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      const draft: CadreDraft = { name: '某', [key]: value };
      for (const other of others) draft[other] = getFieldValue(other);
      if (key === 'name') draft.name = value;
      const checked = validateCadre(draft, todayText(new Date()));
      const error = checked.ok ? undefined : checked.errors[key];
      if (error) throw new Error(error);
    },
  });
}
