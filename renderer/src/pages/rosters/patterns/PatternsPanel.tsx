import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ShiftPattern } from '../../../../../shared/domain/rosters/types';
import { useApiMutation, useApiQuery } from '../../../api';
import { isOvernight, shiftDefTime } from '../shiftTime';
import { PatternEditor } from './PatternEditor';
import { WriteOnly } from '../../../shell/auth/WriteOnly';
import { useCan } from '../../../shell/auth/useAuth';
import { DeleteLink } from '../../../components/DeleteLink';

/** 班次: the shift patterns (3×8h, 2×12h, 24h …) the posts use. */
export function PatternsPanel() {
  const { message } = App.useApp();
  const can = useCan();
  const patterns = useApiQuery('shiftPatterns.list', {});
  const remove = useApiMutation('shiftPatterns.remove', ['shiftPatterns', 'dutyPosts']);
  const [editing, setEditing] = useState<ShiftPattern | null | undefined>(undefined);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">
          岗位按班次排班；同一岗位可在周末或某些日期改用其他班次（在“岗位”中设置）。
        </Typography.Text>
        <WriteOnly>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            新增班次
          </Button>
        </WriteOnly>
      </Flex>
      <Table<ShiftPattern>
        size="small"
        rowKey="id"
        loading={patterns.isFetching}
        dataSource={patterns.data ?? []}
        pagination={false}
        onRow={(p) => ({ onDoubleClick: () => can.write && setEditing(p) })}
        columns={[
          { title: '名称', dataIndex: 'name', width: 200 },
          {
            title: '各班',
            key: 'shifts',
            render: (_, p) => (
              <Flex gap={4} wrap>
                {p.shifts.map((s) => (
                  <Tag key={s.name} color={isOvernight(s.start, s.end) ? 'purple' : 'blue'}>
                    {s.name} {shiftDefTime(s.start, s.end)}
                  </Tag>
                ))}
              </Flex>
            ),
          },
          { title: '使用的岗位', dataIndex: 'usedBy', width: 100, render: (n: number) => `${n} 个` },
          {
            title: '操作',
            key: 'actions',
            width: 120,
            render: (_, p) => (
              <WriteOnly>
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing(p)}>
                    编辑
                  </Button>
                  <DeleteLink
                    title={`删除班次“${p.name}”？`}
                    onConfirm={() =>
                      remove
                        .mutateAsync({ id: p.id })
                        .then(() => void message.success(`已删除班次“${p.name}”`))
                        .catch(() => undefined)
                    }
                    disabledReason={p.usedBy ? '有岗位在用，不能删除' : undefined}
                  />
                </Space>
              </WriteOnly>
            ),
          },
        ]}
      />
      {editing !== undefined && <PatternEditor pattern={editing} onClose={() => setEditing(undefined)} />}
    </Space>
  );
}
