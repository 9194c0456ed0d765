import { Card, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DutyPerson } from '../../../../../shared/domain/rosters/types';
import { useApiMutation, useApiQuery } from '../../../api';
import { CommunitySelect } from '../CommunitySelect';
import { useRosterCommunity } from '../useRosterCommunity';
import { WeeklyHoursInput } from './WeeklyHoursInput';

/** The registry's active people with their roster settings: 带班领导, weekly hours, preferred posts. */
export function DutyPeopleCard() {
  const { community, setCommunity, communityNames } = useRosterCommunity();
  const [q, setQ] = useState('');
  const people = useApiQuery('dutyPeople.list', { community: community || undefined, q: q.trim() || undefined });
  const posts = useApiQuery('dutyPosts.list', {});
  const update = useApiMutation('dutyPeople.update', ['dutyPeople', 'rosters']);
  const postOptions = (posts.data ?? []).map((p) => ({ value: p.id, label: p.name }));

  return (
    <Card
      size="small"
      title="值班人员"
      extra={
        <Space>
          <CommunitySelect value={community} onChange={setCommunity} names={communityNames} />
          <Input.Search
            allowClear
            aria-label="查找人员"
            placeholder="姓名、电话或拼音首字母"
            onSearch={setQ}
            style={{ width: 220 }}
          />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        名单取自人员名册中在岗的人员；在“人员名册”中增减人员。
      </Typography.Paragraph>
      <Table<DutyPerson>
        size="small"
        rowKey="cadreId"
        loading={people.isFetching}
        dataSource={people.data ?? []}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (n) => `共 ${n} 人` }}
        scroll={{ x: 1000 }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 90, fixed: 'left' },
          { title: '派出单位', dataIndex: 'unit', width: 160, ellipsis: true },
          { title: '联系电话', dataIndex: 'phone', width: 120 },
          { title: '社区', dataIndex: 'community', width: 100 },
          {
            title: '党员',
            dataIndex: 'isPartyMember',
            width: 60,
            render: (v: boolean) => (v ? <Tag color="red">党员</Tag> : null),
          },
          {
            title: '带班领导',
            key: 'leader',
            width: 90,
            render: (_, p) => (
              <Switch
                size="small"
                aria-label={`${p.name} 带班领导`}
                checked={p.isLeader}
                loading={update.isPending && update.variables?.cadreId === p.cadreId}
                onChange={(isLeader) => update.mutate({ cadreId: p.cadreId, isLeader })}
              />
            ),
          },
          {
            title: '每周最多工时',
            key: 'hours',
            width: 130,
            render: (_, p) => (
              <WeeklyHoursInput
                name={p.name}
                value={p.maxHoursPerWeek}
                onSave={(maxHoursPerWeek) => update.mutate({ cadreId: p.cadreId, maxHoursPerWeek })}
              />
            ),
          },
          {
            title: '愿意值守的岗位',
            key: 'preferred',
            render: (_, p) => (
              <Select
                mode="multiple"
                size="small"
                aria-label={`${p.name} 愿意值守的岗位`}
                placeholder="不限"
                style={{ width: '100%', minWidth: 200 }}
                maxTagCount="responsive"
                optionFilterProp="label"
                value={p.preferredPostIds}
                options={postOptions}
                onChange={(preferredPostIds: number[]) => update.mutate({ cadreId: p.cadreId, preferredPostIds })}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
