import { DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';

interface Props {
  day: string;
  setDay: (day: string) => void;
  community: string;
  setCommunity: (name: string) => void;
  communityNames: string[];
  extra?: React.ReactNode;
}

/** The day and the community a desk works on. */
export function DeskBar({ day, setDay, community, setCommunity, communityNames, extra }: Props) {
  return (
    <Space wrap>
      <span>日期</span>
      <DatePicker
        aria-label="日期"
        allowClear={false}
        value={dayjs(day)}
        format="YYYY-MM-DD dddd"
        onChange={(d) => d && setDay(d.format('YYYY-MM-DD'))}
      />
      <span>社区</span>
      <Select
        aria-label="社区"
        style={{ width: 180 }}
        value={community}
        onChange={setCommunity}
        options={[{ value: '', label: '全部社区' }, ...communityNames.map((n) => ({ value: n, label: n }))]}
      />
      {extra}
    </Space>
  );
}
