import { Select } from 'antd';
import type { FieldDef } from '../../../../shared/domain/ledgers/fields';
import type { LedgerKind } from '../../../../shared/domain/ledgers/types';
import { isRiskField } from '../../components/ledgers/FieldValueText';
import { RiskTag } from '../../components/ledgers/RiskTag';
import { boolOption, optionSearch } from './optionSearch';

export type FilterValue = string | number | boolean;

const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** The fields a ledger can be filtered by with a select: choices, yes/no, weekdays. */
export function filterableFields(kind: LedgerKind): FieldDef[] {
  return kind.fields.filter((f) => ['choice', 'multi', 'bool', 'weekdays'].includes(f.type));
}

function options(def: FieldDef): { value: string; label: React.ReactNode; title: string }[] {
  if (def.type === 'bool')
    return [
      { value: 'true', label: '是', title: '是' },
      { value: 'false', label: '否', title: '否' },
    ];
  if (def.type === 'weekdays') return WEEKDAYS.map((name, i) => ({ value: String(i + 1), label: name, title: name }));
  if (isRiskField(def))
    return (def.options ?? []).map((o) => ({ value: o, label: <RiskTag level={o} />, title: `${o}色` }));
  return (def.options ?? []).map((o) => ({ value: o, label: o, title: o }));
}

/** The select's text value as the API's filter value: 1–7 for weekdays, true/false for yes/no. */
function toFilter(def: FieldDef, value: string): FilterValue {
  if (def.type === 'bool') return value === 'true';
  if (def.type === 'weekdays') return Number(value);
  return value;
}

const shortLabel = (def: FieldDef) => (def.key === 'riskLevel' ? '风险等级' : def.label);

interface Props {
  kind: LedgerKind;
  value: Record<string, FilterValue>;
  onChange: (filters: Record<string, FilterValue>) => void;
}

/** One select per filterable field of the kind; picking nothing removes the filter. */
export function KindFilters({ kind, value, onChange }: Props) {
  return (
    <>
      {filterableFields(kind).map((def) => (
        <Select
          key={def.key}
          aria-label={shortLabel(def)}
          placeholder={shortLabel(def)}
          allowClear
          showSearch={
            def.type === 'weekdays'
              ? { optionFilterProp: 'title' }
              : optionSearch(def, def.type === 'bool' ? boolOption : undefined)
          }
          style={{ width: Math.max(110, shortLabel(def).length * 14 + 56) }}
          value={value[def.key] === undefined ? undefined : String(value[def.key])}
          options={options(def)}
          onChange={(v?: string) => {
            const next = { ...value };
            if (v === undefined) delete next[def.key];
            else next[def.key] = toFilter(def, v);
            onChange(next);
          }}
        />
      ))}
    </>
  );
}
