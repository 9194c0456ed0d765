import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { DialysisToday } from '../../../../shared/domain/ledgers/types';
import { weekdayName } from '../../../../shared/domain/weekdays';
import { platform } from '../../platform';
import { phoneText, useEntryRows } from './entryLinks';

interface Props {
  date: string;
  weekday: number;
  rows: DialysisToday[];
  loading: boolean;
}

/** 今日透析: the patients whose dialysis days include today, with print and PDF of the list. */
export function DialysisCard({ date, weekday, rows, loading }: Props) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'print' | 'pdf' | null>(null);
  const rowProps = useEntryRows<DialysisToday>((r) => ({ kind: 'dialysis', entryId: r.entryId, name: r.name }));
  const route = `/print/dialysis-today?date=${date}`;

  const run = async (what: 'print' | 'pdf') => {
    setBusy(what);
    try {
      if (what === 'print') await platform.print({ route });
      else {
        const saved = await platform.printToPdf({ route, suggestedName: `今日透析-${date}.pdf` });
        if (saved) void message.success(`已保存：${saved}`);
      }
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card
      data-testid="dialysis-today"
      title={
        <Space>
          <span>今日透析{weekday ? `（${weekdayName(weekday)}）` : ''}</span>
          {rows.length > 0 && <Typography.Text type="secondary">共 {rows.length} 人</Typography.Text>}
        </Space>
      }
      extra={
        <Space>
          <Button
            icon={<PrinterOutlined />}
            onClick={() => void run('print')}
            loading={busy === 'print'}
            disabled={!date}
          >
            打印
          </Button>
          <Button icon={<FilePdfOutlined />} onClick={() => void run('pdf')} loading={busy === 'pdf'} disabled={!date}>
            保存为 PDF
          </Button>
        </Space>
      }
    >
      <Table<DialysisToday>
        size="small"
        rowKey="entryId"
        loading={loading}
        dataSource={rows}
        pagination={false}
        onRow={rowProps}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="今天没有需要透析的患者" /> }}
        columns={[
          {
            title: '姓名',
            dataIndex: 'name',
            width: 100,
            render: (name: string) => <Typography.Link>{name}</Typography.Link>,
          },
          { title: '联系电话', dataIndex: 'phones', width: 140, render: phoneText },
          { title: '社区', dataIndex: 'community', width: 120 },
          { title: '透析医院', dataIndex: 'hospital' },
          { title: '时段', dataIndex: 'session', width: 80 },
          { title: '交通方式', dataIndex: 'transport', width: 110 },
          { title: '陪护人', dataIndex: 'escort', width: 110 },
        ]}
      />
    </Card>
  );
}
