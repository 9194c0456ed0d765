import { App } from 'antd';
import { useEffect, useState } from 'react';
import type { RosterCell, RosterPersonRef } from '../../../../../shared/domain/rosters/types';
import { call } from '../../../api';
import { refOf, sameCell } from './cellIndex';
import { useRosterEdit } from './useRosterEdit';

interface Pick {
  cell: RosterCell;
  person: RosterPersonRef;
}

/**
 * 换班: pick a person on one shift, then a person on another; the two change places (after the
 * rule check and, when it warns, 仍然保存). Esc or picking the first person again drops the pick.
 */
export function useSwapPick(on: boolean, names: Map<number, string>) {
  const { message } = App.useApp();
  const edit = useRosterEdit();
  const [first, setFirst] = useState<Pick | null>(null);

  useEffect(() => {
    if (!on) setFirst(null);
    if (!on) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setFirst(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [on]);

  const pick = async (cell: RosterCell, person: RosterPersonRef) => {
    if (!first) return setFirst({ cell, person });
    const a = first;
    if (a.person.cadreId === person.cadreId && sameCell(a.cell, cell)) return setFirst(null);
    const saved = await edit(
      (confirm) =>
        call('rosters.swap', {
          a: { ...refOf(a.cell), cadreId: a.person.cadreId },
          b: { ...refOf(cell), cadreId: person.cadreId },
          confirm,
        }),
      names,
    );
    setFirst(null);
    if (saved) void message.success(`已换班：${a.person.name} ⇄ ${person.name}`);
  };

  /** The person picked first, when on this shift. */
  const pickedOn = (cell: RosterCell): number | null =>
    first && sameCell(first.cell, cell) ? first.person.cadreId : null;

  return { first, pick: (cell: RosterCell, person: RosterPersonRef) => void pick(cell, person), pickedOn };
}
