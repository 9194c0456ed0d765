import { describe, expect, it } from 'vitest';
import type { Community, Grid } from '../../../shared/domain/communities';
import { ok, openTestApp } from '../helpers';

describe('communities and grids', () => {
  it('adds, lists, renames and removes a community, in the order added', () => {
    const core = openTestApp();
    const a = ok<Community>(core, 'communities.add', { name: '湖东社区' });
    ok(core, 'communities.add', { name: '柳影社区' });
    expect(ok<Community[]>(core, 'communities.list').map((c) => c.name)).toEqual(['湖东社区', '柳影社区']);

    expect(ok<Community>(core, 'communities.rename', { id: a.id, name: '湖东新村社区' }).name).toBe('湖东新村社区');
    ok(core, 'communities.remove', { id: a.id });
    expect(ok<Community[]>(core, 'communities.list').map((c) => c.name)).toEqual(['柳影社区']);
  });

  it('trims names and folds full-width characters (NFKC)', () => {
    const core = openTestApp();
    expect(ok<Community>(core, 'communities.add', { name: '\u3000新月路社区　' }).name).toBe('新月路社区');
    expect(ok<Community>(core, 'communities.add', { name: 'ＡＢ社区' }).name).toBe('AB社区');
  });

  it('refuses a second community of the same name, and a rename onto a taken name', () => {
    const core = openTestApp();
    ok(core, 'communities.add', { name: '湖东社区' });
    const other = ok<Community>(core, 'communities.add', { name: '柳影社区' });
    expect(core.invoke('communities.add', { name: ' 湖东社区' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    const renamed = core.invoke('communities.rename', { id: other.id, name: '湖东社区' });
    expect(renamed).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: expect.stringContaining('已经有名为“湖东社区”的社区'),
    });
    expect(ok<Community>(core, 'communities.rename', { id: other.id, name: '柳影社区' }).name).toBe('柳影社区');
  });

  it('keeps grids under their community, unique within it', () => {
    const core = openTestApp();
    const a = ok<Community>(core, 'communities.add', { name: '湖东社区' });
    const b = ok<Community>(core, 'communities.add', { name: '柳影社区' });
    const g = ok<Grid>(core, 'grids.add', { communityId: a.id, name: '第一网格' });
    ok(core, 'grids.add', { communityId: b.id, name: '第一网格' });
    expect(core.invoke('grids.add', { communityId: a.id, name: '第一网格' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    expect(ok<Grid>(core, 'grids.rename', { id: g.id, name: '一网格' })).toEqual({
      id: g.id,
      communityId: a.id,
      name: '一网格',
    });
    const list = ok<Community[]>(core, 'communities.list');
    expect(list.map((c) => c.grids.map((x) => x.name))).toEqual([['一网格'], ['第一网格']]);
    ok(core, 'grids.remove', { id: g.id });
    expect(ok<Community[]>(core, 'communities.list')[0]!.grids).toEqual([]);
  });

  it('refuses to remove a community its grids refer to, naming them, and removes nothing', () => {
    const core = openTestApp();
    const a = ok<Community>(core, 'communities.add', { name: '湖东社区' });
    ok(core, 'grids.add', { communityId: a.id, name: '第一网格' });
    ok(core, 'grids.add', { communityId: a.id, name: '第二网格' });
    const result = core.invoke('communities.remove', { id: a.id });
    expect(result).toEqual({
      ok: false,
      code: 'IN_USE',
      message:
        '不能删除社区“湖东社区”：还有 2 个网格（第一网格、第二网格）属于它。请先删除或移走这些记录，再删除社区。',
    });
    expect(ok<Community[]>(core, 'communities.list')[0]!.grids).toHaveLength(2);
  });

  it('answers NOT_FOUND for an id that does not exist', () => {
    const core = openTestApp();
    expect(core.invoke('communities.rename', { id: 99, name: 'x' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(core.invoke('grids.add', { communityId: 99, name: 'x' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(core.invoke('grids.remove', { id: 99 })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('records every write in the audit log with operator, time, before and after', () => {
    const core = openTestApp();
    const a = ok<Community>(core, 'communities.add', { name: '湖东社区' });
    ok(core, 'communities.rename', { id: a.id, name: '湖东新村' });
    core.invoke('communities.add', { name: '湖东新村' }); // refused: no audit row
    ok(core, 'communities.remove', { id: a.id });
    const rows = core.ctx.db
      .prepare('SELECT at, operator, method, entity, entity_id, before, after FROM audit_log ORDER BY id')
      .all();
    expect(rows).toEqual([
      {
        at: '2026-11-23 09:30:00',
        operator: '测试员',
        method: 'communities.add',
        entity: 'community',
        entity_id: a.id,
        before: null,
        after: JSON.stringify({ id: a.id, name: '湖东社区', grids: [] }),
      },
      {
        at: '2026-11-23 09:30:00',
        operator: '测试员',
        method: 'communities.rename',
        entity: 'community',
        entity_id: a.id,
        before: JSON.stringify({ id: a.id, name: '湖东社区', grids: [] }),
        after: JSON.stringify({ id: a.id, name: '湖东新村', grids: [] }),
      },
      {
        at: '2026-11-23 09:30:00',
        operator: '测试员',
        method: 'communities.remove',
        entity: 'community',
        entity_id: a.id,
        before: JSON.stringify({ id: a.id, name: '湖东新村', grids: [] }),
        after: null,
      },
    ]);
  });

  it('keeps the street name in settings', () => {
    const core = openTestApp();
    expect(ok(core, 'settings.get')).toMatchObject({ streetName: '', followUpDays: 7 });
    expect(ok(core, 'settings.update', { streetName: ' 永长街道 ' })).toMatchObject({
      streetName: '永长街道',
      followUpDays: 7,
    });
    expect(ok(core, 'settings.update', { followUpDays: 14 })).toMatchObject({
      streetName: '永长街道',
      followUpDays: 14,
    });
    expect(core.invoke('settings.update', { followUpDays: 0 })).toMatchObject({
      ok: false,
      message: expect.stringContaining('至少 1 天'),
    });
    expect(ok(core, 'settings.get')).toMatchObject({ streetName: '永长街道', followUpDays: 14 });
  });
});
