import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Branch } from '../../../../../shared/domain/cadres/types';
import { useApiMutation, useApiQuery } from '../../../api';
import { BranchForm } from './BranchForm';
import { CadrePicker } from './CadrePicker';
import { WriteOnly } from '../../../shell/auth/WriteOnly';
import { DeleteLink } from '../../../components/DeleteLink';

/** 临时党支部: each with its 第一书记 and members; members are added and removed in place. */
export function BranchList() {
  const { message } = App.useApp();
  const branches = useApiQuery('orgs.branches', {});
  const setBranch = useApiMutation('orgs.setBranch', ['orgs', 'cadres']);
  const remove = useApiMutation('orgs.removeBranch', ['orgs', 'cadres']);
  const [editing, setEditing] = useState<Branch | null | undefined>(undefined);

  const join = async (branch: Branch, cadreId: number | null) => {
    if (!cadreId) return;
    await setBranch.mutateAsync({ cadreId, branchId: branch.id });
    void message.success(`已编入“${branch.name}”`);
  };

  return (
    <Card
      size="small"
      title="临时党支部"
      extra={
        <WriteOnly>
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            新建支部
          </Button>
        </WriteOnly>
      }
    >
      <Table<Branch>
        size="small"
        rowKey="id"
        loading={branches.isFetching}
        dataSource={branches.data ?? []}
        pagination={false}
        locale={{ emptyText: '还没有临时党支部' }}
        columns={[
          { title: '支部名称', dataIndex: 'name', width: 200 },
          { title: '社区', dataIndex: 'community', width: 100 },
          { title: '第一书记', dataIndex: 'secretary', width: 90 },
          {
            title: '成员',
            key: 'members',
            render: (_, b) => (
              <Flex gap={4} wrap>
                {b.members.map((m) => (
                  <Tag
                    key={m.id}
                    color={m.id === b.secretaryId ? 'red' : undefined}
                    closable
                    onClose={(e) => (e.preventDefault(), void setBranch.mutateAsync({ cadreId: m.id, branchId: null }))}
                  >
                    {m.name}
                  </Tag>
                ))}
                <span style={{ color: '#999' }}>共 {b.members.length} 人</span>
              </Flex>
            ),
          },
          {
            title: '添加成员',
            key: 'add',
            width: 220,
            render: (_, b) => (
              <CadrePicker
                partyOnly
                value={null}
                onChange={(v) => void join(b, v as number | null)}
                ariaLabel={`添加成员到${b.name}`}
              />
            ),
          },
          {
            title: '操作',
            key: 'actions',
            width: 110,
            render: (_, b) => (
              <WriteOnly>
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing(b)}>
                    编辑
                  </Button>
                  <DeleteLink
                    title={`删除“${b.name}”？`}
                    description="成员仍留在名册中。"
                    onConfirm={() => remove.mutateAsync({ id: b.id })}
                  />
                </Space>
              </WriteOnly>
            ),
          },
        ]}
      />
      {editing !== undefined && <BranchForm branch={editing} onClose={() => setEditing(undefined)} />}
    </Card>
  );
}
