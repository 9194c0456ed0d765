import { useState } from 'react';
import type { OrgMember } from '../../../../../shared/domain/cadres/types';
import { useApiQuery } from '../../../api';
import { ServerSearchSelect } from '../../../components/ServerSearchSelect';

interface Props {
  /** People already chosen, so their names show before any search. */
  known?: OrgMember[];
  multiple?: boolean;
  value?: number | number[] | null;
  onChange?: (value: number | number[] | null) => void;
  placeholder?: string;
  partyOnly?: boolean;
  ariaLabel?: string;
}

/** Chooses people from the registry by name, phone, unit or pinyin initials (searched on the server). */
export function CadrePicker({ known = [], multiple, value, onChange, placeholder, partyOnly, ariaLabel }: Props) {
  const [q, setQ] = useState('');
  const found = useApiQuery('cadres.list', { q: q || undefined, limit: 50 });
  const people = new Map<number, { id: number; name: string; unit: string; politics: string }>();
  for (const m of known) people.set(m.id, m);
  for (const c of found.data?.rows ?? []) if (!partyOnly || c.politics !== '群众') people.set(c.id, c);
  const options = [...people.values()].map((p) => ({
    value: p.id,
    label: `${p.name}（${p.unit || '无单位'}，${p.politics}）`,
  }));
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
    />
  );
}
