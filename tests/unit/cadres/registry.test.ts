import { describe, expect, it } from 'vitest';
import type { Cadre, CadrePage, CadreUnit } from '../../../shared/domain/cadres/types';
import { ok, openTestApp } from '../helpers';
import { womanId } from '../ids';
import { addCadre, seedCommunities } from './seed';

function setup() {
  const core = openTestApp();
  seedCommunities(core);
  return core;
}

describe('the cadre registry', () => {
  it('adds a person, masks the ID number, and audits the write', () => {
    const core = setup();
    const id = womanId('19900315');
    const c = addCadre(core, {
      name: '王芳',
      phone: '13904312222',
      unit: '区卫健局',
      idNumber: id,
      arrivedOn: '2022-04-10',
    });
    expect(c).toMatchObject({
      name: '王芳',
      gender: '女',
      idNumber: `${id.slice(0, 6)}********${id.slice(14)}`,
      community: '湖东社区',
      active: true,
    });
    const audit = core.ctx.db.prepare("SELECT method, entity FROM audit_log WHERE entity = 'cadre'").all();
    expect(audit).toEqual([{ method: 'cadres.add', entity: 'cadre' }]);
  });

  it('returns per-field Chinese errors, and refuses an unknown community', () => {
    const core = setup();
    const bad = core.invoke('cadres.add', {
      name: '王芳',
      phone: '123',
      leftOn: '2020-01-01',
      arrivedOn: '2021-01-01',
    });
    expect(bad).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
      fields: { phone: expect.any(String), leftOn: expect.stringMatching(/早于/) },
    });
    const place = core.invoke('cadres.add', { name: '王芳', community: '不存在社区' });
    expect(place).toMatchObject({
      ok: false,
      fields: { community: expect.stringMatching(/没有名为“不存在社区”的社区/) },
    });
  });

  it('refuses the same name and phone twice, naming the other', () => {
    const core = setup();
    addCadre(core, { name: '王芳', phone: '13904312222', unit: '区卫健局' });
    const again = core.invoke('cadres.add', { name: '王 芳', phone: '139-0431-2222' });
    expect(again).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: expect.stringMatching(/已有“王芳”（13904312222，区卫健局，湖东社区）/),
    });
    addCadre(core, { name: '王芳', phone: '13904313333' });
  });

  it('updates, keeps the ID number when left out, and lists by pinyin initials, phone and unit', () => {
    const core = setup();
    const id = womanId('19900315');
    const a = addCadre(core, {
      name: '江玉兰',
      phone: '13766554558',
      unit: '市交通国有资产经营有限公司',
      idNumber: id,
    });
    addCadre(core, {
      name: '侯欣怡',
      phone: '18623300087',
      unit: '区城市管理局',
      community: '柳影社区',
      role: '志愿者',
    });
    const changed = ok<Cadre>(core, 'cadres.update', {
      id: a.id,
      name: '江玉兰',
      phone: '13766554558',
      unit: '市交通国资公司',
      post: '消杀',
      community: '湖东社区',
    });
    expect(changed).toMatchObject({
      unit: '市交通国资公司',
      post: '消杀',
      gender: '女',
      idNumber: expect.stringContaining('********'),
    });
    const find = (input: Record<string, unknown>) => ok<CadrePage>(core, 'cadres.list', input).rows.map((r) => r.name);
    expect(find({ q: 'jyl' })).toEqual(['江玉兰']);
    expect(find({ q: 'hxy' })).toEqual(['侯欣怡']);
    expect(find({ q: '1862330' })).toEqual(['侯欣怡']);
    expect(find({ q: '国资' })).toEqual(['江玉兰']);
    expect(find({ community: '柳影社区' })).toEqual(['侯欣怡']);
    expect(find({ role: '志愿者' })).toEqual(['侯欣怡']);
    expect(find({ unit: '区城市管理局' })).toEqual(['侯欣怡']);
    expect(ok<CadrePage>(core, 'cadres.list', { limit: 1 })).toMatchObject({ total: 2, rows: [{ name: '江玉兰' }] });
    expect(ok<CadreUnit[]>(core, 'cadres.units')).toEqual([
      { unit: '区城市管理局', count: 1 },
      { unit: '市交通国资公司', count: 1 },
    ]);
  });

  it('tells active from left by the leave date', () => {
    const core = setup();
    addCadre(core, { name: '甲', leftOn: '2026-11-22' });
    addCadre(core, { name: '乙', leftOn: '2026-12-01' });
    addCadre(core, { name: '丙' });
    const names = (active: boolean) => ok<CadrePage>(core, 'cadres.list', { active }).rows.map((r) => r.name);
    expect(names(true)).toEqual(['乙', '丙']);
    expect(names(false)).toEqual(['甲']);
  });

  it('refuses to remove a person with sign-ins, saying how many', () => {
    const core = setup();
    const a = addCadre(core, { name: '王芳', phone: '13904312222' });
    const b = addCadre(core, { name: '李四' });
    const insert = core.ctx.db.prepare(
      "INSERT INTO signins (cadre_id, day, signed_in, created_at, updated_at) VALUES (?, ?, '08:00', 'x', 'x')",
    );
    insert.run(a.id, '2026-11-20');
    insert.run(a.id, '2026-11-21');
    expect(core.invoke('cadres.remove', { id: a.id })).toMatchObject({
      ok: false,
      code: 'IN_USE',
      message: expect.stringMatching(/有 2 条签到记录/),
    });
    expect(ok(core, 'cadres.remove', { id: b.id })).toEqual({ id: b.id });
    expect(ok<CadrePage>(core, 'cadres.list', {}).total).toBe(1);
  });
});
