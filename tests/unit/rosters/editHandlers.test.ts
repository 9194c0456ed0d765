import { describe, expect, it } from 'vitest';
import type { EditResult, GenerateResult } from '../../../shared/domain/rosters/types';
import { ok, openTestApp } from '../helpers';
import {
  addPerson,
  addPost,
  cellOf,
  fail,
  grid,
  ids,
  lastAudit,
  makeLeader,
  NOW,
  seedCommunities,
  snapshot,
} from './seed';

const DAY = '2022-04-11';

/** Two one-person posts on 2×12 h: the gate needs a party member, the lab a leader. */
function setup() {
  const core = openTestApp({ now: NOW });
  seedCommunities(core);
  const gate = addPost(core, { name: '1号卡口', perShift: 1, needsPartyMember: true });
  const lab = addPost(core, { name: '采样点', kind: '采样点', perShift: 1, needsLeader: true });
  const party = addPerson(core, { name: '王党员', phone: '13900000001', community: '湖东社区', party: true });
  const plain = addPerson(core, { name: '李群众', phone: '13900000002', community: '湖东社区' });
  const leader = addPerson(core, { name: '张领导', phone: '13900000003', community: '湖东社区' });
  const away = addPerson(core, { name: '赵请假', phone: '13900000004', community: '湖东社区', party: true });
  makeLeader(core, leader);
  ok(core, 'availability.add', { cadreId: away, from: '2022-04-12', to: '2022-04-12', reason: '请假' });
  const set = (postId: number, date: string, shiftName: string, cadreIds: number[], extra = {}) =>
    core.invoke('rosters.set', { postId, date, shiftName, cadreIds, ...extra }) as { ok: true; value: EditResult };
  return { core, gate, lab, party, plain, leader, away, set };
}

const labels = (r: EditResult) => r.issues.map((i) => i.label);

describe('rosters.set', () => {
  it('puts people on a shift that breaks no rule, and records it', () => {
    const { core, gate, party, set } = setup();
    const result = set(gate.id, DAY, '白班', [party]).value;
    expect(result).toMatchObject({ applied: true, issues: [] });
    expect(result.cells).toMatchObject([
      { postId: gate.id, date: DAY, shiftName: '白班', start: '2022-04-11 08:00', end: '2022-04-11 20:00', missing: 0 },
    ]);
    expect(result.cells[0]!.people).toEqual([
      { cadreId: party, name: '王党员', phone: '13900000001', isPartyMember: true, isLeader: false },
    ]);
    expect(lastAudit(core)).toMatchObject({
      method: 'rosters.set',
      entity: 'duty_shift',
      before: [{ post: '1号卡口', date: DAY, shiftName: '白班', people: [] }],
      after: { cells: [{ people: ['王党员'] }] },
    });
  });

  it('refuses, with the rule’s name and nothing changed, rest, overlap, unavailable, party and leader', () => {
    const { core, gate, lab, party, plain, away, set } = setup();
    set(gate.id, DAY, '白班', [party]);
    const before = snapshot(core);
    const tries: [number, string, string, number[], string[]][] = [
      [gate.id, DAY, '夜班', [party], ['休息不足 12 小时']],
      [lab.id, DAY, '白班', [party], ['时间重叠', '需要带班领导']],
      [gate.id, '2022-04-12', '白班', [away], ['当天不可用(请假/隔离/轮休)']],
      [gate.id, '2022-04-13', '白班', [plain], ['本班次需要党员']],
      [lab.id, '2022-04-13', '白班', [plain], ['需要带班领导']],
      [gate.id, '2022-04-13', '夜班', [], ['人数不足', '本班次需要党员']],
    ];
    for (const [postId, date, shiftName, cadreIds, expected] of tries) {
      const result = set(postId, date, shiftName, cadreIds).value;
      expect(result.applied, `${date} ${shiftName}`).toBe(false);
      expect(labels(result), `${date} ${shiftName}`).toEqual(expected);
    }
    const rest = set(gate.id, DAY, '夜班', [party]).value;
    expect(rest.issues).toEqual([
      { postId: gate.id, date: DAY, shiftName: '夜班', rule: 'rest', label: '休息不足 12 小时', cadreId: party },
    ]);
    expect(rest.cells[0]!.people).toEqual([]);
    expect(snapshot(core)).toEqual(before);
  });

  it('applies a change that breaks a rule when confirmed, and the audit row names the rule', () => {
    const { core, gate, party, set } = setup();
    set(gate.id, DAY, '白班', [party]);
    const result = set(gate.id, DAY, '夜班', [party], { confirm: true }).value;
    expect(result.applied).toBe(true);
    expect(labels(result)).toEqual(['休息不足 12 小时']);
    expect(result.cells[0]!.issues.map((i) => i.label)).toEqual(['休息不足 12 小时']);
    expect(lastAudit(core).after).toMatchObject({
      cells: [{ people: ['王党员'] }],
      brokenRules: ['1号卡口 2022-04-11 夜班 王党员：休息不足 12 小时'],
    });
    expect(cellOf(grid(core, { from: DAY, to: DAY }), gate.id, DAY, '夜班').issues).toHaveLength(1);
  });

  it('names the leader of a shift and refuses one who is not on it', () => {
    const { core, lab, leader, plain, set } = setup();
    const result = set(lab.id, DAY, '白班', [plain, leader], { leaderId: leader }).value;
    expect(result).toMatchObject({ applied: true, issues: [] });
    expect(result.cells[0]!.leaderId).toBe(leader);
    const before = snapshot(core);
    expect(
      fail(core, 'rosters.set', { postId: lab.id, date: DAY, shiftName: '白班', cadreIds: [plain], leaderId: leader })
        .message,
    ).toBe('带班领导必须是这个班的值班人员之一，请先把他加入本班。');
    expect(snapshot(core)).toEqual(before);
  });

  it('refuses unknown posts, shifts, people, days and the same person twice; nothing changes', () => {
    const { core, gate, party } = setup();
    const before = snapshot(core);
    const base = { postId: gate.id, date: DAY, shiftName: '白班', cadreIds: [party] };
    expect(fail(core, 'rosters.set', { ...base, postId: 404 }).code).toBe('NOT_FOUND');
    expect(fail(core, 'rosters.set', { ...base, shiftName: '中班' })).toMatchObject({
      code: 'NOT_FOUND',
      message: '岗位“1号卡口”2022-04-11 没有“中班”这个班（可能不在启用期内，或班次已更改）。请刷新后重试。',
    });
    expect(fail(core, 'rosters.set', { ...base, cadreIds: [party, 999] }).code).toBe('NOT_FOUND');
    expect(fail(core, 'rosters.set', { ...base, cadreIds: [party, party] }).message).toBe(
      '同一个人在这个班里出现了两次，请去掉重复的人。',
    );
    expect(fail(core, 'rosters.set', { ...base, date: '2022-13-01' }).code).toBe('BAD_INPUT');
    expect(snapshot(core)).toEqual(before);
  });
});

describe('rosters.swap', () => {
  it('checks both shifts: the party member and the leader swapped away are named, then applied on confirm', () => {
    const { core, gate, lab, party, leader, set } = setup();
    set(gate.id, DAY, '白班', [party]);
    set(lab.id, DAY, '夜班', [leader], { leaderId: leader });
    const before = snapshot(core);
    const swap = {
      a: { postId: gate.id, date: DAY, shiftName: '白班', cadreId: party },
      b: { postId: lab.id, date: DAY, shiftName: '夜班', cadreId: leader },
    };
    const refused = ok<EditResult>(core, 'rosters.swap', swap);
    expect(refused.applied).toBe(false);
    expect(labels(refused)).toEqual(['本班次需要党员', '需要带班领导']);
    expect(snapshot(core)).toEqual(before);

    const done = ok<EditResult>(core, 'rosters.swap', { ...swap, confirm: true });
    expect(done.applied).toBe(true);
    expect(done.cells.map(ids)).toEqual([[leader], [party]]);
    const audit = lastAudit(core);
    expect(audit.method).toBe('rosters.swap');
    expect((audit.after as { brokenRules: string[] }).brokenRules.join('；')).toContain('本班次需要党员');
  });

  it('refuses a person who is not on the shift named, and a swap within one shift', () => {
    const { core, gate, lab, party, plain, leader, set } = setup();
    set(gate.id, DAY, '白班', [party]);
    set(lab.id, '2022-04-13', '白班', [leader]);
    const before = snapshot(core);
    const a = { postId: gate.id, date: DAY, shiftName: '白班', cadreId: party };
    expect(
      fail(core, 'rosters.swap', { a, b: { postId: lab.id, date: '2022-04-13', shiftName: '白班', cadreId: plain } })
        .message,
    ).toBe('李群众不在 2022-04-13 白班 这个班，请刷新后重试。');
    expect(fail(core, 'rosters.swap', { a, b: a }).message).toBe('两个人在同一个班，不用对调。');
    expect(snapshot(core)).toEqual(before);
  });
});

describe('rosters.lock', () => {
  it('locks stored and empty cells, counts only changes, and generation keeps them', () => {
    const { core, gate, party, plain, away, set } = setup();
    set(gate.id, DAY, '白班', [party]);
    const cells = [
      { postId: gate.id, date: DAY, shiftName: '白班' },
      { postId: gate.id, date: '2022-04-12', shiftName: '白班' },
    ];
    expect(ok(core, 'rosters.lock', { cells, locked: true })).toEqual({ count: 2 });
    expect(ok(core, 'rosters.lock', { cells, locked: true })).toEqual({ count: 0 });
    expect(lastAudit(core)).toMatchObject({ method: 'rosters.lock', after: { locked: true, count: 0 } });
    const result = ok<GenerateResult>(core, 'rosters.generate', {
      from: DAY,
      to: '2022-04-12',
      postIds: [gate.id],
      cadreIds: [plain, away],
    });
    expect(result.kept).toBe(2);
    const g = grid(core, { from: DAY, to: '2022-04-12' });
    expect(ids(cellOf(g, gate.id, DAY, '白班'))).toEqual([party]);
    expect(cellOf(g, gate.id, DAY, '白班').locked).toBe(true);
    expect(ok(core, 'rosters.lock', { cells, locked: false })).toEqual({ count: 2 });
    expect(fail(core, 'rosters.lock', { cells: [{ ...cells[0], postId: 99 }], locked: true }).code).toBe('NOT_FOUND');
    expect(fail(core, 'rosters.lock', { cells: [], locked: true }).message).toContain('请选择要锁定的班');
  });
});
