import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Empty, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Community, Grid } from '../../../../../shared/domain/communities';
import { useApiMutation, useApiQuery } from '../../../api';
import { platform } from '../../../platform';
import { NameDialog } from './NameDialog';

type Dialog =
  | { kind: 'renameCommunity'; community: Community }
  | { kind: 'addGrid'; community: Community }
  | { kind: 'renameGrid'; grid: Grid }
  | null;

export function CommunitiesPanel() {
  const { message } = App.useApp();
  const list = useApiQuery('communities.list', {});
  const addCommunity = useApiMutation('communities.add');
  const renameCommunity = useApiMutation('communities.rename');
  const removeCommunity = useApiMutation('communities.remove');
  const addGrid = useApiMutation('grids.add', ['communities', 'grids']);
  const renameGrid = useApiMutation('grids.rename', ['communities', 'grids']);
  const removeGrid = useApiMutation('grids.remove', ['communities', 'grids']);
  const [newName, setNewName] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const submitNew = () => {
    if (!newName.trim()) return void message.warning('请先填写社区名称');
    addCommunity.mutate(
      { name: newName },
      { onSuccess: (c) => (setNewName(''), void message.success(`已添加社区“${c.name}”`)) },
    );
  };

  const saving = renameCommunity.isPending || addGrid.isPending || renameGrid.isPending;
  const onSave = (name: string) => {
    if (!dialog) return;
    if (dialog.kind === 'renameCommunity')
      renameCommunity.mutate({ id: dialog.community.id, name }, { onSuccess: close });
    if (dialog.kind === 'addGrid') addGrid.mutate({ communityId: dialog.community.id, name }, { onSuccess: close });
    if (dialog.kind === 'renameGrid') renameGrid.mutate({ id: dialog.grid.id, name }, { onSuccess: close });
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Input
          placeholder="新社区名称，回车添加"
          aria-label="新社区名称"
          value={newName}
          maxLength={30}
          onChange={(e) => setNewName(e.target.value)}
          onPressEnter={submitNew}
          style={{ width: 260 }}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={submitNew} loading={addCommunity.isPending}>
          添加社区
        </Button>
        <Button
          icon={<PrinterOutlined />}
          onClick={() => platform.print({ route: '/print/communities' }).catch((e: Error) => message.error(e.message))}
        >
          打印
        </Button>
      </Space>

      <Table<Community>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description="还没有社区：在上面输入名称，回车添加" /> }}
        columns={[
          {
            title: '社区',
            dataIndex: 'name',
            width: 220,
            render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
          },
          {
            title: '网格',
            render: (_, community) => (
              <Space size={[4, 8]} wrap>
                {community.grids.map((grid) => (
                  <Tag key={grid.id} style={{ cursor: 'pointer' }}>
                    <span
                      role="button"
                      tabIndex={0}
                      title="点击重命名"
                      onClick={() => setDialog({ kind: 'renameGrid', grid })}
                      onKeyDown={(e) => e.key === 'Enter' && setDialog({ kind: 'renameGrid', grid })}
                    >
                      {grid.name}
                    </span>
                    <Popconfirm
                      title={`删除网格“${grid.name}”？`}
                      okText="删除"
                      cancelText="取消"
                      onConfirm={() => removeGrid.mutate({ id: grid.id })}
                    >
                      <Button type="link" size="small" danger aria-label={`删除网格 ${grid.name}`}>
                        ×
                      </Button>
                    </Popconfirm>
                  </Tag>
                ))}
                <Button
                  size="small"
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => setDialog({ kind: 'addGrid', community })}
                >
                  网格
                </Button>
              </Space>
            ),
          },
          {
            title: '操作',
            width: 160,
            render: (_, community) => (
              <Space>
                <Button size="small" onClick={() => setDialog({ kind: 'renameCommunity', community })}>
                  重命名
                </Button>
                <Popconfirm
                  title={`删除社区“${community.name}”？`}
                  okText="删除"
                  cancelText="取消"
                  onConfirm={() => removeCommunity.mutate({ id: community.id })}
                >
                  <Button size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />

      <NameDialog
        open={dialog !== null}
        title={
          dialog?.kind === 'renameCommunity'
            ? `重命名社区“${dialog.community.name}”`
            : dialog?.kind === 'addGrid'
              ? `为“${dialog.community.name}”添加网格`
              : '重命名网格'
        }
        label={dialog?.kind === 'renameCommunity' ? '社区名称' : '网格名称'}
        initial={
          dialog?.kind === 'renameCommunity'
            ? dialog.community.name
            : dialog?.kind === 'renameGrid'
              ? dialog.grid.name
              : ''
        }
        saving={saving}
        onSave={onSave}
        onCancel={close}
      />
    </Space>
  );
}
