import { Checkbox } from 'antd';

const OPTIONS = ['一', '二', '三', '四', '五', '六', '日'].map((label, i) => ({ label, value: i + 1 }));

interface Props {
  value?: number[];
  onChange?: (days: number[]) => void;
  id?: string;
  'aria-label'?: string;
}

/** ISO weekdays as seven checkboxes 一 … 日 (1 = Monday … 7 = Sunday). */
export function WeekdayCheckboxes({ value, onChange, id, ...rest }: Props) {
  return (
    <div id={id} role="group" aria-label={rest['aria-label']}>
      <Checkbox.Group
        options={OPTIONS}
        value={value ?? []}
        onChange={(days) => onChange?.([...days].map(Number).sort((a, b) => a - b))}
      />
    </div>
  );
}
