import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select } from 'antd';
import { CADRE_ROLES, POLITICS } from '../../../../../shared/domain/cadres/types';
import { useApiQuery } from '../../../api';
import { WriteOnly } from '../../../shell/auth/WriteOnly';

export interface RosterFilters {
  q?: string;
  community?: string;
  unit?: string;
  role?: (typeof CADRE_ROLES)[number];
  politics?: (typeof POLITICS)[number];
}

interface Props {
  filters: RosterFilters;
  onChange: (filters: RosterFilters) => void;
  onAdd: () => void;
  onImport: () => void;
  onExport: () => void;
  busy: boolean;
}

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** Search (name, phone, unit, pinyin initials), filters, and 新增 / 导入 / 导出. */
export function RosterToolbar({ filters, onChange, onAdd, onImport, onExport, busy }: Props) {
  const communities = useApiQuery('communities.list', {});
  const units = useApiQuery('cadres.units', {});
  const set = (patch: RosterFilters) => onChange({ ...filters, ...patch });
  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <Input.Search
        allowClear
        placeholder="姓名、电话、单位或拼音首字母"
        style={{ width: 240 }}
        defaultValue={filters.q}
        onSearch={(q) => set({ q: q || undefined })}
        onChange={(e) => set({ q: e.target.value || undefined })}
        aria-label="搜索人员"
      />
      <Select
        allowClear
        placeholder="社区"
        style={{ width: 130 }}
        value={filters.community}
        onChange={(community?: string) => set({ community })}
        options={(communities.data ?? []).map((c) => ({ value: c.name, label: c.name }))}
      />
      <Select
        allowClear
        showSearch
        placeholder="派出单位"
        style={{ width: 200 }}
        value={filters.unit}
        onChange={(unit?: string) => set({ unit })}
        options={(units.data ?? []).map((u) => ({ value: u.unit, label: `${u.unit}（${u.count}）` }))}
      />
      <Select
        allowClear
        placeholder="身份"
        style={{ width: 120 }}
        value={filters.role}
        onChange={(role?: RosterFilters['role']) => set({ role })}
        options={options(CADRE_ROLES)}
      />
      <Select
        allowClear
        placeholder="政治面貌"
        style={{ width: 130 }}
        value={filters.politics}
        onChange={(politics?: RosterFilters['politics']) => set({ politics })}
        options={options(POLITICS)}
      />
      <WriteOnly>
        <Flex gap={8} style={{ marginLeft: 'auto' }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
            新增
          </Button>
          <Button icon={<UploadOutlined />} onClick={onImport} loading={busy}>
            导入
          </Button>
          <Button icon={<DownloadOutlined />} onClick={onExport}>
            导出
          </Button>
        </Flex>
      </WriteOnly>
    </Flex>
  );
}
