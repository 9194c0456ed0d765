import { Table, Typography } from 'antd';
import type { AuditRow, LedgerKind } from '../../../../../shared/domain/ledgers/types';
import { diffLogged, kindContext, valueText, type DiffLine } from './auditChanges';
import { keyLabel } from './auditLabels';

const empty = <Typography.Text type="secondary">（空）</Typography.Text>;

/** The keys a logged write changed, before → after, as text. */
export function AuditDiff({ row, kinds }: { row: AuditRow; kinds: LedgerKind[] | undefined }) {
  const lines = diffLogged(row);
  const { labels, weekdayKeys, kindName } = kindContext(row, kinds);
  const text = (line: DiffLine, value: unknown) => {
    const shown =
      line.key === 'kind' && typeof value === 'string' ? kindName(value) : valueText(line.key, value, weekdayKeys);
    return shown === '' ? empty : <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{shown}</span>;
  };
  const added = row.before === null;
  const removed = row.after === null;

  if (lines.length === 0) return <Typography.Text type="secondary">没有内容变化</Typography.Text>;
  return (
    <Table<DiffLine>
      size="small"
      bordered
      rowKey="key"
      pagination={false}
      dataSource={lines}
      style={{ maxWidth: 900 }}
      columns={[
        { title: '项目', dataIndex: 'key', width: 160, render: (key: string) => keyLabel(row.entity, key, labels) },
        ...(added
          ? []
          : [
              {
                title: removed ? '删除前' : '修改前',
                key: 'before',
                render: (_: unknown, l: DiffLine) => text(l, l.before),
              },
            ]),
        ...(removed
          ? []
          : [
              { title: added ? '内容' : '修改后', key: 'after', render: (_: unknown, l: DiffLine) => text(l, l.after) },
            ]),
      ]}
    />
  );
}
