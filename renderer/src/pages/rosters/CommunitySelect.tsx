import { Select } from 'antd';

interface Props {
  value: string;
  onChange: (name: string) => void;
  names: string[];
  /** The label of '' (every community by default). */
  allLabel?: string;
}

/** A community, or all of them (''). */
export function CommunitySelect({ value, onChange, names, allLabel = '全部社区' }: Props) {
  return (
    <Select
      aria-label="社区"
      style={{ width: 160 }}
      value={value}
      onChange={onChange}
      options={[{ value: '', label: allLabel }, ...names.map((n) => ({ value: n, label: n }))]}
    />
  );
}
