import { Card, Empty, Table, Tag, Typography } from 'antd';
import type { DueSoon } from '../../../../shared/domain/ledgers/types';
import { riskTagColor, type RiskLevel } from '../../../../shared/domain/pregnancy';
import { phoneText, useEntryRows } from './entryLinks';

/** 'still 5 days', 'today', or in red 'past by 3 days'. */
function DaysLeft({ days }: { days: number }) {
  if (days > 0) return <span>还有 {days} 天</span>;
  if (days === 0) return <Typography.Text strong>今天</Typography.Text>;
  return (
    <Typography.Text type="danger" strong>
      已超过 {-days} 天
    </Typography.Text>
  );
}

/** 临产孕妇: due within 14 days, or past the due date and not yet closed. */
export function DueSoonCard({ rows, loading }: { rows: DueSoon[]; loading: boolean }) {
  const rowProps = useEntryRows<DueSoon>((r) => ({ kind: 'pregnant', entryId: r.entryId, name: r.name }));
  return (
    <Card data-testid="due-soon" title="临产孕妇（14 天内到预产期或已超过）" style={{ height: '100%' }}>
      <Table<DueSoon>
        size="small"
        rowKey="entryId"
        loading={loading}
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
        onRow={rowProps}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="14 天内没有到预产期的孕妇" /> }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '姓名', dataIndex: 'name', render: (name: string) => <Typography.Link>{name}</Typography.Link> },
          { title: '社区', dataIndex: 'community' },
          { title: '预产期', dataIndex: 'dueDate' },
          { title: '剩余天数', dataIndex: 'daysLeft', render: (days: number) => <DaysLeft days={days} /> },
          {
            title: '风险等级',
            dataIndex: 'riskLevel',
            render: (level: string | null) =>
              level ? (
                <Tag color={riskTagColor(level as RiskLevel)}>{level}</Tag>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
          { title: '产检医院', dataIndex: 'prenatalHospital' },
          { title: '电话', dataIndex: 'phones', render: phoneText },
        ]}
      />
    </Card>
  );
}
