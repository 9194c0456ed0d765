import { EXTRA_TARGET, SKIP_TARGET, type ColumnMapping } from '../../../../shared/domain/excel/imports';
import type { EntryDraft } from '../../../../shared/domain/ledgers/validate';
import { isLongInteger, plainNumberText } from '../read/numberText';
import type { CompactCell } from './compactRows';
import { ownValue, setOwn } from './own';

/** A row as the validators take it, and which column each value came from. */
export interface RowDraft {
  draft: EntryDraft & { fields: Record<string, unknown>; extra: Record<string, string> };
  /** Target -> the columns it was read from. */
  sources: Map<string, number[]>;
}

/** A kept cell as text: numbers as their plain digits (an ID stored as a number keeps them all). */
export function compactText(cell: CompactCell): string {
  return cell === undefined ? '' : typeof cell === 'number' ? plainNumberText(cell) : cell;
}

/** The value a cell gives a target: numbers as numbers (a date serial, an amount), the rest as text. */
function cellValue(cell: CompactCell): unknown {
  return typeof cell === 'number' && !isLongInteger(cell) ? cell : compactText(cell);
}

const joinable = new Set(['phones', 'address', 'note']);

export function rowToDraft(cells: CompactCell[], mapping: ColumnMapping[], community: string | null): RowDraft {
  const common: Record<string, unknown> = {};
  const fields: Record<string, unknown> = {};
  const extra: Record<string, string> = {};
  const sources = new Map<string, number[]>();
  for (const { column, header, target } of mapping) {
    const cell = cells[column];
    const text = compactText(cell);
    if (!text.trim()) continue;
    if (target === SKIP_TARGET) continue;
    if (target === EXTRA_TARGET) {
      setOwn(extra, header, text.trim());
      continue;
    }
    const from = sources.get(target);
    if (from) from.push(column);
    else sources.set(target, [column]);
    // An ID number stays text: a number cell gives its digits (and the validator says why it is wrong).
    const value = target === 'idNumber' || target === 'phones' ? text : cellValue(cell);
    if (target.startsWith('fields.')) {
      const key = target.slice('fields.'.length);
      if (ownValue(fields, key) === undefined) setOwn(fields, key, value);
      continue;
    }
    const before = common[target];
    if (before === undefined) common[target] = value;
    else if (joinable.has(target))
      common[target] = `${String(before)}${target === 'phones' ? '/' : '；'}${String(value)}`;
  }
  if (common.community === undefined && community) common.community = community;
  return { draft: { ...common, fields, extra }, sources };
}
