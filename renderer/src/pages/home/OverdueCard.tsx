import { Card, Empty, Table, Typography } from 'antd';
import type { FollowUpOverdue } from '../../../../shared/domain/ledgers/types';
import { useEntryRows } from './entryLinks';

interface Props {
  days: number;
  total: number;
  rows: FollowUpOverdue[];
  loading: boolean;
}

/** 超过 N 天未服务: open entries whose last service record (or whose creation) is older than N days. */
export function OverdueCard({ days, total, rows, loading }: Props) {
  const rowProps = useEntryRows<FollowUpOverdue>((r) => ({ kind: r.kind, entryId: r.entryId, name: r.name }));
  return (
    <Card
      data-testid="overdue"
      title={`超过 ${days} 天未服务`}
      extra={
        total > 0 && (
          <Typography.Text type="secondary">
            {total > rows.length ? `共 ${total} 人，显示最久未服务的 ${rows.length} 人` : `共 ${total} 人`}
          </Typography.Text>
        )
      }
      style={{ height: '100%' }}
    >
      <Table<FollowUpOverdue>
        size="small"
        rowKey="entryId"
        loading={loading}
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
        onRow={rowProps}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`没有超过 ${days} 天未服务的对象`} />,
        }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '台账类型', dataIndex: 'kindName' },
          { title: '姓名', dataIndex: 'name', render: (name: string) => <Typography.Link>{name}</Typography.Link> },
          { title: '社区', dataIndex: 'community' },
          {
            title: '最近服务',
            dataIndex: 'lastServiceAt',
            render: (at: string | null) =>
              at ? at.slice(0, 10) : <Typography.Text type="secondary">无</Typography.Text>,
          },
          {
            title: '已过天数',
            dataIndex: 'daysSince',
            align: 'right',
            render: (n: number) => (
              <Typography.Text type={n >= days * 2 ? 'danger' : undefined}>{n} 天</Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}
