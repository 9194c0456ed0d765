import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { fieldTypeLabels, type FieldDef } from '../../../../../shared/domain/ledgers/fields';
import type { LedgerKind } from '../../../../../shared/domain/ledgers/types';
import { useApiMutation, useApiQuery } from '../../../api';
import { KindEditor } from './KindEditor';
import { KindWordsEditor } from './KindWordsEditor';

/** One field as a tag: its name, its type on hover (and in the text, for choices). */
function FieldTag({ field }: { field: FieldDef }) {
  const detail = field.options?.length
    ? `${fieldTypeLabels[field.type]}：${field.options.join('、')}`
    : fieldTypeLabels[field.type];
  return (
    <Tooltip title={`${detail}${field.required ? '（必填）' : ''}`}>
      <Tag style={{ marginBlock: 2 }}>
        {field.label}
        <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 4 }}>
          {fieldTypeLabels[field.type]}
        </Typography.Text>
        {field.required && <span style={{ color: '#ff4d4f', marginLeft: 2 }}>*</span>}
      </Tag>
    </Tooltip>
  );
}

/** 设置 -> 台账类型: the two built-in ledgers (read-only) and those the office defines. */
export function KindsPanel() {
  const { modal } = App.useApp();
  const list = useApiQuery('kinds.list', {});
  const remove = useApiMutation('kinds.remove', ['kinds', 'entries', 'workbench'], { silent: true });
  // undefined: closed; null: a new kind.
  const [editing, setEditing] = useState<LedgerKind | null | undefined>(undefined);
  const [wording, setWording] = useState<LedgerKind | null>(null);

  const onRemove = (kind: LedgerKind) =>
    remove.mutate(
      { key: kind.key },
      { onError: (e) => void modal.warning({ title: `不能删除“${kind.name}”`, content: e.message, okText: '知道了' }) },
    );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
          新增台账类型
        </Button>
        <Typography.Text type="secondary">
          孕产妇、透析患者是内置台账，字段固定；其他台账可按需要定义字段。每个台账都可以添加同义词（表头别名、选项同义词）。
        </Typography.Text>
      </Space>

      <Table<LedgerKind>
        rowKey="key"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description="还没有台账类型" /> }}
        columns={[
          {
            title: '台账名称',
            dataIndex: 'name',
            width: 200,
            render: (name: string, kind) => (
              <Space orientation="vertical" size={0}>
                <Space size={4}>
                  <Typography.Text strong>{name}</Typography.Text>
                  {kind.builtin && <Tag color="blue">内置</Tag>}
                </Space>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  编号 {kind.key}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: '字段',
            render: (_, kind) =>
              kind.fields.length ? (
                <div>
                  {kind.fields.map((f) => (
                    <FieldTag key={f.key} field={f} />
                  ))}
                </div>
              ) : (
                <Typography.Text type="secondary">只有通用项目</Typography.Text>
              ),
          },
          { title: '记录数', dataIndex: 'entryCount', width: 90, align: 'right' },
          {
            title: '操作',
            width: 210,
            render: (_, kind) => {
              const words = (
                <Button size="small" onClick={() => setWording(kind)} aria-label={`同义词 ${kind.name}`}>
                  同义词
                </Button>
              );
              return kind.builtin ? (
                <Space>
                  {words}
                  <Typography.Text type="secondary">内置，不能修改字段</Typography.Text>
                </Space>
              ) : (
                <Space>
                  {words}
                  <Button size="small" onClick={() => setEditing(kind)} aria-label={`编辑 ${kind.name}`}>
                    编辑
                  </Button>
                  <Popconfirm
                    title={`删除台账类型“${kind.name}”？`}
                    description={kind.entryCount > 0 ? `它还有 ${kind.entryCount} 条记录` : undefined}
                    okText="删除"
                    cancelText="取消"
                    okButtonProps={{ danger: true }}
                    onConfirm={() => onRemove(kind)}
                  >
                    <Button
                      size="small"
                      danger
                      aria-label={`删除 ${kind.name}`}
                      loading={remove.isPending && remove.variables?.key === kind.key}
                    >
                      删除
                    </Button>
                  </Popconfirm>
                </Space>
              );
            },
          },
        ]}
      />

      {editing !== undefined && <KindEditor kind={editing} onClose={() => setEditing(undefined)} />}
      {wording && <KindWordsEditor kind={wording} onClose={() => setWording(null)} />}
    </Space>
  );
}
