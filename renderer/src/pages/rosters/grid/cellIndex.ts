import type { CellRef, RosterCell } from '../../../../../shared/domain/rosters/types';

const key = (postId: number, date: string) => `${postId}|${date}`;

/** The shifts of each post on each day, in order of their start. */
export function indexCells(cells: RosterCell[]): (postId: number, date: string) => RosterCell[] {
  const map = new Map<string, RosterCell[]>();
  for (const cell of cells) {
    const k = key(cell.postId, cell.date);
    const list = map.get(k);
    if (list) list.push(cell);
    else map.set(k, [cell]);
  }
  for (const list of map.values()) list.sort((a, b) => a.start.localeCompare(b.start));
  return (postId, date) => map.get(key(postId, date)) ?? [];
}

/** Just the reference of a cell, as the edit methods take it. */
export function refOf(cell: CellRef): CellRef {
  return { postId: cell.postId, date: cell.date, shiftName: cell.shiftName };
}

/** The names of everyone on the grid, to name people in rule warnings. */
export function namesOf(cells: RosterCell[]): Map<number, string> {
  const names = new Map<number, string>();
  for (const cell of cells) for (const p of cell.people) names.set(p.cadreId, p.name);
  return names;
}

/** True when two references name the same shift. */
export function sameCell(a: CellRef, b: CellRef): boolean {
  return a.postId === b.postId && a.date === b.date && a.shiftName === b.shiftName;
}
