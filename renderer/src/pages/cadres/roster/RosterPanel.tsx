import { App, Table } from 'antd';
import { useState } from 'react';
import type { Cadre } from '../../../../../shared/domain/cadres/types';
import { call, useApiMutation, useApiQuery } from '../../../api';
import { platform } from '../../../platform';
import { CadreForm } from './CadreForm';
import { CadreImport, type OpenedImport } from './CadreImport';
import { rosterColumns } from './columns';
import { RosterToolbar, type RosterFilters } from './RosterToolbar';

const fileFilters = [
  { name: 'Excel 或 CSV 文件', extensions: ['xlsx', 'xls', 'et', 'csv'] },
  { name: '所有文件', extensions: ['*'] },
];

/** 干部签到 -> 人员名册: search, filters, server-paged table, form, import and export. */
export function RosterPanel() {
  const { message } = App.useApp();
  const [filters, setFilters] = useState<RosterFilters>({});
  const [page, setPage] = useState({ current: 1, pageSize: 50 });
  const [editing, setEditing] = useState<Cadre | null | undefined>(undefined);
  const [opened, setOpened] = useState<OpenedImport | null>(null);
  const [reading, setReading] = useState(false);
  const list = useApiQuery('cadres.list', {
    ...filters,
    offset: (page.current - 1) * page.pageSize,
    limit: page.pageSize,
  });
  const remove = useApiMutation('cadres.remove', ['cadres', 'orgs']);

  const changeFilters = (next: RosterFilters) => {
    setFilters(next);
    setPage((p) => ({ ...p, current: 1 }));
  };

  const startImport = async () => {
    const file = await platform.openFile({ title: '选择人员名单（Excel 或 CSV）', filters: fileFilters });
    if (!file) return;
    setReading(true);
    try {
      const started = await call('cadres.importStart', { fileId: file.fileId });
      const preview = await call('cadres.importPreview', { importId: started.importId });
      setOpened({ importId: started.importId, fileName: started.fileName, preview });
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setReading(false);
    }
  };

  const exportRoster = async () => {
    try {
      const file = await call('cadres.export', filters);
      const saved = await platform.saveFile({
        fileId: file.fileId,
        suggestedName: file.name,
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
      });
      if (saved) void message.success(`已导出“${file.name}”`);
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  const removeCadre = async (c: Cadre) => {
    await remove.mutateAsync({ id: c.id });
    void message.success(`已删除“${c.name}”`);
  };

  return (
    <div>
      <RosterToolbar
        filters={filters}
        onChange={changeFilters}
        onAdd={() => setEditing(null)}
        onImport={() => void startImport()}
        onExport={() => void exportRoster()}
        busy={reading}
      />
      <Table<Cadre>
        size="small"
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.rows ?? []}
        columns={rosterColumns(setEditing, (c) => void removeCadre(c))}
        scroll={{ x: 1250 }}
        pagination={{
          ...page,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => `共 ${total} 人`,
          onChange: (current, pageSize) => setPage({ current, pageSize }),
        }}
        onRow={(c) => ({ onDoubleClick: () => setEditing(c) })}
      />
      {editing !== undefined && <CadreForm cadre={editing} onClose={() => setEditing(undefined)} />}
      {opened && <CadreImport opened={opened} onClose={() => setOpened(null)} />}
    </div>
  );
}
