import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Space, Table } from 'antd';
import { useState } from 'react';
import type { DutyPost } from '../../../../../shared/domain/rosters/types';
import { ApiError, call, useApiQuery } from '../../../api';
import { CommunitySelect } from '../CommunitySelect';
import { useRosterCommunity } from '../useRosterCommunity';
import { postColumns } from './postColumns';
import { PostForm } from './PostForm';
import { WriteOnly } from '../../../shell/auth/WriteOnly';

/** 岗位: the posts of a community (or all), added and changed through a form. */
export function PostsPanel() {
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const { community, setCommunity, communityNames } = useRosterCommunity();
  const posts = useApiQuery('dutyPosts.list', { community: community || undefined });
  const patterns = useApiQuery('shiftPatterns.list', {});
  const [editing, setEditing] = useState<DutyPost | null | undefined>(undefined);
  const patternNames = new Map((patterns.data ?? []).map((p) => [p.id, p.name]));

  const refresh = () =>
    client.invalidateQueries({
      predicate: (q) =>
        ['dutyPosts', 'rosters', 'shiftPatterns', 'workbench'].includes(String(q.queryKey[0]).split('.')[0]!),
    });

  const remove = async (post: DutyPost, confirm?: boolean) => {
    try {
      const done = await call('dutyPosts.remove', { id: post.id, confirm });
      await refresh();
      void message.success(`已删除岗位“${post.name}”${done.cells ? `及其 ${done.cells} 个班次` : ''}`);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'NEEDS_CONFIRM')
        modal.confirm({
          title: `删除岗位“${post.name}”`,
          content: e.message,
          okText: '删除岗位和排班',
          okButtonProps: { danger: true },
          cancelText: '取消',
          onOk: () => remove(post, true),
        });
      else void message.error((e as Error).message);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" wrap gap={8}>
        <Space>
          <span>社区</span>
          <CommunitySelect value={community} onChange={setCommunity} names={communityNames} />
        </Space>
        <WriteOnly>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            新增岗位
          </Button>
        </WriteOnly>
      </Flex>
      <Table<DutyPost>
        size="small"
        rowKey="id"
        loading={posts.isFetching}
        dataSource={posts.data ?? []}
        columns={postColumns(patternNames, setEditing, (p) => void remove(p))}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 个岗位` }}
        scroll={{ x: 1100 }}
        locale={{ emptyText: '还没有岗位，点“新增岗位”添加' }}
        onRow={(p) => ({ onDoubleClick: () => setEditing(p) })}
      />
      {editing !== undefined && <PostForm post={editing} community={community} onClose={() => setEditing(undefined)} />}
    </Space>
  );
}
