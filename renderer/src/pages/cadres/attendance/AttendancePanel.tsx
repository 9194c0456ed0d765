import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Select, Space, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AttendancePerson, AttendanceUnit } from '../../../../../shared/domain/signins/types';
import { call, useApiQuery } from '../../../api';
import { platform } from '../../../platform';
import { WriteOnly } from '../../../shell/auth/WriteOnly';

type Numeric<T> = { [K in keyof T]: T[K] extends number ? K : never }[keyof T] & string;

/** A right-aligned, sortable number column. */
function num<T>(title: string, key: Numeric<T>, width = 110) {
  return {
    title,
    dataIndex: key,
    width,
    align: 'right' as const,
    sorter: (a: T, b: T) => (a[key] as number) - (b[key] as number),
  };
}

/** 干部签到 -> 考勤统计: per unit and per person over a date range (default this month), and the workbook. */
export function AttendancePanel() {
  const { message } = App.useApp();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('month'), dayjs()]);
  const [community, setCommunity] = useState('');
  const [unit, setUnit] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const communities = useApiQuery('communities.list', {});
  const input = {
    from: range[0].format('YYYY-MM-DD'),
    to: range[1].format('YYYY-MM-DD'),
    community: community || undefined,
  };
  const report = useApiQuery('attendance.report', input);
  const units = report.data?.units ?? [];
  const people = (report.data?.people ?? []).filter((p) => !unit || p.unit === unit);

  const exportReport = async () => {
    setExporting(true);
    try {
      const file = await call('attendance.export', input);
      const saved = await platform.saveFile({
        fileId: file.fileId,
        suggestedName: file.name,
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
      });
      if (saved) void message.success(`已导出：${saved}`);
    } catch (error) {
      void message.error((error as Error).message);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <span>统计期间</span>
        <DatePicker.RangePicker
          aria-label="统计期间"
          allowClear={false}
          value={range}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
        />
        <span>社区</span>
        <Select
          aria-label="社区"
          style={{ width: 160 }}
          value={community}
          onChange={setCommunity}
          options={[
            { value: '', label: '全部社区' },
            ...(communities.data ?? []).map((c) => ({ value: c.name, label: c.name })),
          ]}
        />
        <WriteOnly>
          <Button type="primary" icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportReport()}>
            导出
          </Button>
        </WriteOnly>
        <span style={{ color: '#888' }}>导出的工作簿第一张为汇总，其后每个派出单位一张，可直接发回各单位。</span>
      </Space>
      <Card size="small" title={`按派出单位（${units.length} 个单位）`}>
        <Table<AttendanceUnit>
          size="small"
          rowKey="unit"
          aria-label="按派出单位"
          loading={report.isLoading}
          dataSource={units}
          pagination={false}
          onRow={(u) => ({ onClick: () => setUnit(unit === u.unit ? null : u.unit), style: { cursor: 'pointer' } })}
          rowClassName={(u) => (u.unit === unit ? 'ant-table-row-selected' : '')}
          columns={[
            { title: '派出单位', dataIndex: 'unit' },
            num<AttendanceUnit>('下沉人数', 'people'),
            num<AttendanceUnit>('签到天次', 'days'),
            num<AttendanceUnit>('在岗时长（小时）', 'hours', 150),
            num<AttendanceUnit>('未签退次数', 'missingSignOut'),
          ]}
        />
      </Card>
      <Card size="small" title={unit ? `按人员：${unit}（再点一次单位显示全部）` : '按人员（点上表的单位只看该单位）'}>
        <Table<AttendancePerson>
          size="small"
          rowKey="cadreId"
          aria-label="按人员"
          loading={report.isLoading}
          dataSource={people}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: '姓名', dataIndex: 'name', width: 100 },
            { title: '派出单位', dataIndex: 'unit' },
            { title: '下沉社区', dataIndex: 'community', width: 120 },
            num<AttendancePerson>('签到天数', 'days'),
            num<AttendancePerson>('在岗时长（小时）', 'hours', 150),
            num<AttendancePerson>('未签退天数', 'missingSignOut'),
          ]}
        />
      </Card>
    </Space>
  );
}
