import { describe, expect, it } from 'vitest';
import type { DutyPost } from '../../../shared/domain/rosters/types';
import { ok, openTestApp } from '../helpers';
import {
  addPeople,
  addPost,
  count,
  fail,
  lastAudit,
  NOW,
  postInput,
  seedCommunities,
  snapshot,
  TWO_BY_12,
  WEEK,
} from './seed';

function setup() {
  const core = openTestApp({ now: NOW });
  seedCommunities(core);
  return core;
}

describe('duty posts', () => {
  it('adds a post with its community, needs, dates and patterns by weekday and date', () => {
    const core = setup();
    const post = addPost(core, {
      name: '湖东路卡口',
      kind: '卡口',
      address: '湖东路与建设路交叉口',
      needsPartyMember: true,
      needsLeader: true,
      activeFrom: '2022-04-11',
      activeTo: '2022-05-31',
      byWeekday: { '6': 3, '7': 3 },
      byDate: { '2022-05-01': 1 },
    });
    expect(post).toMatchObject({
      name: '湖东路卡口',
      community: '湖东社区',
      perShift: 2,
      needsPartyMember: true,
      needsLeader: true,
      patternId: TWO_BY_12,
      patternName: '两班倒（2×12 小时）',
      byWeekday: { '6': 3, '7': 3 },
      byDate: { '2022-05-01': 1 },
    });
    expect(lastAudit(core)).toMatchObject({ method: 'dutyPosts.add', entity: 'duty_post', before: null });
    addPost(core, { name: '街道热线', kind: '热线', community: '', perShift: 1 });
    addPost(core, { name: '柳影门岗', kind: '门岗', community: '柳影社区', activeFrom: '2022-05-01' });
    expect(ok<DutyPost[]>(core, 'dutyPosts.list', {}).map((p) => p.name)).toEqual([
      '街道热线',
      '柳影门岗',
      '湖东路卡口',
    ]);
    expect(ok<DutyPost[]>(core, 'dutyPosts.list', { community: '湖东社区' }).map((p) => p.name)).toEqual([
      '湖东路卡口',
    ]);
    expect(ok<DutyPost[]>(core, 'dutyPosts.list', { activeOn: '2022-04-20' }).map((p) => p.name)).toEqual([
      '街道热线',
      '湖东路卡口',
    ]);
  });

  it('refuses an unknown community, an unknown pattern, a name taken, dates the wrong way round', () => {
    const core = setup();
    addPost(core, { name: '1号卡口' });
    const before = snapshot(core);
    const community = fail(core, 'dutyPosts.add', {
      name: '2号卡口',
      kind: '卡口',
      community: '不存在社区',
      perShift: 1,
      patternId: 1,
    });
    expect(community).toMatchObject({
      code: 'BAD_INPUT',
      message: '没有名为“不存在社区”的社区。请先在 设置 → 社区与网格 中添加，或选择已有的社区。',
    });
    expect(fail(core, 'dutyPosts.add', { name: '2号卡口', kind: '卡口', perShift: 1, patternId: 9 })).toMatchObject({
      code: 'NOT_FOUND',
      message: '找不到编号为 9 的班次，可能已被删除。请刷新后重新选择班次。',
    });
    expect(
      fail(core, 'dutyPosts.add', { name: '2号卡口', kind: '卡口', perShift: 1, patternId: 1, byWeekday: { '6': 8 } })
        .code,
    ).toBe('NOT_FOUND');
    expect(
      fail(core, 'dutyPosts.add', { name: '1号卡口', kind: '卡口', community: '湖东社区', perShift: 1, patternId: 1 }),
    ).toMatchObject({ code: 'CONFLICT', message: '湖东社区已有名为“1号卡口”的岗位，请换一个名称。' });
    expect(
      fail(core, 'dutyPosts.add', {
        name: '2号卡口',
        kind: '卡口',
        perShift: 1,
        patternId: 1,
        activeFrom: '2022-05-01',
        activeTo: '2022-04-01',
      }).message,
    ).toBe('启用日期 2022-05-01 晚于停用日期 2022-04-01，请改正。');
    expect(fail(core, 'dutyPosts.update', { id: 77, name: 'x', kind: '卡口', perShift: 1, patternId: 1 }).code).toBe(
      'NOT_FOUND',
    );
    expect(snapshot(core)).toEqual(before);
  });

  it('changes a post; the same name may be used in another community', () => {
    const core = setup();
    const post = addPost(core, { name: '1号卡口' });
    addPost(core, { name: '1号卡口', community: '柳影社区' });
    const changed = ok<DutyPost>(core, 'dutyPosts.update', { ...postInput(post), perShift: 3 });
    expect(changed).toMatchObject({ id: post.id, perShift: 3 });
    expect(lastAudit(core)).toMatchObject({
      method: 'dutyPosts.update',
      before: { perShift: 2 },
      after: { perShift: 3 },
    });
  });

  it('removes a post at once when it has no roster, and asks first when it has one', () => {
    const core = setup();
    const empty = addPost(core, { name: '空岗位' });
    expect(ok(core, 'dutyPosts.remove', { id: empty.id })).toEqual({ id: empty.id, cells: 0 });
    const post = addPost(core, { name: '1号卡口', perShift: 1 });
    const people = addPeople(core, 4);
    ok(core, 'rosters.generate', { from: WEEK.from, to: '2022-04-12', postIds: [post.id], cadreIds: people });
    const before = snapshot(core);
    const asked = fail(core, 'dutyPosts.remove', { id: post.id });
    expect(asked).toMatchObject({
      code: 'NEEDS_CONFIRM',
      message: '岗位“1号卡口”已排了 4 个班，删除岗位会一并删除这些排班。确定要删除吗？',
    });
    expect(snapshot(core)).toEqual(before);
    expect(ok(core, 'dutyPosts.remove', { id: post.id, confirm: true })).toEqual({ id: post.id, cells: 4 });
    expect(count(core, 'duty_shifts')).toBe(0);
    expect(count(core, 'duty_shift_people')).toBe(0);
    expect(fail(core, 'dutyPosts.remove', { id: post.id }).code).toBe('NOT_FOUND');
  });
});
