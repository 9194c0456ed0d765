import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { todayText, addDays } from '../../../../shared/domain/dates';
import { MAX_PERIOD_DAYS, monthOf, weekOf, type Period } from './period';

interface Props {
  value?: Period;
  onChange?: (period: Period) => void;
  ariaLabel?: string;
}

const range = (p: Period): [Dayjs, Dayjs] => [dayjs(p.from), dayjs(p.to)];

function presets() {
  const today = todayText(new Date());
  const thisWeek = weekOf(today);
  const thisMonth = monthOf(today);
  return [
    { label: '本周', value: range(thisWeek) },
    { label: '下周', value: range(weekOf(addDays(thisWeek.to, 1))) },
    { label: '本月', value: range(thisMonth) },
    { label: '下月', value: range(monthOf(addDays(thisMonth.to, 1))) },
  ];
}

/** A period of one to 31 days, with 本周 / 下周 / 本月 / 下月 at hand. */
export function PeriodPicker({ value, onChange, ariaLabel = '期间' }: Props) {
  return (
    <DatePicker.RangePicker
      aria-label={ariaLabel}
      allowClear={false}
      value={value ? range(value) : undefined}
      format="YYYY-MM-DD"
      presets={presets()}
      // At most 31 days from the first day picked.
      disabledDate={(current, info) =>
        Boolean(info.from && Math.abs(current.diff(info.from, 'day')) >= MAX_PERIOD_DAYS)
      }
      onChange={(dates) => {
        if (dates?.[0] && dates[1])
          onChange?.({ from: dates[0].format('YYYY-MM-DD'), to: dates[1].format('YYYY-MM-DD') });
      }}
    />
  );
}
