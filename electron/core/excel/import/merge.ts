import type { MergeStrategy } from '../../../../shared/domain/excel/imports';
import { commonFieldLabels } from '../../../../shared/domain/ledgers/common';
import type { FieldDef } from '../../../../shared/domain/ledgers/fields';
import type { ValidEntry } from '../../../../shared/domain/ledgers/validate';
import { ownValue, setOwn } from './own';

const blank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const mergedCommon = ['name', 'phones', 'community', 'grid', 'address', 'cadre', 'note'] as const;

function pick(strategy: MergeStrategy, mapped: boolean, before: unknown, incoming: unknown): unknown {
  if (!mapped) return before;
  if (strategy === 'overwriteAll') return incoming;
  if (strategy === 'overwriteNonBlank') return blank(incoming) ? before : incoming;
  return blank(before) && !blank(incoming) ? incoming : before;
}

/**
 * An existing entry with a file row laid over it by the chosen strategy. Only what the file has
 * columns for (`mapped` targets) can change; everything else stays as it was.
 */
export function mergeEntry(
  before: ValidEntry,
  incoming: ValidEntry,
  mapped: Set<string>,
  strategy: MergeStrategy,
  defs: FieldDef[],
): { merged: ValidEntry; changes: string[] } {
  const merged: ValidEntry = { ...before, fields: { ...before.fields }, extra: { ...before.extra } };
  const changes: string[] = [];
  for (const key of mergedCommon) {
    const value = pick(strategy, mapped.has(key), before[key], incoming[key]);
    (merged as unknown as Record<string, unknown>)[key] =
      key === 'phones' ? (value ?? []) : key === 'grid' ? (value ?? null) : (value ?? '');
    if (!same(before[key], merged[key])) changes.push(commonFieldLabels[key]);
  }
  // A phone's note goes with the numbers it was given with.
  merged.phoneNotes = merged.phones === incoming.phones ? incoming.phoneNotes : before.phoneNotes;
  if (same(before.phones, merged.phones) && !same(before.phoneNotes, merged.phoneNotes))
    changes.push(commonFieldLabels.phones);
  for (const def of defs) {
    const value = pick(
      strategy,
      mapped.has(`fields.${def.key}`),
      ownValue(before.fields, def.key),
      ownValue(incoming.fields, def.key),
    );
    if (blank(value)) delete merged.fields[def.key];
    else merged.fields[def.key] = value as never;
    if (!same(before.fields[def.key], merged.fields[def.key])) changes.push(def.label);
  }
  for (const [header, value] of Object.entries(incoming.extra)) {
    const was = ownValue(before.extra, header);
    const next = pick(strategy, true, was, value);
    if (blank(next)) delete merged.extra[header];
    else setOwn(merged.extra, header, String(next));
    if (!same(was, ownValue(merged.extra, header))) changes.push(header);
  }
  return { merged, changes };
}
