import { describe, expect, it } from 'vitest';
import type { DutyPerson, RosterRules, Unavailability } from '../../../shared/domain/rosters/types';
import { ok, openTestApp } from '../helpers';
import { addPerson, addPost, fail, lastAudit, NOW, seedCommunities, snapshot } from './seed';

function setup() {
  const core = openTestApp({ now: NOW });
  seedCommunities(core);
  const wang = addPerson(core, { name: '王芳', phone: '13900000001', community: '湖东社区', party: true });
  const li = addPerson(core, { name: '李强', phone: '13900000002', community: '柳影社区' });
  return { core, wang, li };
}

describe('duty people', () => {
  it('lists the registry with roster settings, by community and search', () => {
    const { core, wang } = setup();
    const all = ok<DutyPerson[]>(core, 'dutyPeople.list', {});
    expect(all.map((p) => p.name)).toEqual(['李强', '王芳']);
    expect(all.find((p) => p.cadreId === wang)).toEqual({
      cadreId: wang,
      name: '王芳',
      phone: '13900000001',
      unit: '区城市管理局',
      community: '湖东社区',
      isPartyMember: true,
      isLeader: false,
      maxHoursPerWeek: null,
      preferredPostIds: [],
    });
    expect(ok<DutyPerson[]>(core, 'dutyPeople.list', { community: '湖东社区' }).map((p) => p.name)).toEqual(['王芳']);
    expect(ok<DutyPerson[]>(core, 'dutyPeople.list', { q: '0002' }).map((p) => p.name)).toEqual(['李强']);
  });

  it('sets 带班领导, a weekly limit and preferred posts; refuses unknown people and posts', () => {
    const { core, wang } = setup();
    const post = addPost(core, { name: '1号卡口' });
    const updated = ok<DutyPerson>(core, 'dutyPeople.update', {
      cadreId: wang,
      isLeader: true,
      maxHoursPerWeek: 48,
      preferredPostIds: [post.id],
    });
    expect(updated).toMatchObject({ isLeader: true, maxHoursPerWeek: 48, preferredPostIds: [post.id] });
    expect(lastAudit(core)).toMatchObject({ method: 'dutyPeople.update', before: { isLeader: false } });
    expect(ok<DutyPerson>(core, 'dutyPeople.update', { cadreId: wang, maxHoursPerWeek: null })).toMatchObject({
      isLeader: true,
      maxHoursPerWeek: null,
    });
    const before = snapshot(core);
    expect(fail(core, 'dutyPeople.update', { cadreId: 999, isLeader: true })).toMatchObject({
      code: 'NOT_FOUND',
      message: '名册中找不到编号为 999 的人员，可能已被删除。请刷新后重新选择。',
    });
    expect(fail(core, 'dutyPeople.update', { cadreId: wang, preferredPostIds: [55] }).code).toBe('NOT_FOUND');
    expect(fail(core, 'dutyPeople.update', { cadreId: wang, maxHoursPerWeek: 200 }).message).toContain(
      '每周只有 168 小时',
    );
    expect(snapshot(core)).toEqual(before);
  });
});

describe('availability', () => {
  it('adds whole days and exact times, lists them by person and period, removes them', () => {
    const { core, wang, li } = setup();
    const leave = ok<Unavailability>(core, 'availability.add', {
      cadreId: wang,
      from: '2022-04-12',
      to: '2022-04-13',
      reason: '请假',
      note: '家中有事',
    });
    expect(leave).toMatchObject({ cadreId: wang, name: '王芳', from: '2022-04-12', to: '2022-04-13', reason: '请假' });
    expect(lastAudit(core)).toMatchObject({ method: 'availability.add', entity: 'duty_unavailable' });
    ok(core, 'availability.add', { cadreId: li, from: '2022-04-20 08:00', to: '2022-04-27 08:00', reason: '隔离' });
    expect(ok<Unavailability[]>(core, 'availability.list', {}).map((u) => u.name)).toEqual(['王芳', '李强']);
    expect(ok<Unavailability[]>(core, 'availability.list', { cadreId: li }).map((u) => u.reason)).toEqual(['隔离']);
    expect(
      ok<Unavailability[]>(core, 'availability.list', { from: '2022-04-14', to: '2022-04-30' }).map((u) => u.name),
    ).toEqual(['李强']);
    expect(ok(core, 'availability.remove', { id: leave.id })).toEqual({ id: leave.id });
    expect(ok<Unavailability[]>(core, 'availability.list', {})).toHaveLength(1);
  });

  it('refuses an end before the start, a time that does not exist, an unknown person or record', () => {
    const { core, wang } = setup();
    const before = snapshot(core);
    expect(
      fail(core, 'availability.add', { cadreId: wang, from: '2022-04-13', to: '2022-04-12', reason: '轮休' }).message,
    ).toBe('结束时间 2022-04-12 不晚于开始时间 2022-04-13，请改正。');
    expect(
      fail(core, 'availability.add', {
        cadreId: wang,
        from: '2022-04-13 08:00',
        to: '2022-04-13 08:00',
        reason: '轮休',
      }).code,
    ).toBe('BAD_INPUT');
    expect(
      fail(core, 'availability.add', { cadreId: wang, from: '2022-04-13 25:00', to: '2022-04-14', reason: '轮休' })
        .message,
    ).toContain('的时间不对');
    expect(
      fail(core, 'availability.add', { cadreId: wang, from: '2022-02-30', to: '2022-03-01', reason: '轮休' }).code,
    ).toBe('BAD_INPUT');
    expect(
      fail(core, 'availability.add', { cadreId: 404, from: '2022-04-13', to: '2022-04-14', reason: '轮休' }).code,
    ).toBe('NOT_FOUND');
    const reason = fail(core, 'availability.add', {
      cadreId: wang,
      from: '2022-04-13',
      to: '2022-04-14',
      reason: '出差',
    });
    expect(reason.message).toBe('输入有误：原因应是请假、隔离、轮休、其他之一');
    expect(fail(core, 'availability.remove', { id: 3 }).code).toBe('NOT_FOUND');
    expect(snapshot(core)).toEqual(before);
  });
});

describe('roster rules', () => {
  it('start from the defaults and keep what is changed', () => {
    const { core } = setup();
    expect(ok<RosterRules>(core, 'rosterRules.get')).toEqual({
      minRestHours: 12,
      longRestHours: 24,
      longRestAfterHours: 24,
      maxHoursPerWeek: 60,
      nightStart: '00:00',
      nightEnd: '06:00',
      holidays: [],
    });
    const changed = ok<RosterRules>(core, 'rosterRules.update', {
      minRestHours: 10,
      nightStart: '22:00',
      holidays: ['2022-05-02', '2022-05-01', '2022-05-01'],
    });
    expect(changed).toMatchObject({
      minRestHours: 10,
      nightStart: '22:00',
      nightEnd: '06:00',
      holidays: ['2022-05-01', '2022-05-02'],
    });
    expect(ok<RosterRules>(core, 'rosterRules.get')).toEqual(changed);
    expect(lastAudit(core)).toMatchObject({
      method: 'rosterRules.update',
      before: { minRestHours: 12 },
      after: { minRestHours: 10 },
    });
  });

  it('refuse a night window of no length, negative rest, a malformed time', () => {
    const { core } = setup();
    const before = snapshot(core);
    expect(fail(core, 'rosterRules.update', { nightStart: '06:00' }).message).toContain(
      '夜班时段的开始和结束都是 06:00',
    );
    expect(fail(core, 'rosterRules.update', { minRestHours: -1 }).message).toContain('休息时间不能为负');
    expect(fail(core, 'rosterRules.update', { nightEnd: '6点' }).message).toContain('时间应写成 08:00 这样');
    expect(snapshot(core)).toEqual(before);
  });
});

describe('roster settings beside the street settings', () => {
  it('settings.get keeps to its own keys after the roster rules are stored', () => {
    const { core } = setup();
    ok(core, 'rosterRules.update', { minRestHours: 10 });
    expect(Object.keys(ok<object>(core, 'settings.get')).sort()).toEqual(
      ['followUpDays', 'idleLockMinutes', 'purgeAfterDays', 'streetName'].sort(),
    );
  });

  it('a community with a duty post cannot be removed, and the message names the post', () => {
    const { core } = setup();
    addPost(core, { name: '1号卡口' });
    const id = core.ctx.db.prepare("SELECT id FROM communities WHERE name = '湖东社区'").pluck().get();
    const refused = fail(core, 'communities.remove', { id });
    expect(refused.code).toBe('IN_USE');
    expect(refused.message).toContain('值班岗位（1号卡口）');
  });
});
