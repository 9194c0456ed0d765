/** Cells as the API hands them out: people with phones, headcount, locks, reasons and issues. */
import type {
  DutyPerson,
  DutyPost,
  RosterCell,
  RosterIssue,
  RosterPersonRef,
} from '../../../shared/domain/rosters/types';
import { keyOf, type Cell } from './cells';

export function personRef(p: DutyPerson): RosterPersonRef {
  return {
    cadreId: p.cadreId,
    name: p.name,
    phone: p.phone,
    isPartyMember: p.isPartyMember,
    isLeader: p.isLeader,
  };
}

export function toRosterCell(
  cell: Cell,
  post: DutyPost,
  people: ReadonlyMap<number, DutyPerson>,
  issues: ReadonlyMap<string, RosterIssue[]>,
): RosterCell {
  const refs = cell.personIds.flatMap((id) => {
    const p = people.get(id);
    return p ? [personRef(p)] : [];
  });
  return {
    postId: cell.postId,
    date: cell.date,
    shiftName: cell.shiftName,
    start: cell.start,
    end: cell.end,
    people: refs,
    leaderId: cell.leaderId,
    locked: cell.locked,
    needed: post.perShift,
    missing: Math.max(0, post.perShift - refs.length),
    reasons: cell.reasons,
    issues: issues.get(keyOf(cell)) ?? [],
  };
}
