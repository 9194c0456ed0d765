import { describe, expect, it } from 'vitest';
import {
  applyChange,
  checkAssignment,
  generate,
  type Assignment,
  type RosterInput,
} from '../../../electron/core/rosters/generator';
import { base, people, person, post } from './fixtures';

const cell = (a: Assignment) => ({ postId: a.postId, date: a.date, shiftName: a.shiftName });

describe('checkAssignment', () => {
  const input: RosterInput = base({
    to: '2022-04-12',
    posts: [post(1, 2, { perShift: 2, needsPartyMember: true }), post(2, 4, { needsLeader: true })],
    people: [
      ...people(6, (id) => ({ isPartyMember: id <= 3 })),
      person(7, { isLeader: true }),
      person(8, { isLeader: true, unavailable: [{ from: '2022-04-12', to: '2022-04-12' }] }),
    ],
  });
  const roster = generate(input).assignments;
  const find = (postId: number, date: string, shiftName: string) =>
    roster.find((a) => a.postId === postId && a.date === date && a.shiftName === shiftName)!;

  it('finds nothing wrong in the generated roster (a no-op set per cell)', () => {
    for (const a of roster)
      expect(
        checkAssignment(input, roster, {
          kind: 'set',
          ...cell(a),
          personIds: a.personIds,
          ...(a.leaderId ? { leaderId: a.leaderId } : {}),
        }),
      ).toEqual([]);
  });

  it('flags a swap that leaves too little rest', () => {
    const day = find(1, '2022-04-11', '白班');
    const night = find(1, '2022-04-11', '夜班');
    const dayOnly = day.personIds.find((id) => !night.personIds.includes(id))!;
    const nightOnly = night.personIds.find((id) => !day.personIds.includes(id))!;
    // The day worker moves to the night right after his 08:00–20:00: no rest at all.
    const issues = checkAssignment(input, roster, {
      kind: 'swap',
      a: { ...cell(night), personId: nightOnly },
      b: { ...cell(day), personId: dayOnly },
    });
    expect(issues).toContainEqual({ ...cell(night), rule: 'rest', label: '休息不足 12 小时', personId: dayOnly });
    const set = checkAssignment(input, roster, {
      kind: 'set',
      ...cell(night),
      personIds: [dayOnly, ...night.personIds.filter((id) => id !== nightOnly)],
    });
    expect(set.filter((i) => i.rule === 'rest').map((i) => i.personId)).toEqual([dayOnly]);
  });

  it('flags two shifts at the same time, an unavailable day, the week limit', () => {
    const day = find(1, '2022-04-11', '白班');
    const gate = find(2, '2022-04-11', '白班');
    const overlap = checkAssignment(input, roster, { kind: 'set', ...cell(gate), personIds: [day.personIds[0]!] });
    expect(overlap.map((i) => i.label)).toEqual(['时间重叠', '需要带班领导']);

    const gate2 = find(2, '2022-04-12', '白班');
    const leave = checkAssignment(input, roster, { kind: 'set', ...cell(gate2), personIds: [8] });
    expect(leave.map((i) => i.label)).toEqual(['当天不可用(请假/隔离/轮休)']);

    const tight = { ...input, rules: { maxHoursPerWeek: 20 } };
    const week = checkAssignment(tight, roster, { kind: 'set', ...cell(gate2), personIds: [7], leaderId: 7 });
    expect(week.map((i) => i.label)).toEqual([]);
    const busy = checkAssignment(
      { ...input, people: input.people.map((p) => (p.id === 7 ? { ...p, maxHoursPerWeek: 10 } : p)) },
      roster,
      {
        kind: 'set',
        ...cell(gate2),
        personIds: [7],
        leaderId: 7,
      },
    );
    expect(busy.map((i) => i.label)).toEqual(['超过每周最多 10 小时']);
  });

  it('flags a swap that takes the party member or the leader away, and a cell left short', () => {
    const night = find(1, '2022-04-12', '夜班');
    const party = night.personIds.find((id) => id <= 3)!;
    const other = night.personIds.find((id) => id !== party)!;
    const noParty = checkAssignment(input, roster, { kind: 'set', ...cell(night), personIds: [other] });
    expect(noParty.map((i) => i.label)).toEqual(['人数不足', '本班次需要党员']);

    const gate = find(2, '2022-04-11', '白班');
    const swap = checkAssignment(input, roster, {
      kind: 'swap',
      a: { ...cell(gate), personId: gate.personIds[0]! },
      b: { ...cell(find(1, '2022-04-12', '白班')), personId: find(1, '2022-04-12', '白班').personIds[0]! },
    });
    expect(swap.map((i) => i.label)).toContain('需要带班领导');
  });

  it('applies a swap to both cells and moves the leader with the slot', () => {
    const gate = find(2, '2022-04-11', '白班');
    const day = find(1, '2022-04-12', '白班');
    const { next, touched } = applyChange(roster, {
      kind: 'swap',
      a: { ...cell(gate), personId: gate.personIds[0]! },
      b: { ...cell(day), personId: day.personIds[0]! },
    });
    expect(touched).toHaveLength(2);
    const g = next.find((a) => a.postId === 2 && a.date === '2022-04-11')!;
    expect(g.personIds).toEqual([day.personIds[0]]);
    expect(g.leaderId).toBe(day.personIds[0]);
    expect(roster.find((a) => a.postId === 2 && a.date === '2022-04-11')!.personIds).toEqual(gate.personIds);
  });
});
