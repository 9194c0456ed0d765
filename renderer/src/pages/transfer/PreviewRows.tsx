import { EditOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ImportCounts, PreviewRow, PreviewSummary, RowStatus } from '../../../../shared/domain/excel/imports';
import { useApiMutation, useApiQuery } from '../../api';
import { EditCellDialog, type CellTarget } from './EditCellDialog';
import { rowStatusLabels } from './wizard';

type RowFilter = 'problems' | 'all' | RowStatus;

const PAGE_SIZE = 20;

interface Props {
  importId: string;
  counts: ImportCounts;
  /** Sheet name -> column index -> header. */
  headers: Record<string, Record<number, string>>;
  onSummary: (summary: PreviewSummary) => void;
}

function Problems({
  row,
  headerOf,
  onEdit,
}: {
  row: PreviewRow;
  headerOf: (column: number) => string;
  onEdit: (column: number) => void;
}) {
  const errors = Object.entries(row.errors);
  const marks = Object.entries(row.marks ?? {});
  if (!errors.length && !row.warnings.length && !row.changes.length && !marks.length)
    return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical gap={2}>
      {marks.length > 0 && (
        <Flex gap={4} wrap data-testid="cell-marks">
          {marks.map(([column, mark]) => (
            <Tag key={column} title={`${headerOf(Number(column))}：${row.cells[Number(column)] ?? ''}`}>
              {headerOf(Number(column))}：{mark}
            </Tag>
          ))}
        </Flex>
      )}
      {errors.map(([key, message]) => {
        const column = Number(key);
        const header = column >= 0 ? headerOf(column) : '';
        return (
          <Flex key={key} gap={6} align="baseline" wrap>
            {header && (
              <Button
                size="small"
                danger
                icon={<EditOutlined />}
                aria-label={`修改第 ${row.row} 行“${header}”`}
                title="点击修改这一格"
                onClick={() => onEdit(column)}
              >
                {header}
              </Button>
            )}
            <Typography.Text type="danger">{message}</Typography.Text>
          </Flex>
        );
      })}
      {row.warnings.map((w) => (
        <Typography.Text key={w} type="warning">
          {w}
        </Typography.Text>
      ))}
      {row.changes.length > 0 && (
        <Typography.Text style={{ color: '#0958d9' }}>将更改：{row.changes.join('、')}</Typography.Text>
      )}
    </Flex>
  );
}

/** The previewed rows, filtered by status and paged by the server; bad cells are fixed in place. */
export function PreviewRows({ importId, counts, headers, onSummary }: Props) {
  const [filter, setFilter] = useState<RowFilter>('problems');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<CellTarget | null>(null);
  const rows = useApiQuery('imports.rows', {
    importId,
    ...(filter === 'all' ? {} : { status: filter }),
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });
  const exclude = useApiMutation('imports.exclude', ['imports']);
  const total = rows.data?.total ?? 0;

  // Fixing or excluding rows moves them out of the filter: stay on a page that still exists.
  useEffect(() => {
    if (rows.data && page > 1 && (page - 1) * PAGE_SIZE >= total) setPage(Math.max(1, Math.ceil(total / PAGE_SIZE)));
  }, [rows.data, page, total]);

  const options: { value: RowFilter; label: string }[] = [
    { value: 'problems', label: '需核对' },
    { value: 'all', label: `全部 ${counts.total}` },
    ...(['new', 'updated', 'unchanged', 'error', 'duplicate', 'excluded'] as RowStatus[])
      .filter((s) => counts[s] > 0 || s === filter)
      .map((s) => ({ value: s, label: `${rowStatusLabels[s].label} ${counts[s]}` })),
  ];

  return (
    <Flex vertical gap={8}>
      <Segmented<RowFilter>
        aria-label="显示哪些行"
        value={filter}
        options={options}
        onChange={(value) => {
          setFilter(value);
          setPage(1);
        }}
      />
      <Table<PreviewRow>
        size="small"
        bordered
        rowKey={(r) => `${r.sheet}\u0000${r.row}`}
        loading={rows.isFetching}
        dataSource={rows.data?.rows ?? []}
        scroll={{ x: 960 }}
        data-testid="preview-rows"
        locale={{ emptyText: filter === 'problems' ? '没有需要核对的行：可以导入了' : '没有这样的行' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total,
          onChange: setPage,
          showSizeChanger: false,
          hideOnSinglePage: true,
          showTotal: (n) => `共 ${n} 行`,
        }}
        columns={[
          { title: '工作表', dataIndex: 'sheet', width: 110, ellipsis: true },
          { title: '行号', dataIndex: 'row', width: 60, align: 'right' },
          { title: '姓名', dataIndex: 'name', width: 90 },
          {
            title: '身份证号',
            dataIndex: 'idNumber',
            width: 170,
            render: (id: string) => <span style={{ fontFamily: 'monospace' }}>{id}</span>,
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 76,
            render: (status: RowStatus) => (
              <Tag color={rowStatusLabels[status].color}>{rowStatusLabels[status].label}</Tag>
            ),
          },
          {
            title: '问题与变更',
            render: (_, row) => (
              <Problems
                row={row}
                headerOf={(c) => headers[row.sheet]?.[c] ?? ''}
                onEdit={(column) => setEditing({ row, column, header: headers[row.sheet]?.[column] ?? '' })}
              />
            ),
          },
          {
            title: '操作',
            width: 104,
            fixed: 'right',
            render: (_, row) =>
              row.status === 'excluded' ? (
                <Button
                  size="small"
                  onClick={() =>
                    exclude.mutate(
                      { importId, sheet: row.sheet, row: row.row, excluded: false },
                      { onSuccess: onSummary },
                    )
                  }
                >
                  恢复
                </Button>
              ) : (
                <Button
                  size="small"
                  onClick={() =>
                    exclude.mutate(
                      { importId, sheet: row.sheet, row: row.row, excluded: true },
                      { onSuccess: onSummary },
                    )
                  }
                >
                  不导入此行
                </Button>
              ),
          },
        ]}
      />
      <EditCellDialog importId={importId} target={editing} onClose={() => setEditing(null)} onSaved={onSummary} />
    </Flex>
  );
}
