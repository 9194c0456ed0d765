import { DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { AuditRow } from '../../../../../shared/domain/ledgers/types';
import { useApiQuery } from '../../../api';
import { AuditDiff } from './AuditDiff';
import { subjectName } from './auditChanges';
import { entityLabel, entityLabels, methodLabel } from './auditLabels';

/** `value`, once it has stopped changing for `ms`: typing in a filter box does not query per key. */
function useSettled<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const entityOptions = Object.entries(entityLabels).map(([value, label]) => ({ value, label }));

/** 设置 -> 操作日志: every write, who made it and when, with what changed; filtered and paged on the server. */
export function AuditPanel() {
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [operatorText, setOperatorText] = useState('');
  const [entity, setEntity] = useState<string | undefined>();
  const [qText, setQText] = useState('');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const operator = useSettled(operatorText.trim());
  const q = useSettled(qText.trim());
  const from = range?.[0]?.format('YYYY-MM-DD');
  const to = range?.[1]?.format('YYYY-MM-DD');

  // A new filter starts again at the first page.
  useEffect(() => setPaging((p) => ({ ...p, page: 1 })), [from, to, operator, entity, q]);

  const list = useApiQuery('audit.list', {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(operator ? { operator } : {}),
    ...(entity ? { entity } : {}),
    ...(q ? { q } : {}),
    offset: (paging.page - 1) * paging.pageSize,
    limit: paging.pageSize,
  });
  const kinds = useApiQuery('kinds.list', {});

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <DatePicker.RangePicker
          value={range}
          onChange={(v) => setRange(v)}
          allowEmpty={[true, true]}
          placeholder={['开始日期', '结束日期']}
          aria-label="日期范围"
        />
        <Input
          placeholder="操作员"
          aria-label="操作员"
          allowClear
          value={operatorText}
          onChange={(e) => setOperatorText(e.target.value)}
          style={{ width: 140 }}
        />
        <Select
          placeholder="对象"
          aria-label="对象"
          allowClear
          options={entityOptions}
          value={entity}
          onChange={(v?: string) => setEntity(v)}
          style={{ width: 140 }}
        />
        <Input.Search
          placeholder="关键字：姓名、内容…"
          aria-label="关键字"
          allowClear
          value={qText}
          onChange={(e) => setQText(e.target.value)}
          onSearch={(v) => setQText(v)}
          style={{ width: 240 }}
        />
      </Space>

      {list.error && <Typography.Text type="danger">{list.error.message}</Typography.Text>}

      <Table<AuditRow>
        size="small"
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.rows ?? []}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => `共 ${total} 条`,
          onChange: (page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
        }}
        expandable={{
          expandedRowRender: (row) => <AuditDiff row={row} kinds={kinds.data} />,
          expandRowByClick: true,
          columnTitle: '详情',
        }}
        locale={{ emptyText: '没有符合条件的操作记录' }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 170 },
          { title: '操作员', dataIndex: 'operator', width: 120 },
          {
            title: '操作',
            dataIndex: 'method',
            width: 150,
            render: (method: string) => <span title={method}>{methodLabel(method)}</span>,
          },
          {
            title: '对象',
            key: 'subject',
            render: (_, row) => (
              <Space size={4}>
                <Tag>{entityLabel(row.entity)}</Tag>
                <span>{subjectName(row)}</span>
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
