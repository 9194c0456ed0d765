import { App, Button, Card, Empty, Popconfirm, Table, Tag, Typography } from 'antd';
import type { ImportBatch } from '../../../../shared/domain/excel/imports';
import { useApiMutation, useApiQuery } from '../../api';
import { undoText } from './undoText';

/** 最近导入: the last imports, each undoable as a whole until it is undone. */
export function BatchesCard() {
  const { message } = App.useApp();
  const batches = useApiQuery('imports.batches', {});
  const undo = useApiMutation('imports.undo', ['entries', 'communities', 'kinds', 'imports', 'audit']);

  return (
    <Card title="最近导入" size="small" data-testid="batches">
      <Table<ImportBatch>
        size="small"
        rowKey="id"
        loading={batches.isLoading}
        dataSource={batches.data ?? []}
        pagination={(batches.data?.length ?? 0) > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有导入过文件" /> }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 150 },
          { title: '文件', dataIndex: 'fileName', ellipsis: true },
          { title: '台账', dataIndex: 'kindName', width: 100 },
          { title: '新增', dataIndex: 'inserted', width: 70, align: 'right' },
          { title: '更新', dataIndex: 'updated', width: 70, align: 'right' },
          { title: '操作员', dataIndex: 'operator', width: 100 },
          {
            title: '状态',
            width: 190,
            render: (_, b) =>
              b.undoneAt ? (
                <span>
                  <Tag>已撤销</Tag>
                  <Typography.Text type="secondary">{b.undoneAt}</Typography.Text>
                </span>
              ) : (
                <Tag color="green">已导入</Tag>
              ),
          },
          {
            title: '操作',
            width: 80,
            render: (_, b) =>
              b.undoneAt ? null : (
                <Popconfirm
                  title={`撤销导入“${b.fileName}”？`}
                  description={undoText(b.undoRemoves, b.undoRestores, '这次')}
                  okText="撤销"
                  okButtonProps={{ danger: true }}
                  cancelText="不撤销"
                  onConfirm={() =>
                    undo.mutate(
                      { batchId: b.id },
                      { onSuccess: (r) => void message.success(`已撤销：删除 ${r.removed} 人，恢复 ${r.restored} 人`) },
                    )
                  }
                >
                  <Button size="small" danger aria-label={`撤销导入 ${b.fileName}`}>
                    撤销
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Card>
  );
}
