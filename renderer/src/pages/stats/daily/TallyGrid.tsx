import { InputNumber, Table, Tooltip, Typography } from 'antd';
import { useRef, type KeyboardEvent } from 'react';
import type { TallyDay, TallyRow } from '../../../../../shared/domain/tallies/types';
import { TALLY_MAX } from '../../../../../shared/domain/tallies/types';

export const cellKey = (communityId: number, itemId: number) => `${communityId}:${itemId}`;

interface Props {
  day: TallyDay;
  /** Typed but not saved, by cellKey; null is an emptied cell. */
  edits: Record<string, number | null>;
  onEdit: (communityId: number, itemId: number, value: number | null) => void;
  readOnly: boolean;
}

/** Keys a number cell lets through besides digits: moving, deleting, and shortcuts. */
const EDIT_KEYS = new Set(['Backspace', 'Delete', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/**
 * One row per community, one column per active item, a totals row. Tab moves right (and on to the
 * next row), Shift+Tab back, Enter down, Shift+Enter up; only digits can be typed.
 */
export function TallyGrid({ day, edits, onEdit, readOnly }: Props) {
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const rowCount = day.rows.length;
  const colCount = day.items.length;

  const focus = (row: number, col: number) => {
    const input = inputs.current.get(`${row}:${col}`);
    if (!input) return false;
    input.focus();
    input.select();
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    if (event.key === 'Tab') {
      const next = row * colCount + col + (event.shiftKey ? -1 : 1);
      if (next >= 0 && next < rowCount * colCount && focus(Math.floor(next / colCount), next % colCount)) {
        event.preventDefault();
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
      focus(row + (event.shiftKey ? -1 : 1), col);
    } else if (
      event.key.length === 1 &&
      !/[0-9]/.test(event.key) &&
      !event.ctrlKey &&
      !event.metaKey &&
      !EDIT_KEYS.has(event.key)
    ) {
      event.preventDefault();
    }
  };

  const shown = (row: TallyRow, itemId: number) => {
    const key = cellKey(row.communityId, itemId);
    return key in edits ? edits[key]! : (row.cells[itemId]?.value ?? null);
  };

  const columns = [
    {
      title: '社区',
      key: 'community',
      fixed: 'left' as const,
      width: 160,
      render: (_: unknown, row: TallyRow) => <Typography.Text strong>{row.communityName}</Typography.Text>,
    },
    ...day.items.map((item, col) => ({
      title: (
        <span>
          {item.name}
          <Typography.Text type="secondary">（{item.unit}）</Typography.Text>
        </span>
      ),
      key: `item-${item.id}`,
      width: 150,
      align: 'right' as const,
      render: (_: unknown, row: TallyRow, rowIndex: number) => {
        const cell = row.cells[item.id];
        const key = cellKey(row.communityId, item.id);
        const value = shown(row, item.id);
        const changed = key in edits && edits[key] !== (cell?.value ?? null);
        const tip = changed ? '已修改，尚未保存' : cell ? `${cell.enteredBy} 录入于 ${cell.enteredAt}` : '尚未录入';
        const label = `${row.communityName} ${item.name}`;
        if (readOnly) {
          return (
            <Tooltip title={tip}>
              <span aria-label={label}>{value ?? ''}</span>
            </Tooltip>
          );
        }
        return (
          <Tooltip title={tip} mouseEnterDelay={0.5}>
            <InputNumber
              aria-label={label}
              value={value}
              min={0}
              max={TALLY_MAX}
              precision={0}
              controls={false}
              status={changed ? 'warning' : undefined}
              style={{ width: '100%' }}
              ref={(el) => {
                const input = el?.nativeElement.querySelector('input');
                if (input) inputs.current.set(`${rowIndex}:${col}`, input);
                else inputs.current.delete(`${rowIndex}:${col}`);
              }}
              onFocus={(e) => e.target.select()}
              onKeyDown={(e) => onKeyDown(e, rowIndex, col)}
              onChange={(v) => onEdit(row.communityId, item.id, typeof v === 'number' ? v : null)}
            />
          </Tooltip>
        );
      },
    })),
  ];

  return (
    <Table<TallyRow>
      rowKey="communityId"
      size="small"
      bordered
      pagination={false}
      dataSource={day.rows}
      columns={columns}
      scroll={{ x: 160 + 150 * colCount }}
      summary={(rows) => (
        <Table.Summary fixed>
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>合计</Typography.Text>
            </Table.Summary.Cell>
            {day.items.map((item, col) => (
              <Table.Summary.Cell key={item.id} index={col + 1} align="right">
                <Typography.Text strong data-testid={`total-${item.id}`}>
                  {rows.reduce((sum, row) => sum + (shown(row, item.id) ?? 0), 0)}
                </Typography.Text>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
