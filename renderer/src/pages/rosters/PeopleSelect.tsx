import { useState } from 'react';
import { useApiQuery } from '../../api';
import { ServerSearchSelect } from '../../components/ServerSearchSelect';

export interface KnownPerson {
  cadreId: number;
  name: string;
  unit?: string;
  phone?: string;
}

interface Props {
  /** People already chosen or at hand, so their names show before any search. */
  known?: KnownPerson[];
  multiple?: boolean;
  value?: number | number[] | null;
  onChange?: (value: number | number[] | null) => void;
  placeholder?: string;
  ariaLabel?: string;
  autoFocus?: boolean;
}

/** People of the duty roster by name, phone or pinyin initials (searched on the server). */
export function PeopleSelect({ known = [], multiple, value, onChange, placeholder, ariaLabel, autoFocus }: Props) {
  const [q, setQ] = useState('');
  const found = useApiQuery('dutyPeople.list', { q: q || undefined });
  const people = new Map<number, KnownPerson>();
  for (const p of known) people.set(p.cadreId, p);
  for (const p of (found.data ?? []).slice(0, 50)) people.set(p.cadreId, p);
  const options = [...people.values()].map((p) => ({ value: p.cadreId, label: p.name, unit: p.unit ?? '' }));
  return (
    <ServerSearchSelect
      options={options}
      onSearch={setQ}
      searching={found.isFetching}
      multiple={multiple}
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      ariaLabel={ariaLabel}
      autoFocus={autoFocus}
      optionRender={(o) => (
        <span>
          {o.data.label}
          {o.data.unit && <span style={{ color: '#999', marginLeft: 8 }}>{o.data.unit}</span>}
        </span>
      )}
    />
  );
}
