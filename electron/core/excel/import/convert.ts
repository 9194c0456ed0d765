import { EXTRA_TARGET, SKIP_TARGET, type ColumnMapping } from '../../../../shared/domain/excel/imports';
import type { FieldDef } from '../../../../shared/domain/ledgers/fields';
import type { EntryDraft } from '../../../../shared/domain/ledgers/validate';
import { isLongInteger, plainNumberText } from '../read/numberText';
import { compactText, type CompactCell } from './compactRows';
import { ownValue, setOwn } from './own';
import { mapCellValue, type ColumnValues } from './values';

/** A row as the validators take it, and what it was made from. */
export interface RowDraft {
  draft: EntryDraft & { fields: Record<string, unknown>; extra: Record<string, string> };
  cells: CompactCell[];
  mapping: ColumnMapping[];
}

const joinable = new Set(['phones', 'address', 'note']);

/** Whether a mapped cell gives its target a value: skipped, extra and blank cells give none. */
function givesValue(cell: CompactCell, target: string): boolean {
  return target !== SKIP_TARGET && target !== EXTRA_TARGET && compactText(cell).trim() !== '';
}

/** The 值对应 of a sheet's option columns (see values.ts): by column, with the kind's fields. */
export interface ValueMaps {
  defs: FieldDef[];
  byColumn: ReadonlyMap<number, ColumnValues>;
}

export function rowToDraft(
  cells: CompactCell[],
  mapping: ColumnMapping[],
  community: string | null,
  values?: ValueMaps,
): RowDraft {
  const fields: Record<string, unknown> = {};
  const extra: Record<string, string> = {};
  // A column mapped to "fields" itself finds it taken, like any target given twice.
  const draft: RowDraft['draft'] & Record<string, unknown> = { fields, extra };
  for (const { column, header, target } of mapping) {
    const cell = cells[column];
    if (cell === undefined) continue;
    const text = typeof cell === 'number' ? plainNumberText(cell) : cell;
    const trimmed = text.trim();
    if (!trimmed || target === SKIP_TARGET) continue;
    if (target === EXTRA_TARGET) {
      setOwn(extra, header, trimmed);
      continue;
    }
    // Numbers stay numbers (a date serial, an amount), but an ID number or a phone stays text,
    // as does a long integer (an ID stored as a number gives its digits, and the validator says why).
    const value =
      typeof cell === 'number' && target !== 'idNumber' && target !== 'phones' && !isLongInteger(cell) ? cell : text;
    if (target.startsWith('fields.')) {
      const key = target.slice('fields.'.length);
      if (ownValue(fields, key) !== undefined) continue;
      const map = values?.byColumn.get(column);
      const def = map && values!.defs.find((d) => d.key === key);
      const mapped = def ? mapCellValue(def, trimmed, map!) : null;
      if (!mapped) setOwn(fields, key, value);
      else {
        if (mapped.value) setOwn(fields, key, mapped.value);
        if (mapped.extra) setOwn(extra, header, mapped.extra);
      }
      continue;
    }
    const before = draft[target];
    if (before === undefined) draft[target] = value;
    else if (joinable.has(target))
      draft[target] = `${String(before)}${target === 'phones' ? '/' : '；'}${String(value)}`;
  }
  if (draft.community === undefined && community) draft.community = community;
  return { draft, cells, mapping };
}

/**
 * The first column a target's value was read from, else the first mapped to it (its value is missing);
 * -1 when none (the community given for the sheet).
 */
export function sourceColumn({ cells, mapping }: RowDraft, target: string): number {
  for (const m of mapping) if (m.target === target && givesValue(cells[m.column], target)) return m.column;
  // A value missing from its column is that column's fault.
  if (target === SKIP_TARGET || target === EXTRA_TARGET) return -1;
  return mapping.find((m) => m.target === target)?.column ?? -1;
}
