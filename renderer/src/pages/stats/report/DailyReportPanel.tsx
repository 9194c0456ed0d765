import { ExportOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Input, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { call, useApiQuery } from '../../../api';
import { platform } from '../../../platform';
import { workbookFilters } from '../../transfer/wizard';
import { dailyColumns, dailyRows, TOTAL, type DailyRow } from './dailyTable';
import { dailyPrintRoute } from './route';

/** A signer's name, remembered on this computer between days. */
function useRemembered(key: string) {
  const [value, setValue] = useState(() => localStorage.getItem(key) ?? '');
  const set = (next: string) => {
    setValue(next);
    localStorage.setItem(key, next);
  };
  return [value, set] as const;
}

/** 日报: one day's figures per community, with a 合计 row; exported as .xlsx or printed on A4. */
export function DailyReportPanel() {
  const { message } = App.useApp();
  const [date, setDate] = useState(() => dayjs().format('YYYY-MM-DD'));
  const [preparer, setPreparer] = useRemembered('dailyReport.preparer');
  const [reviewer, setReviewer] = useRemembered('dailyReport.reviewer');
  const [busy, setBusy] = useState<'xlsx' | 'print' | null>(null);
  const report = useApiQuery('reports.daily', { date });

  const signers = { preparer: preparer.trim() || undefined, reviewer: reviewer.trim() || undefined };

  const run = async (what: 'xlsx' | 'print') => {
    setBusy(what);
    try {
      if (what === 'print') await platform.print({ route: dailyPrintRoute(date, signers) });
      else {
        const file = await call('reports.dailyExport', { date, ...signers });
        const saved = await platform.saveFile({
          fileId: file.fileId,
          suggestedName: file.name,
          filters: workbookFilters,
        });
        if (saved) void message.success(`已导出“${file.name}”`);
      }
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const data = report.data;
  const columns: ColumnsType<DailyRow> = [
    { title: '社区', dataIndex: 'community', key: 'community', fixed: 'left', width: 120 },
    ...(data
      ? dailyColumns(data).map((group) =>
          group.columns.length === 1
            ? {
                title: group.title,
                key: group.columns[0]!.key,
                align: 'right' as const,
                width: 90,
                render: (_: unknown, r: DailyRow) => r.values[group.columns[0]!.key],
              }
            : {
                title: group.title,
                key: group.title,
                children: group.columns.map((c) => ({
                  title: c.title,
                  key: c.key,
                  align: 'right' as const,
                  width: 64,
                  render: (_: unknown, r: DailyRow) => r.values[c.key],
                })),
              },
        )
      : []),
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <DatePicker
          aria-label="日报日期"
          allowClear={false}
          value={dayjs(date)}
          onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
        />
        <Input
          aria-label="填报人"
          prefix={<Typography.Text type="secondary">填报人</Typography.Text>}
          maxLength={20}
          style={{ width: 200 }}
          value={preparer}
          onChange={(e) => setPreparer(e.target.value)}
        />
        <Input
          aria-label="审核人"
          prefix={<Typography.Text type="secondary">审核人</Typography.Text>}
          maxLength={20}
          style={{ width: 200 }}
          value={reviewer}
          onChange={(e) => setReviewer(e.target.value)}
        />
        <Button icon={<ExportOutlined />} loading={busy === 'xlsx'} disabled={!data} onClick={() => void run('xlsx')}>
          导出 Excel
        </Button>
        <Button
          icon={<PrinterOutlined />}
          loading={busy === 'print'}
          disabled={!data}
          onClick={() => void run('print')}
        >
          打印
        </Button>
      </Space>
      {report.error && <Alert type="error" showIcon message={report.error.message} />}
      <Table<DailyRow>
        data-testid="daily-report"
        size="small"
        bordered
        pagination={false}
        loading={report.isLoading}
        rowKey="community"
        columns={columns}
        dataSource={data ? dailyRows(data) : []}
        scroll={{ x: 'max-content' }}
        rowClassName={(r) => (r.community === TOTAL ? 'daily-total' : '')}
      />
      <Typography.Text type="secondary">
        在册为当天末仍在册的人数；临近预产期为预产期在 14 天内的孕产妇；值班人次为当天排班表中已安排的人次。
      </Typography.Text>
    </Space>
  );
}
