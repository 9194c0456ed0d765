import { Card, Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Workbench } from '../../../../shared/domain/ledgers/types';
import { useApiQuery } from '../../api';

interface PivotRow {
  community: string;
  counts: Record<string, number>;
  total: number;
}

/** Names in the order of `ordered`, then any others in the order they were met. */
function axis(ordered: string[], met: string[]): string[] {
  const all = [...ordered];
  for (const name of met) if (!all.includes(name)) all.push(name);
  return all;
}

/** 各社区在册人数: communities down, ledger kinds across, with totals both ways. */
export function CountsCard({ counts, loading }: { counts: Workbench['counts']; loading: boolean }) {
  const kinds = useApiQuery('kinds.list', {});
  const communities = useApiQuery('communities.list', {});

  const kindKeys = axis(
    (kinds.data ?? []).map((k) => k.key),
    counts.map((c) => c.kind),
  );
  const kindName = (key: string) =>
    kinds.data?.find((k) => k.key === key)?.name ?? counts.find((c) => c.kind === key)?.kindName ?? key;
  const names = axis(
    (communities.data ?? []).map((c) => c.name),
    counts.map((c) => c.community),
  );

  const rows: PivotRow[] = names.map((community) => {
    const mine = counts.filter((c) => c.community === community);
    return {
      community,
      counts: Object.fromEntries(mine.map((c) => [c.kind, c.count])),
      total: mine.reduce((sum, c) => sum + c.count, 0),
    };
  });
  const kindTotal = (key: string) => counts.filter((c) => c.kind === key).reduce((sum, c) => sum + c.count, 0);
  const grandTotal = counts.reduce((sum, c) => sum + c.count, 0);
  const cell = (n: number | undefined) => (n ? n : <Typography.Text type="secondary">0</Typography.Text>);

  const columns: ColumnsType<PivotRow> = [
    { title: '社区', dataIndex: 'community', fixed: 'left', ellipsis: true },
    ...kindKeys.map((key) => ({
      title: kindName(key),
      key,
      width: 110,
      align: 'right' as const,
      render: (_: unknown, row: PivotRow) => cell(row.counts[key]),
    })),
    {
      title: '合计',
      dataIndex: 'total',
      align: 'right',
      width: 90,
      render: (n: number) => <Typography.Text strong>{n}</Typography.Text>,
    },
  ];

  return (
    <Card data-testid="counts" title="各社区在册人数">
      <Table<PivotRow>
        size="small"
        rowKey="community"
        bordered
        loading={loading || kinds.isLoading || communities.isLoading}
        dataSource={rows}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有社区：请先在 设置 → 社区与网格 中添加" />
          ),
        }}
        summary={() =>
          rows.length > 1 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>合计</Typography.Text>
              </Table.Summary.Cell>
              {kindKeys.map((key, i) => (
                <Table.Summary.Cell key={key} index={i + 1} align="right">
                  <Typography.Text strong>{kindTotal(key)}</Typography.Text>
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={kindKeys.length + 1} align="right">
                <Typography.Text strong>{grandTotal}</Typography.Text>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}
