import { Table } from 'antd';
import type { OrgCountRow } from '../../../../../shared/domain/cadres/types';
import { useApiQuery } from '../../../api';

const columns = [
  { title: '社区', dataIndex: 'community' },
  { title: '临时党支部', dataIndex: 'branches', align: 'right' as const },
  { title: '党员先锋岗', dataIndex: 'vanguards', align: 'right' as const },
  { title: '党员责任区', dataIndex: 'areas', align: 'right' as const },
  { title: '党员突击队', dataIndex: 'teams', align: 'right' as const },
  { title: '党员', dataIndex: 'partyMembers', align: 'right' as const },
  { title: '在岗人数', dataIndex: 'people', align: 'right' as const },
];

/** Per community, with the street's 合计 row: the figures reports to superiors quote. */
export function CountsTable() {
  const counts = useApiQuery('orgs.counts', {});
  const rows = counts.data ? [...counts.data.rows, counts.data.total] : [];
  return (
    <Table<OrgCountRow>
      data-testid="org-counts"
      size="small"
      bordered
      rowKey="community"
      loading={counts.isFetching}
      columns={columns}
      dataSource={rows}
      pagination={false}
      onRow={(row) =>
        row.community === '合计' && row === counts.data?.total
          ? { style: { fontWeight: 600, background: '#fafafa' } }
          : {}
      }
    />
  );
}
