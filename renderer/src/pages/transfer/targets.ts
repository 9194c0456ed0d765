import { EXTRA_TARGET, SKIP_TARGET } from '../../../../shared/domain/excel/imports';
import { commonFieldLabels } from '../../../../shared/domain/ledgers/common';
import type { LedgerKind } from '../../../../shared/domain/ledgers/types';

/** The common fields a column can fill, in the order the form shows them. */
const COMMON_TARGETS = ['name', 'idNumber', 'phones', 'community', 'grid', 'address', 'cadre', 'note'] as const;

/** Fields that take one column: a second column for them is ignored (phones, address and note are joined). */
const SINGLE = new Set(['name', 'idNumber', 'community', 'grid', 'cadre']);

export interface TargetGroup {
  label: string;
  options: { value: string; label: string }[];
}

export function targetGroups(kind: LedgerKind): TargetGroup[] {
  return [
    { label: '通用项目', options: COMMON_TARGETS.map((key) => ({ value: key, label: commonFieldLabels[key] })) },
    ...(kind.fields.length
      ? [{ label: `${kind.name}项目`, options: kind.fields.map((f) => ({ value: `fields.${f.key}`, label: f.label })) }]
      : []),
    {
      label: '其他',
      options: [
        { value: EXTRA_TARGET, label: '保存到其他信息' },
        { value: SKIP_TARGET, label: '不导入' },
      ],
    },
  ];
}

export function targetLabel(kind: LedgerKind, target: string): string {
  for (const group of targetGroups(kind)) {
    const option = group.options.find((o) => o.value === target);
    if (option) return option.label;
  }
  return target;
}

/** Targets that fill one field but were given several columns: only the first column's value is kept. */
export function doubledTargets(targets: string[]): string[] {
  const seen = new Map<string, number>();
  for (const t of targets) seen.set(t, (seen.get(t) ?? 0) + 1);
  return [...seen.entries()].filter(([t, n]) => n > 1 && (SINGLE.has(t) || t.startsWith('fields.'))).map(([t]) => t);
}
