import { ImportOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Segmented, Select, Tooltip, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { LedgerKind } from '../../../../shared/domain/ledgers/types';
import { useApiQuery } from '../../api';
import { WriteOnly } from '../../shell/auth/WriteOnly';
import { LedgerExportButton, type LedgerViewQuery } from '../transfer/LedgerExportButton';
import { KindFilters, type FilterValue } from './KindFilters';

export type StatusFilter = '在册' | '已结案' | '全部';

export interface ToolbarState {
  q: string;
  community?: string;
  grid?: string;
  status: StatusFilter;
  filters: Record<string, FilterValue>;
}

interface Props {
  kind: LedgerKind;
  value: ToolbarState;
  onChange: (next: ToolbarState) => void;
  total: number | null;
  onAdd: () => void;
  /** What the table shows (search, filters, sort): 导出 exports exactly that. */
  view: LedgerViewQuery;
}

export function LedgerToolbar({ kind, value, onChange, total, onAdd, view }: Props) {
  const navigate = useNavigate();
  const communities = useApiQuery('communities.list', {});
  const grids = communities.data?.find((c) => c.name === value.community)?.grids ?? [];
  const set = (patch: Partial<ToolbarState>) => onChange({ ...value, ...patch });

  return (
    <Flex gap={8} align="flex-start" style={{ marginBottom: 12 }}>
      <Flex gap={8} wrap align="center" style={{ flex: '1 1 auto', minWidth: 0 }}>
        <Input
          aria-label="搜索"
          placeholder="姓名、拼音首字母、身份证号、电话"
          prefix={<SearchOutlined />}
          allowClear
          value={value.q}
          onChange={(e) => set({ q: e.target.value })}
          style={{ width: 260 }}
        />
        <Select
          aria-label="社区"
          placeholder="全部社区"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 140 }}
          value={value.community}
          options={(communities.data ?? []).map((c) => ({ value: c.name, label: c.name }))}
          onChange={(community?: string) => set({ community, grid: undefined })}
        />
        <Select
          aria-label="网格"
          placeholder={value.community ? '全部网格' : '先选社区'}
          allowClear
          disabled={!value.community || grids.length === 0}
          style={{ width: 130 }}
          value={value.grid}
          options={grids.map((g) => ({ value: g.name, label: g.name }))}
          onChange={(grid?: string) => set({ grid })}
        />
        <KindFilters kind={kind} value={value.filters} onChange={(filters) => set({ filters })} />
        <Segmented<StatusFilter>
          aria-label="状态"
          options={['在册', '已结案', '全部']}
          value={value.status}
          onChange={(status) => set({ status })}
        />
      </Flex>
      <Flex gap={8} align="center" style={{ flex: 'none', minHeight: 32 }}>
        <Typography.Text type="secondary" data-testid="ledger-total" style={{ whiteSpace: 'nowrap' }}>
          {total === null ? '' : `共 ${total} 人`}
        </Typography.Text>
        <WriteOnly>
          <Tooltip title="快捷键 Alt+N">
            <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
              新增
            </Button>
          </Tooltip>
          <Tooltip title="从 Excel 或 CSV 文件导入">
            <Button
              icon={<ImportOutlined />}
              onClick={() => navigate(`/transfer?kind=${encodeURIComponent(kind.key)}`)}
            >
              导入
            </Button>
          </Tooltip>
          <LedgerExportButton kind={kind} view={view} total={total} />
        </WriteOnly>
      </Flex>
    </Flex>
  );
}
