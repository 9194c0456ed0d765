/**
 * 值对应: the values of option columns (单选, 多选, 是/否) that are none of the field's options
 * nor a word for one. The wizard lists each with its count for the user to map to an option or
 * to 其他信息; the preview then reads the column through that map. A value the import keeps in
 * 其他信息 by an earlier choice (FieldDef.otherWords) is listed as remembered, and is applied
 * without asking where no choice is given (the command line).
 */
import {
  EXTRA_TARGET,
  type ColumnMapping,
  type ValueColumn,
  type ValueMap,
} from '../../../../shared/domain/excel/imports';
import type { FieldDef } from '../../../../shared/domain/ledgers/fields';
import { validateFieldValue } from '../../../../shared/domain/ledgers/validate';
import { fieldOptions, isOptionField, isOtherWord, wordKey } from '../../../../shared/domain/options';
import { multiChoicePieces } from '../../../../shared/domain/values';
import { compactText, type CompactCell } from './compactRows';

type OptionDef = FieldDef & { type: 'choice' | 'multi' | 'bool' };

/** The values of a cell as the field reads them: one, or for 多选 each piece (as validation splits it). */
export function valuesOf(def: FieldDef, text: string): string[] {
  if (def.type === 'multi') return multiChoicePieces(text, def.options ?? [], def.optionWords);
  const trimmed = text.trim();
  return trimmed ? [trimmed] : [];
}

/** True when the field takes the value as it is (an option, or a word for one). */
const known = (def: FieldDef, value: string) => validateFieldValue({ ...def, required: false }, value).ok;

/** The option fields a mapping feeds, by column. */
function optionColumns(
  mapping: ColumnMapping[],
  defs: FieldDef[],
): { column: number; header: string; def: OptionDef }[] {
  return mapping.flatMap(({ column, header, target }) => {
    if (!target.startsWith('fields.')) return [];
    const def = defs.find((d) => `fields.${d.key}` === target);
    return def && isOptionField(def) ? [{ column, header, def }] : [];
  });
}

/** The sheets as the preview will read them: each one's mapping and the cells of its data rows. */
export interface ValueSource {
  sheet: string;
  mapping: ColumnMapping[];
  rows: Iterable<readonly CompactCell[]>;
}

/** Per option column mapped in any sheet, the values that are not options, most frequent first. */
export function unknownValues(sources: ValueSource[], defs: FieldDef[]): ValueColumn[] {
  const byTarget = new Map<string, { def: OptionDef; sources: string[]; counts: Map<string, number> }>();
  for (const source of sources) {
    const columns = optionColumns(source.mapping, defs);
    if (columns.length === 0) continue;
    const found = columns.map(({ header, def }) => {
      const target = `fields.${def.key}`;
      let entry = byTarget.get(target);
      if (!entry) byTarget.set(target, (entry = { def, sources: [], counts: new Map() }));
      entry.sources.push(`${source.sheet}：${header}`);
      return entry;
    });
    // Most cells repeat a few values: each distinct text is judged once.
    const judged = columns.map(() => new Map<string, string[]>());
    for (const cells of source.rows) {
      columns.forEach(({ column, def }, i) => {
        const text = compactText(cells[column]).trim();
        if (!text) return;
        let unknown = judged[i]!.get(text);
        if (!unknown) judged[i]!.set(text, (unknown = valuesOf(def, text).filter((v) => !known(def, v))));
        for (const value of unknown) found[i]!.counts.set(value, (found[i]!.counts.get(value) ?? 0) + 1);
      });
    }
  }
  return [...byTarget.entries()]
    .filter(([, entry]) => entry.counts.size > 0)
    .map(([target, { def, sources, counts }]) => ({
      target,
      label: def.label,
      type: def.type,
      options: [...fieldOptions(def)],
      sources,
      values: [...counts.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'))
        .map(([value, count]) => {
          const remembered = isOtherWord(def, value);
          return { value, count, choice: remembered ? EXTRA_TARGET : null, remembered };
        }),
    }));
}

/** For one column: a value's wordKey -> an option, or EXTRA_TARGET. */
export type ColumnValues = ReadonlyMap<string, string>;

/**
 * The value maps of a sheet's option columns, by column: the user's choices over the remembered
 * ones (FieldDef.otherWords). Empty when there is nothing to map.
 */
export function columnValueMaps(
  mapping: ColumnMapping[],
  defs: FieldDef[],
  chosen: ValueMap = {},
): Map<number, ColumnValues> {
  const maps = new Map<number, ColumnValues>();
  for (const { column, def } of optionColumns(mapping, defs)) {
    const map = new Map<string, string>();
    for (const word of def.otherWords ?? []) map.set(wordKey(word), EXTRA_TARGET);
    const given = chosen[`fields.${def.key}`];
    if (given) for (const [value, choice] of Object.entries(given)) map.set(wordKey(value), choice);
    if (map.size > 0) maps.set(column, map);
  }
  return maps;
}

/**
 * A cell's value read through its column's value map: the options it stands for, and the text
 * kept in 其他信息 instead (the pieces mapped there). null when the map does not apply.
 */
export function mapCellValue(def: FieldDef, text: string, map: ColumnValues): { value: string; extra: string } | null {
  const values = valuesOf(def, text);
  if (!values.some((v) => map.has(wordKey(v)))) return null;
  const kept: string[] = [];
  const extra: string[] = [];
  for (const value of values) {
    const choice = map.get(wordKey(value));
    if (choice === EXTRA_TARGET) extra.push(value);
    else kept.push(choice ?? value);
  }
  return { value: kept.join('、'), extra: extra.join('、') };
}
