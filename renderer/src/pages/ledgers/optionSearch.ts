import type { FieldDef } from '../../../../shared/domain/ledgers/fields';
import { optionMatchesInput } from '../../../../shared/domain/options';

/**
 * The showSearch of a select of a field's options: typing an option's name or one of its words
 * (血液透析 for 血透, 有 for 是) finds it. One rule for the entry form and the filters.
 * `optionOf` gives the option a select's value stands for (true/false → 是/否 for a 是/否 field).
 */
export function optionSearch(
  def: Pick<FieldDef, 'type' | 'optionWords'>,
  optionOf: (value: unknown) => string = (value) => String(value ?? ''),
) {
  return {
    filterOption: (input: string, option?: { value?: unknown }) =>
      option !== undefined && optionMatchesInput(def, optionOf(option.value), input),
  };
}

/** For a 是/否 field whose select holds true/false (or 'true'/'false'). */
export const boolOption = (value: unknown) => (value === true || value === 'true' ? '是' : '否');
