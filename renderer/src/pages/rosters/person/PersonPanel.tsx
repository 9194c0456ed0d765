import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { PersonShift } from '../../../../../shared/domain/rosters/types';
import { todayText } from '../../../../../shared/domain/dates';
import { useApiQuery } from '../../../api';
import { platform } from '../../../platform';
import { monthOf, type Period } from '../period';
import { PeriodPicker } from '../PeriodPicker';
import { PeopleSelect } from '../PeopleSelect';
import { rosterPersonRoute } from '../print/routes';
import { personColumns } from './personColumns';

/** 个人班表: one person's shifts over a period, as a list to look at, print or save as PDF. */
export function PersonPanel() {
  const { message } = App.useApp();
  const [cadreId, setCadreId] = useState<number | null>(null);
  const [period, setPeriod] = useState<Period>(() => monthOf(todayText(new Date())));
  const schedule = useApiQuery('rosters.person', { cadreId: cadreId ?? 0, ...period }, { enabled: cadreId !== null });
  const data = schedule.data;
  const fail = (e: Error) => void message.error(e.message);
  const route = cadreId ? rosterPersonRoute(cadreId, period.from, period.to) : '';

  const savePdf = async () => {
    const saved = await platform.printToPdf({
      route,
      suggestedName: `个人班表-${data?.name ?? ''}-${period.from}.pdf`,
    });
    if (saved) void message.success(`已保存：${saved}`);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <span>人员</span>
        <div style={{ width: 220 }}>
          <PeopleSelect value={cadreId} onChange={(v) => setCadreId((v as number | null) ?? null)} ariaLabel="人员" />
        </div>
        <span>期间</span>
        <PeriodPicker value={period} onChange={setPeriod} />
        <Button icon={<PrinterOutlined />} disabled={!cadreId} onClick={() => platform.print({ route }).catch(fail)}>
          打印
        </Button>
        <Button icon={<FilePdfOutlined />} disabled={!cadreId} onClick={() => savePdf().catch(fail)}>
          导出 PDF
        </Button>
      </Space>
      {schedule.error && <Alert type="error" showIcon title={schedule.error.message} />}
      {!cadreId && <Empty description="选择一个人，查看他在这段时间的班" />}
      {data && (
        <>
          <Typography.Text>
            {data.name}（{data.phone || '无电话'}）：{data.shifts.length} 个班，共 {data.hours} 小时，其中夜班{' '}
            {data.nights} 个
          </Typography.Text>
          <Table<PersonShift>
            size="small"
            rowKey={(s) => `${s.date}|${s.postId}|${s.shiftName}`}
            dataSource={data.shifts}
            columns={personColumns}
            pagination={false}
            locale={{ emptyText: '这段时间没有排班' }}
          />
        </>
      )}
    </Space>
  );
}
