import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Unavailability } from '../../../../../shared/domain/rosters/types';
import { todayText } from '../../../../../shared/domain/dates';
import { useApiMutation, useApiQuery } from '../../../api';
import { monthOf, type Period } from '../period';
import { PeriodPicker } from '../PeriodPicker';
import { AvailabilityForm } from './AvailabilityForm';
import { WriteOnly } from '../../../shell/auth/WriteOnly';
import { DeleteLink } from '../../../components/DeleteLink';

const REASON_COLORS: Record<string, string> = { 请假: 'blue', 隔离: 'red', 轮休: 'green', 其他: 'default' };

/** 请假、隔离、轮休 overlapping a period; added through a form, removed in place. */
export function AvailabilityCard() {
  const { message } = App.useApp();
  const [period, setPeriod] = useState<Period>(() => monthOf(todayText(new Date())));
  const list = useApiQuery('availability.list', period);
  const remove = useApiMutation('availability.remove', ['availability', 'rosters']);
  const [adding, setAdding] = useState(false);

  return (
    <Card
      size="small"
      title="请假、隔离、轮休"
      extra={
        <Space>
          <PeriodPicker value={period} onChange={setPeriod} ariaLabel="请假期间" />
          <WriteOnly>
            <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              登记
            </Button>
          </WriteOnly>
        </Space>
      }
    >
      <Table<Unavailability>
        size="small"
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={{ defaultPageSize: 20, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 条` }}
        locale={{ emptyText: '这段时间没有人请假、隔离或轮休' }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 100 },
          {
            title: '原因',
            dataIndex: 'reason',
            width: 80,
            render: (r: string) => <Tag color={REASON_COLORS[r]}>{r}</Tag>,
          },
          { title: '开始', dataIndex: 'from', width: 150 },
          { title: '结束', dataIndex: 'to', width: 150 },
          { title: '备注', dataIndex: 'note', ellipsis: true },
          {
            title: '操作',
            key: 'actions',
            width: 80,
            render: (_, u) => (
              <WriteOnly>
                <DeleteLink
                  title={`删除 ${u.name} 的${u.reason}？`}
                  onConfirm={() =>
                    remove
                      .mutateAsync({ id: u.id })
                      .then(() => void message.success('已删除'))
                      .catch(() => undefined)
                  }
                />
              </WriteOnly>
            ),
          },
        ]}
      />
      {adding && <AvailabilityForm onClose={() => setAdding(false)} />}
    </Card>
  );
}
