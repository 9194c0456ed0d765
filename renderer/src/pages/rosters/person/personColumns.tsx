import { Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { PersonShift } from '../../../../../shared/domain/rosters/types';
import { weekdayName } from '../../../../../shared/domain/weekdays';
import { shiftTime } from '../shiftTime';

export const personColumns: TableColumnsType<PersonShift> = [
  { title: '日期', dataIndex: 'date', width: 110 },
  { title: '星期', dataIndex: 'weekday', width: 60, render: (d: number) => weekdayName(d) },
  { title: '岗位', dataIndex: 'postName', width: 140 },
  { title: '社区', dataIndex: 'community', width: 100, render: (c: string) => c || '街道' },
  { title: '地址', dataIndex: 'address', ellipsis: true },
  { title: '班次', dataIndex: 'shiftName', width: 80 },
  { title: '时间', key: 'time', width: 150, render: (_, s) => shiftTime(s.start, s.end) },
  { title: '时长', dataIndex: 'hours', width: 70, render: (h: number) => `${h} 小时` },
  {
    title: '带班',
    dataIndex: 'isLeader',
    width: 60,
    render: (v: boolean) => (v ? <Tag color="gold">带班</Tag> : null),
  },
];
