import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { TEAM_SIZE, type OrgGroup, type OrgKind } from '../../../../../shared/domain/cadres/types';
import { useApiMutation, useApiQuery } from '../../../api';
import { GroupForm, KIND_LABELS } from './GroupForm';
import { WriteOnly } from '../../../shell/auth/WriteOnly';
import { DeleteLink } from '../../../components/DeleteLink';

/** One kind of group (先锋岗, 突击队 or 责任区) with its members. */
export function GroupList({ kind }: { kind: OrgKind }) {
  const groups = useApiQuery('orgs.groups', { kind });
  const remove = useApiMutation('orgs.removeGroup', ['orgs']);
  const [editing, setEditing] = useState<OrgGroup | null | undefined>(undefined);
  const offSize = (g: OrgGroup) =>
    kind === '突击队' && (g.members.length < TEAM_SIZE.min || g.members.length > TEAM_SIZE.max);

  return (
    <Card
      size="small"
      title={KIND_LABELS[kind]}
      extra={
        <WriteOnly>
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            新建{KIND_LABELS[kind]}
          </Button>
        </WriteOnly>
      }
    >
      <Table<OrgGroup>
        size="small"
        rowKey="id"
        loading={groups.isFetching}
        dataSource={groups.data ?? []}
        pagination={(groups.data?.length ?? 0) > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: `还没有${KIND_LABELS[kind]}` }}
        columns={[
          { title: '名称', dataIndex: 'name', width: 180 },
          { title: '社区', dataIndex: 'community', width: 100 },
          ...(kind === '责任区' ? [{ title: '责任范围', dataIndex: 'area', width: 160 }] : []),
          {
            title: '成员',
            key: 'members',
            render: (_, g) => (
              <Flex gap={4} wrap align="center">
                {g.members.map((m) => (
                  <Tag key={m.id}>{m.name}</Tag>
                ))}
                {offSize(g) ? (
                  <Tooltip title={`突击队一般 ${TEAM_SIZE.min}–${TEAM_SIZE.max} 人`}>
                    <Tag color="warning">{g.members.length} 人</Tag>
                  </Tooltip>
                ) : (
                  <span style={{ color: '#999' }}>共 {g.members.length} 人</span>
                )}
              </Flex>
            ),
          },
          {
            title: '操作',
            key: 'actions',
            width: 110,
            render: (_, g) => (
              <WriteOnly>
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing(g)}>
                    编辑
                  </Button>
                  <DeleteLink title={`删除“${g.name}”？`} onConfirm={() => remove.mutateAsync({ id: g.id })} />
                </Space>
              </WriteOnly>
            ),
          },
        ]}
      />
      {editing !== undefined && <GroupForm kind={kind} group={editing} onClose={() => setEditing(undefined)} />}
    </Card>
  );
}
