import { Alert, Card, Col, DatePicker, Row, Space, Statistic, Table } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { RosterAbsent, RosterUnscheduled } from '../../../../../shared/domain/rosters/types';
import { todayText } from '../../../../../shared/domain/dates';
import { useApiQuery } from '../../../api';
import { CommunitySelect } from '../CommunitySelect';
import { shiftTime } from '../shiftTime';
import { useRosterCommunity } from '../useRosterCommunity';

/** 到岗核对: a day's roster against its sign-ins — who was rostered and did not sign in, and who signed in without a shift. */
export function VsSigninsPanel() {
  const { community, setCommunity, communityNames } = useRosterCommunity();
  const [date, setDate] = useState(() => todayText(new Date()));
  const check = useApiQuery('rosters.vsSignins', { date, community: community || undefined });
  const data = check.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <span>日期</span>
        <DatePicker
          aria-label="核对日期"
          allowClear={false}
          value={dayjs(date)}
          format="YYYY-MM-DD dddd"
          onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
        />
        <span>社区</span>
        <CommunitySelect value={community} onChange={setCommunity} names={communityNames} />
      </Space>
      {check.error && <Alert type="error" showIcon title={check.error.message} />}
      <Row gutter={16}>
        <Col span={8}>
          <Statistic title="已到岗" value={data?.present ?? 0} suffix="人次" />
        </Col>
        <Col span={8}>
          <Statistic
            title="排班未签到"
            value={data?.absent.length ?? 0}
            suffix="人次"
            styles={{ content: { color: '#cf1322' } }}
          />
        </Col>
        <Col span={8}>
          <Statistic title="签到无排班" value={data?.unscheduled.length ?? 0} suffix="人" />
        </Col>
      </Row>
      <Card size="small" title="排班未签到" data-testid="roster-absent">
        <Table<RosterAbsent>
          size="small"
          rowKey={(a) => `${a.cadreId}|${a.postName}|${a.shiftName}`}
          loading={check.isFetching}
          dataSource={data?.absent ?? []}
          pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '排了班的人都已签到' }}
          columns={[
            { title: '姓名', dataIndex: 'name', width: 100 },
            { title: '联系电话', dataIndex: 'phone', width: 130 },
            { title: '岗位', dataIndex: 'postName', width: 150 },
            { title: '班次', dataIndex: 'shiftName', width: 80 },
            { title: '时间', key: 'time', render: (_, a) => shiftTime(a.start, a.end) },
          ]}
        />
      </Card>
      <Card size="small" title="签到但无排班" data-testid="roster-unscheduled">
        <Table<RosterUnscheduled>
          size="small"
          rowKey="cadreId"
          loading={check.isFetching}
          dataSource={data?.unscheduled ?? []}
          pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '签到的人都有排班' }}
          columns={[
            { title: '姓名', dataIndex: 'name', width: 100 },
            { title: '联系电话', dataIndex: 'phone', width: 130 },
            { title: '签到时间', dataIndex: 'signedIn', width: 150, render: (t: string | null) => t ?? '' },
            { title: '签到岗位', dataIndex: 'post' },
          ]}
        />
      </Card>
    </Space>
  );
}
