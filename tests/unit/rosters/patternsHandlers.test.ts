import { describe, expect, it } from 'vitest';
import type { ShiftPattern } from '../../../shared/domain/rosters/types';
import { ok, openTestApp } from '../helpers';
import { addPost, fail, postInput, lastAudit, NOW, seedCommunities, snapshot, TWO_BY_12 } from './seed';

function setup() {
  const core = openTestApp({ now: NOW });
  seedCommunities(core);
  return core;
}

describe('shift patterns', () => {
  it('come seeded with 3×8 h, 2×12 h and 24 h, overnight ends at or before the start', () => {
    const core = setup();
    const list = ok<ShiftPattern[]>(core, 'shiftPatterns.list');
    expect(list.map((p) => [p.name, p.shifts.map((s) => `${s.name} ${s.start}-${s.end}`)])).toEqual([
      ['三班倒（3×8 小时）', ['夜班 00:00-08:00', '白班 08:00-16:00', '中班 16:00-24:00']],
      ['两班倒（2×12 小时）', ['白班 08:00-20:00', '夜班 20:00-08:00']],
      ['24 小时值守', ['全天 08:00-08:00']],
    ]);
    expect(list.every((p) => p.usedBy === 0)).toBe(true);
  });

  it('adds and changes a pattern, normalising times, with an audit row', () => {
    const core = setup();
    const added = ok<ShiftPattern>(core, 'shiftPatterns.save', {
      name: '周末长班',
      shifts: [
        { name: '早班', start: '7:30', end: '19:30' },
        { name: '晚班', start: '19：30', end: '7:30' },
      ],
    });
    expect(added.shifts).toEqual([
      { name: '早班', start: '07:30', end: '19:30' },
      { name: '晚班', start: '19:30', end: '07:30' },
    ]);
    expect(lastAudit(core)).toMatchObject({ method: 'shiftPatterns.save', before: null, after: { name: '周末长班' } });
    const changed = ok<ShiftPattern>(core, 'shiftPatterns.save', {
      id: added.id,
      name: '周末班',
      shifts: [{ name: '全天', start: '08:00', end: '08:00' }],
    });
    expect(changed).toMatchObject({ id: added.id, name: '周末班', usedBy: 0 });
  });

  it('refuses a second pattern of the same name, a shift named twice, a start at 24:00, bad times', () => {
    const core = setup();
    const before = snapshot(core);
    const twice = fail(core, 'shiftPatterns.save', {
      name: '两班倒（2×12 小时）',
      shifts: [{ name: '白班', start: '08:00', end: '20:00' }],
    });
    expect(twice).toMatchObject({ code: 'CONFLICT', message: '已有名为“两班倒（2×12 小时）”的班次，请换一个名称。' });
    expect(
      fail(core, 'shiftPatterns.save', {
        name: '新班次',
        shifts: [
          { name: '白班', start: '08:00', end: '20:00' },
          { name: '白班', start: '20:00', end: '08:00' },
        ],
      }).message,
    ).toContain('同一套班次里每个班的名称要不同');
    expect(
      fail(core, 'shiftPatterns.save', { name: '新班次', shifts: [{ name: '夜班', start: '24:00', end: '08:00' }] })
        .message,
    ).toContain('开始时间不能是 24:00');
    const badTime = fail(core, 'shiftPatterns.save', {
      name: '新班次',
      shifts: [{ name: '夜班', start: '25:00', end: '08:00' }],
    });
    expect(badTime.code).toBe('BAD_INPUT');
    expect(badTime.message).toContain('时间应写成 08:00 这样');
    expect(fail(core, 'shiftPatterns.save', { name: '新班次', shifts: [] }).message).toContain('至少要有一个班');
    expect(
      fail(core, 'shiftPatterns.save', {
        id: 99,
        name: '新班次',
        shifts: [{ name: 'a', start: '08:00', end: '09:00' }],
      }),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(snapshot(core)).toEqual(before);
  });

  it('refuses to remove a pattern a post uses, by default or on some days; removes an unused one', () => {
    const core = setup();
    const post = addPost(core, { name: '1号卡口', byWeekday: { '6': 3 } });
    const used = ok<ShiftPattern[]>(core, 'shiftPatterns.list');
    expect(used.map((p) => p.usedBy)).toEqual([0, 1, 1]);
    const before = snapshot(core);
    expect(fail(core, 'shiftPatterns.remove', { id: TWO_BY_12 })).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: '班次“两班倒（2×12 小时）”正被 1号卡口 使用，不能删除。请先在这些岗位中换用其他班次。',
    });
    expect(fail(core, 'shiftPatterns.remove', { id: 3 }).code).toBe('CONFLICT');
    expect(fail(core, 'shiftPatterns.remove', { id: 42 }).code).toBe('NOT_FOUND');
    expect(snapshot(core)).toEqual(before);
    expect(ok(core, 'shiftPatterns.remove', { id: 1 })).toEqual({ id: 1 });
    expect(lastAudit(core)).toMatchObject({ method: 'shiftPatterns.remove', after: null });
    ok(core, 'dutyPosts.update', { ...postInput(post), byWeekday: {} });
    expect(ok(core, 'shiftPatterns.remove', { id: 3 })).toEqual({ id: 3 });
  });
});
