import { describe, expect, it } from 'vitest';
import type { Branch, CadrePage, GroupResult, OrgCounts } from '../../../shared/domain/cadres/types';
import { ok, openTestApp } from '../helpers';
import { CADRE_FIXTURE, importFile } from './seed';

async function setup() {
  const core = openTestApp();
  await importFile(core, CADRE_FIXTURE);
  const byName = (name: string) => ok<CadrePage>(core, 'cadres.list', { q: name }).rows[0]!;
  return { core, byName };
}

describe('the organisation', () => {
  it('puts a person in one branch at most, with a party member as 第一书记', async () => {
    const { core, byName } = await setup();
    const shi = byName('史晓东'); // 湖东社区, 中共党员
    const branch = ok<Branch>(core, 'orgs.addBranch', {
      name: '湖东社区第一临时党支部',
      community: '湖东社区',
      secretaryId: shi.id,
    });
    expect(branch).toMatchObject({ secretary: '史晓东', community: '湖东社区', members: [{ name: '史晓东' }] });

    const other = ok<Branch>(core, 'orgs.addBranch', { name: '湖东社区第二临时党支部', community: '湖东社区' });
    const moved = core.invoke('orgs.setBranch', { cadreId: shi.id, branchId: other.id });
    expect(moved).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: expect.stringMatching(/一个人只能属于一个临时党支部/),
    });
    const youth = byName('姜振华'); // 共青团员
    expect(core.invoke('orgs.setBranch', { cadreId: youth.id, branchId: other.id })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
    });
    const prep = byName('胡秀英'); // 中共预备党员
    expect(
      ok<Branch>(core, 'orgs.setBranch', { cadreId: prep.id, branchId: branch.id }).members.map((m) => m.name),
    ).toEqual(['史晓东', '胡秀英']);
    expect(
      core.invoke('orgs.updateBranch', {
        id: other.id,
        name: '湖东二支部',
        community: '湖东社区',
        secretaryId: prep.id,
      }),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/第一书记应为中共党员/),
    });

    // Out of the branch: the secretary seat is freed too.
    expect(ok<Branch>(core, 'orgs.setBranch', { cadreId: shi.id, branchId: null })).toMatchObject({
      secretaryId: null,
      members: [{ name: '胡秀英' }],
    });
    ok(core, 'orgs.removeBranch', { id: branch.id });
    expect(byName('胡秀英').branchId).toBeNull();
  });

  it('lets a person be in several groups and warns about a 突击队 outside 4–6', async () => {
    const { core, byName } = await setup();
    const ids = ['史晓东', '董丽', '傅婷婷', '邹涛', '杜俊杰', '段明', '阎宏伟'].map((n) => byName(n).id);
    const team = ok<GroupResult>(core, 'orgs.addGroup', {
      kind: '突击队',
      name: '湖东突击一队',
      community: '湖东社区',
      cadreIds: ids.slice(0, 3),
    });
    expect(team.warnings).toEqual([expect.stringMatching(/现有 3 人，通常应为 4–6 人/)]);
    expect(
      ok<GroupResult>(core, 'orgs.setMembers', { groupId: team.group.id, cadreIds: ids.slice(0, 5) }).warnings,
    ).toEqual([]);
    expect(ok<GroupResult>(core, 'orgs.setMembers', { groupId: team.group.id, cadreIds: ids }).warnings).toHaveLength(
      1,
    );

    const post = ok<GroupResult>(core, 'orgs.addGroup', {
      kind: '先锋岗',
      name: '消杀服务员',
      community: '湖东社区',
      cadreIds: [ids[0]!, byName('姜振华').id],
    });
    expect(post.group.members).toHaveLength(2);
    expect(post.warnings).toEqual([expect.stringMatching(/姜振华 不是党员/)]);
    const area = ok<GroupResult>(core, 'orgs.addGroup', {
      kind: '责任区',
      name: '第一网格',
      community: '湖东社区',
      area: '1-6 栋',
      cadreIds: [ids[0]!],
    });
    expect(area.group).toMatchObject({ area: '1-6 栋', members: [{ name: '史晓东' }] });
    expect(ok<unknown[]>(core, 'orgs.groups', { kind: '先锋岗' })).toHaveLength(1);
    expect(core.invoke('orgs.addGroup', { kind: '先锋岗', name: '消杀服务员', community: '湖东社区' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
  });

  it('counts per community and for the street', async () => {
    const { core, byName } = await setup();
    ok(core, 'orgs.addBranch', { name: '湖东临时党支部', community: '湖东社区', secretaryId: byName('史晓东').id });
    ok(core, 'orgs.addBranch', { name: '柳影临时党支部', community: '柳影社区' });
    ok(core, 'orgs.addGroup', { kind: '先锋岗', name: '消杀服务员', community: '湖东社区' });
    ok(core, 'orgs.addGroup', { kind: '先锋岗', name: '物资配送员', community: '湖东社区' });
    ok(core, 'orgs.addGroup', { kind: '突击队', name: '突击一队', community: '柳影社区' });
    ok(core, 'orgs.addGroup', { kind: '责任区', name: '1-3 栋', community: '惠达社区' });
    const counts = ok<OrgCounts>(core, 'orgs.counts');
    const hudong = counts.rows.find((r) => r.community === '湖东社区');
    expect(hudong).toEqual({
      community: '湖东社区',
      branches: 1,
      vanguards: 2,
      areas: 0,
      teams: 0,
      partyMembers: 15,
      people: 16,
    });
    expect(counts.total).toEqual({
      community: '合计',
      branches: 2,
      vanguards: 2,
      areas: 1,
      teams: 1,
      partyMembers: 50,
      people: 60,
    });
    expect(counts.rows.reduce((n, r) => n + r.people, 0)).toBe(60);
  });
});
