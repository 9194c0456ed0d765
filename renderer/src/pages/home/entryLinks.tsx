import type { KeyboardEvent, ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { splitDate } from '../../../../shared/domain/dates';
import { phoneWithNote } from '../../../../shared/domain/phone';
import { weekdayName } from '../../../../shared/domain/weekdays';

/** The ledger page with the entry's drawer open: every item that names an entry links there. */
export function entryRoute(kind: string, entryId: number): string {
  return `/ledgers/${kind}?entry=${entryId}`;
}

/**
 * Table row props that open an entry: click, or Enter when the row has focus (rows are in the
 * tab order, so the whole list can be worked through with the keyboard).
 */
export function useEntryRows<T>(target: (row: T) => { kind: string; entryId: number; name: string }) {
  const navigate = useNavigate();
  return (row: T) => {
    const { kind, entryId, name } = target(row);
    const open = () => navigate(entryRoute(kind, entryId));
    return {
      onClick: open,
      onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
        if (e.key === 'Enter') open();
      },
      tabIndex: 0,
      title: `打开“${name}”的记录`,
      'data-entry-id': entryId,
      className: 'entry-row',
      style: { cursor: 'pointer' },
    };
  };
}

/** '2026-11-23', 1 → '2026年11月23日 星期一'. */
export function longDate(date: string, weekday: number): string {
  const parts = splitDate(date);
  const day = weekdayName(weekday).replace('周', '星期');
  return parts ? `${parts.y}年${parts.m}月${parts.d}日 ${day}` : date;
}

/** Phone numbers of an entry with whose they are, one a line, for a table cell. */
export function phoneText(phones: string[], row: { phoneNotes?: Record<string, string> }): ReactNode {
  return phones.map((p) => <div key={p}>{phoneWithNote(p, row.phoneNotes)}</div>);
}
