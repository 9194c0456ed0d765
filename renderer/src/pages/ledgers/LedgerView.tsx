import { Alert, Table, theme } from 'antd';
import type { TableRef } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import { useEffect, useMemo, useRef, useState } from 'react';
import { todayText } from '../../../../shared/domain/dates';
import type { LedgerKind } from '../../../../shared/domain/ledgers/types';
import { buildColumns, serverSort, type SortState } from './columns';
import { LedgerToolbar, type ToolbarState } from './LedgerToolbar';
import { useDebounced, useElementHeight } from './hooks';
import { useEntryWindow, type EntryQuery, type WindowRow } from './useEntryWindow';
import { useCan } from '../../shell/auth/useAuth';

interface Props {
  kind: LedgerKind;
  /** Opens the form to add an entry; the community chosen in the toolbar is its default. */
  onAdd: (community?: string) => void;
  onOpen: (entryId: number) => void;
}

/** One ledger: the toolbar and a virtual table loaded from the server window by window. */
export function LedgerView({ kind, onAdd, onOpen }: Props) {
  const [toolbar, setToolbar] = useState<ToolbarState>({ q: '', status: '在册', filters: {} });
  const [sort, setSort] = useState<SortState | null>(null);
  const q = useDebounced(toolbar.q.trim(), 250);
  const query: EntryQuery = {
    kind: kind.key,
    status: toolbar.status,
    ...(q ? { q } : {}),
    ...(toolbar.community ? { community: toolbar.community } : {}),
    ...(toolbar.grid ? { grid: toolbar.grid } : {}),
    ...(Object.keys(toolbar.filters).length > 0 ? { filters: toolbar.filters } : {}),
    ...(sort ? { sort: serverSort(sort) } : {}),
  };
  const entries = useEntryWindow(query);
  const tableRef = useRef<TableRef>(null);
  const [box, height] = useElementHeight<HTMLDivElement>();
  const today = todayText(new Date());
  const filtered = Boolean(
    toolbar.q.trim() || toolbar.community || toolbar.status !== '在册' || Object.keys(toolbar.filters).length,
  );

  // A new query starts at the top.
  useEffect(() => {
    tableRef.current?.scrollTo({ top: 0 });
  }, [entries.shownKey]);

  // Alt+N adds, wherever the focus is (the 新增 button's tooltip says so); not for 查看.
  const canWrite = useCan().write;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (canWrite && e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN') {
        e.preventDefault();
        onAdd(toolbar.community);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canWrite, onAdd, toolbar.community]);

  // antd's estimate of a small table row (padding, one line, border): rows are held to it exactly,
  // else rows not yet drawn are counted short and the last one can slip out of view.
  const { token } = theme.useToken();
  const rowHeight = token.paddingXS * 2 + Math.floor(token.fontSize * token.lineHeight) + token.lineWidth;
  const columns = useMemo(
    () => buildColumns({ kind, today, sort, store: entries.store, requestRow: entries.requestRow, rowHeight }),
    [kind, today, sort, entries.store, entries.requestRow, rowHeight],
  );
  const bodyHeight = Math.max(160, height - 42);
  const scrollX = columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 100), 0);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <LedgerToolbar
        kind={kind}
        value={toolbar}
        onChange={setToolbar}
        total={entries.shownKey === null ? null : entries.total}
        onAdd={() => onAdd(toolbar.community)}
        view={query}
      />
      {entries.error && <Alert type="error" showIcon title={entries.error.message} style={{ marginBottom: 8 }} />}
      <div ref={box} style={{ flex: 1, minHeight: 200 }}>
        <Table<WindowRow>
          ref={tableRef}
          virtual
          size="small"
          bordered
          rowKey="index"
          columns={columns}
          dataSource={entries.rows}
          pagination={false}
          loading={entries.loading}
          scroll={{ x: scrollX, y: bodyHeight }}
          onScroll={entries.onScroll}
          locale={{ emptyText: filtered ? '没有符合条件的记录' : '还没有记录：点“新增”登记第一位' }}
          onChange={(_pagination, _filters, sorter) => {
            const one = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<WindowRow> | undefined;
            setSort(one?.order && one.columnKey ? { columnKey: String(one.columnKey), order: one.order } : null);
          }}
          onRow={(row) => {
            const open = () => {
              const entry = entries.store.get(row.index);
              if (entry) onOpen(entry.id);
            };
            return {
              tabIndex: 0,
              style: { cursor: 'pointer' },
              onClick: open,
              onKeyDown: (e) => e.key === 'Enter' && e.target === e.currentTarget && open(),
            };
          }}
        />
      </div>
    </div>
  );
}
