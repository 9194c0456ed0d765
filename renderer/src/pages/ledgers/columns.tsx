import { Tag, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useEffect, type ReactNode } from 'react';
import type { FieldDef } from '../../../../shared/domain/ledgers/fields';
import type { Entry, LedgerKind } from '../../../../shared/domain/ledgers/types';
import { formatPhones } from '../../../../shared/domain/phone';
import { FieldValueText } from '../../components/ledgers/FieldValueText';
import { ageOn, gestationText, serviceShort, statusText } from '../../components/ledgers/format';
import { IdNumberText } from '../../components/ledgers/IdNumberText';
import { useWindowEntry, type EntryStore, type WindowRow } from './useEntryWindow';

export interface SortState {
  columnKey: string;
  order: 'ascend' | 'descend';
}

/** What the server sorts by for a column: age is the birth date, reversed. */
export function serverSort(sort: SortState | null): { field: string; order: 'ascend' | 'descend' } | undefined {
  if (!sort) return undefined;
  if (sort.columnKey === 'age') return { field: 'birthDate', order: sort.order === 'ascend' ? 'descend' : 'ascend' };
  return { field: sort.columnKey, order: sort.order };
}

/** The built-in ledgers show a chosen few of their fields, some under shorter titles. */
const BUILTIN_COLUMNS: Record<string, { key: string; title?: string }[]> = {
  pregnant: [
    { key: 'gestationalAge' },
    { key: 'dueDate' },
    { key: 'riskLevel', title: '风险等级' },
    { key: 'prenatalHospital' },
    { key: 'riskFactors' },
  ],
  dialysis: [
    { key: 'dialysisType' },
    { key: 'dialysisDays' },
    { key: 'dialysisSession', title: '时段' },
    { key: 'dialysisHospital' },
    { key: 'transport' },
    { key: 'escort' },
  ],
};

const WIDTHS: Record<FieldDef['type'], number> = {
  text: 150,
  number: 90,
  date: 110,
  choice: 100,
  multi: 160,
  phone: 150,
  bool: 70,
  weekdays: 140,
};

function LoadingText({ index, onShown }: { index: number; onShown: (index: number) => void }) {
  useEffect(() => {
    // Rows flown past while scrolling unmount before this fires: only rows that stay ask.
    const timer = window.setTimeout(() => onShown(index), 150);
    return () => window.clearTimeout(timer);
  }, [index, onShown]);
  return <Typography.Text type="secondary">加载中…</Typography.Text>;
}

interface CellProps {
  store: EntryStore;
  index: number;
  render: (entry: Entry) => ReactNode;
  /** Set on the first column: what an unloaded row shows, and how it asks for its page. */
  onShown?: (index: number) => void;
}

/** One cell: reads its row's entry from the window's store, so only its row re-renders when the page arrives. */
function EntryCell({ store, index, render, onShown }: CellProps) {
  const entry = useWindowEntry(store, index);
  if (entry) return <>{render(entry)}</>;
  return onShown ? <LoadingText index={index} onShown={onShown} /> : null;
}

interface Options {
  kind: LedgerKind;
  today: string;
  sort: SortState | null;
  store: EntryStore;
  requestRow: (index: number) => void;
  /** The virtual list's own estimate of a row; cells are held to it so its sums stay exact. */
  rowHeight: number;
}

export function buildColumns({ kind, today, sort, store, requestRow, rowHeight }: Options): ColumnType<WindowRow>[] {
  const col = (
    key: string,
    title: string,
    width: number,
    render: (e: Entry) => ReactNode,
    sortable = false,
  ): ColumnType<WindowRow> => ({
    key,
    title,
    width,
    ellipsis: true,
    sorter: sortable,
    sortOrder: sortable && sort?.columnKey === key ? sort.order : null,
    showSorterTooltip: false,
    onCell: () => ({ style: { height: rowHeight } }),
    render: (_, row) => <EntryCell store={store} index={row.index} render={render} />,
  });

  // Choices sort on the server in the order of their options: the risk level 绿 → 紫.
  const fieldColumn = (def: FieldDef, title = def.label) =>
    col(
      def.key,
      title,
      Math.max(WIDTHS[def.type], title.length * 16 + 40),
      (e) => <FieldValueText def={def} value={e.fields[def.key]} />,
      ['text', 'number', 'date', 'choice'].includes(def.type),
    );

  const kindColumns: ColumnType<WindowRow>[] = [];
  const picked = BUILTIN_COLUMNS[kind.key] ?? kind.fields.map((f) => ({ key: f.key, title: undefined }));
  for (const { key, title } of picked) {
    if (key === 'gestationalAge') {
      kindColumns.push(
        col('gestationalAge', '孕周', 130, (e) => (e.status === '在册' ? gestationText(e, today) : ''), true),
      );
      continue;
    }
    const def = kind.fields.find((f) => f.key === key);
    if (def) kindColumns.push(fieldColumn(def, title));
  }

  return [
    {
      ...col('name', '姓名', 110, (e) => e.name, true),
      fixed: 'left',
      render: (_, row) => <EntryCell store={store} index={row.index} render={(e) => e.name} onShown={requestRow} />,
    },
    col('gender', '性别', 60, (e) => e.gender),
    col('age', '年龄', 70, (e) => ageOn(e.birthDate, today) ?? '', true),
    col('idNumber', '身份证号', 230, (e) => <IdNumberText key={e.id} entryId={e.id} masked={e.idNumber} />),
    col('phones', '联系电话', 200, (e) => formatPhones(e.phones, e.phoneNotes, '、')),
    col('community', '社区', 120, (e) => e.community, true),
    col('grid', '网格', 110, (e) => e.grid ?? '', true),
    ...kindColumns,
    col('latestService', '最近服务', 150, (e) => serviceShort(e.latestService), true),
    col('status', '状态', 140, (e) =>
      e.status === '已结案' ? (
        <Tag style={{ marginInlineEnd: 0 }}>{statusText(e)}</Tag>
      ) : (
        <Tag color="green" style={{ marginInlineEnd: 0 }}>
          在册
        </Tag>
      ),
    ),
  ];
}
