import { InputNumber } from 'antd';
import { useEffect, useState } from 'react';

interface Props {
  name: string;
  /** null = the rule's weekly maximum. */
  value: number | null;
  onSave: (value: number | null) => void;
}

/** A person's own weekly maximum, saved on Enter or when leaving the box; empty = 按规则. */
export function WeeklyHoursInput({ name, value, onSave }: Props) {
  const [draft, setDraft] = useState<number | null>(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => draft !== value && onSave(draft);
  return (
    <InputNumber
      size="small"
      aria-label={`${name} 每周最多工时`}
      placeholder="按规则"
      min={1}
      max={168}
      precision={0}
      suffix="小时"
      value={draft}
      onChange={(v) => setDraft(v ?? null)}
      onBlur={commit}
      onPressEnter={commit}
      style={{ width: 110 }}
    />
  );
}
