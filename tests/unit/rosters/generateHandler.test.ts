import { describe, expect, it } from 'vitest';
import type { GenerateResult, RosterGrid } from '../../../shared/domain/rosters/types';
import { ok, openTestApp } from '../helpers';
import { expectStoredRosterKeepsHardRules } from './dbChecks';
import {
  addPeople,
  addPost,
  cellOf,
  count,
  fail,
  grid,
  ids,
  lastAudit,
  makeLeader,
  NOW,
  seedCommunities,
  snapshot,
  WEEK,
} from './seed';

/** 2 posts × 2×12 h × 2 people a shift, 20 people: one post needs a party member, the other a leader. */
function setup() {
  const core = openTestApp({ now: NOW });
  seedCommunities(core);
  const gate = addPost(core, { name: '湖东路卡口', needsPartyMember: true });
  const lab = addPost(core, { name: '核酸采样点', kind: '采样点', needsLeader: true });
  const people = addPeople(core, 20);
  for (const id of people.slice(16)) makeLeader(core, id);
  ok(core, 'availability.add', { cadreId: people[1]!, from: '2022-04-13', to: '2022-04-14', reason: '请假' });
  ok(core, 'availability.add', {
    cadreId: people[2]!,
    from: '2022-04-11 18:00',
    to: '2022-04-12 10:00',
    reason: '隔离',
  });
  return { core, gate, lab, people };
}

const generate = (core: ReturnType<typeof openTestApp>, input: Record<string, unknown>) =>
  ok<GenerateResult>(core, 'rosters.generate', input);

describe('rosters.generate', () => {
  it('fills a week of 2 posts × 2×12 h from 20 people without breaking a hard rule', () => {
    const { core, gate, lab, people } = setup();
    const result = generate(core, { ...WEEK, postIds: [gate.id, lab.id], cadreIds: people });
    expect(result).toMatchObject({
      ...WEEK,
      shifts: 28,
      slots: 56,
      filledSlots: 56,
      kept: 0,
      replaced: 0,
      unfilled: [],
    });
    expect(result.nightSpread).toBeLessThanOrEqual(1);
    const g = grid(core);
    expect(g.cells).toHaveLength(28);
    expect(g.cells.every((c) => c.people.length === 2 && c.missing === 0)).toBe(true);
    expectStoredRosterKeepsHardRules(core, g);
    expect(g.days.map((d) => [d.weekday, d.restDay])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, false],
      [5, false],
      [6, true],
      [7, true],
    ]);
    expect(lastAudit(core)).toMatchObject({
      method: 'rosters.generate',
      entity: 'roster',
      after: { from: WEEK.from, to: WEEK.to, shifts: 28, filledSlots: 56, unfilled: 0 },
    });
  });

  it('keeps locked cells when the period is generated again and replaces the others', () => {
    const { core, gate, lab, people } = setup();
    const input = { ...WEEK, postIds: [gate.id, lab.id], cadreIds: people };
    generate(core, input);
    const first = grid(core);
    const mine = cellOf(first, gate.id, '2022-04-13', '夜班');
    ok(core, 'rosters.lock', { cells: [{ postId: gate.id, date: '2022-04-13', shiftName: '夜班' }], locked: true });
    // Fewer people this time: the unlocked cells must change, the locked one must not.
    const fewer = people.filter((id) => !ids(mine).includes(id)).slice(0, 14);
    const again = generate(core, {
      ...input,
      cadreIds: [...fewer, ...ids(mine).filter((id) => people.indexOf(id) < 16)],
    });
    expect(again).toMatchObject({ kept: 1, replaced: 27 });
    const second = grid(core);
    expect(cellOf(second, gate.id, '2022-04-13', '夜班')).toMatchObject({ locked: true, people: mine.people });
    expectStoredRosterKeepsHardRules(core, second);
    expect(count(core, 'duty_shifts')).toBe(28);
  });

  it('reports shifts it cannot fill with the rule that stopped each, stores the reasons, breaks nothing', () => {
    const core = openTestApp({ now: NOW });
    seedCommunities(core);
    const post = addPost(core, { name: '小区门岗', kind: '门岗', needsPartyMember: true });
    const [a, b] = addPeople(core, 2, 2); // people 2 and 3: neither is a party member
    const result = generate(core, { from: WEEK.from, to: '2022-04-12', postIds: [post.id], cadreIds: [a!, b!] });
    expect(result.slots).toBe(8);
    expect(result.unfilled.map((u) => [u.date, u.shiftName, u.missing, u.reasons])).toEqual([
      // The place kept for a party member stays empty rather than going to someone else.
      ['2022-04-11', '白班', 1, ['本班次需要党员']],
      ['2022-04-11', '夜班', 1, ['本班次需要党员', '休息不足 12 小时（1 人）']],
      ['2022-04-12', '白班', 1, ['本班次需要党员', '休息不足 12 小时（1 人）']],
      ['2022-04-12', '夜班', 1, ['本班次需要党员', '休息不足 12 小时（1 人）']],
    ]);
    expect(result.unfilled[0]).toMatchObject({
      postName: '小区门岗',
      start: '2022-04-11 08:00',
      end: '2022-04-11 20:00',
    });
    const g = grid(core, { from: WEEK.from, to: '2022-04-12' });
    expect(g.cells.map((c) => [c.people.length, c.missing, c.reasons])).toEqual(
      result.unfilled.map((u) => [2 - u.missing, u.missing, u.reasons]),
    );
    expectStoredRosterKeepsHardRules(core, g);
  });

  it('counts earlier rosters: who did the nights last week does fewer this week', () => {
    const { core, gate, lab, people } = setup();
    const veterans = people.slice(0, 10);
    const fresh = people.slice(10);
    generate(core, { from: '2022-04-04', to: '2022-04-10', postIds: [gate.id], cadreIds: [...veterans, people[16]!] });
    const result = generate(core, { ...WEEK, postIds: [gate.id, lab.id], cadreIds: people });
    const g = grid(core);
    const nightsOf = (group: number[]) =>
      g.cells
        .filter((c) => c.shiftName === '夜班')
        .flatMap(ids)
        .filter((id) => group.includes(id)).length;
    expect(nightsOf(fresh)).toBeGreaterThan(nightsOf(veterans));
    expect(result.nightSpread).toBeLessThanOrEqual(2);
    // Rest across the edge of the two weeks holds too.
    expectStoredRosterKeepsHardRules(core, grid(core, { from: '2022-04-04', to: WEEK.to }));
  });

  it('keeps off people who hold a shift at another post at the same time', () => {
    const { core, gate, lab, people } = setup();
    generate(core, { ...WEEK, postIds: [gate.id], cadreIds: people.slice(0, 8) });
    generate(core, { ...WEEK, postIds: [lab.id], cadreIds: [...people.slice(0, 8), ...people.slice(12)] });
    expectStoredRosterKeepsHardRules(core, grid(core));
  });

  it('refuses bad periods, unknown posts and people, and a post whose pattern is gone; nothing changes', () => {
    const { core, gate, people } = setup();
    const before = snapshot(core);
    const base = { ...WEEK, postIds: [gate.id], cadreIds: people };
    expect(fail(core, 'rosters.generate', { ...base, from: '2022-04-18' }).message).toBe(
      '开始日期 2022-04-18 晚于结束日期 2022-04-17，请重新选择日期。',
    );
    expect(fail(core, 'rosters.generate', { ...base, to: '2022-05-12' }).message).toBe(
      '一次最多 31 天，所选期间有 32 天。请缩短期间，分几次进行。',
    );
    expect(fail(core, 'rosters.generate', { ...base, postIds: [gate.id, 99] })).toMatchObject({
      code: 'NOT_FOUND',
      message: '找不到编号为 99 的岗位，可能已被删除。请刷新后重新选择岗位。',
    });
    expect(fail(core, 'rosters.generate', { ...base, cadreIds: [...people, 500, 501] }).message).toBe(
      '名册中找不到编号为 500、501 的人员，可能已被删除。请刷新后重新选择。',
    );
    expect(fail(core, 'rosters.generate', { ...base, from: '2022-04-1' }).code).toBe('BAD_INPUT');
    expect(snapshot(core)).toEqual(before);
    // Older data may point at a pattern that is gone: refused with a message, not a crash.
    core.ctx.db.pragma('foreign_keys = OFF');
    core.ctx.db
      .prepare(`UPDATE duty_posts SET pattern_overrides = '{"byWeekday":{"3":77},"byDate":{}}' WHERE id = ?`)
      .run(gate.id);
    core.ctx.db.pragma('foreign_keys = ON');
    expect(fail(core, 'rosters.generate', base)).toMatchObject({
      code: 'BAD_INPUT',
      message: '岗位“湖东路卡口”用到的班次（编号 77）不存在，可能已被删除。请在 岗位 中重新选择班次。',
    });
    expect(count(core, 'duty_shifts')).toBe(0);
  });
});

describe('overnight shifts', () => {
  it('end the next day in the grid, the daily roster and the person’s schedule', () => {
    const { core, gate, people } = setup();
    generate(core, { from: '2022-04-11', to: '2022-04-11', postIds: [gate.id], cadreIds: people });
    const g: RosterGrid = grid(core, { from: '2022-04-11', to: '2022-04-11' });
    const night = cellOf(g, gate.id, '2022-04-11', '夜班');
    expect([night.start, night.end]).toEqual(['2022-04-11 20:00', '2022-04-12 08:00']);
    const day = ok<{ posts: { shifts: { shiftName: string; start: string; end: string }[] }[] }>(core, 'rosters.day', {
      date: '2022-04-11',
    });
    expect(day.posts[0]!.shifts.map((s) => [s.shiftName, s.start, s.end])).toEqual([
      ['白班', '2022-04-11 08:00', '2022-04-11 20:00'],
      ['夜班', '2022-04-11 20:00', '2022-04-12 08:00'],
    ]);
    const who = night.people[0]!.cadreId;
    const mine = ok<{ shifts: { start: string; end: string; hours: number }[]; nights: number }>(
      core,
      'rosters.person',
      {
        cadreId: who,
        from: '2022-04-11',
        to: '2022-04-11',
      },
    );
    expect(mine.shifts).toMatchObject([{ start: '2022-04-11 20:00', end: '2022-04-12 08:00', hours: 12 }]);
    expect(mine.nights).toBe(1);
    // The 24 h pattern: 08:00 to 08:00 the next day.
    const watch = addPost(core, { name: '值守点', patternId: 3, perShift: 1 });
    generate(core, { from: '2022-04-12', to: '2022-04-12', postIds: [watch.id], cadreIds: people });
    const full = cellOf(grid(core, { from: '2022-04-12', to: '2022-04-12' }), watch.id, '2022-04-12', '全天');
    expect([full.start, full.end]).toEqual(['2022-04-12 08:00', '2022-04-13 08:00']);
  });
});
