import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { ok, openTestApp } from './helpers';

const methods = Object.keys(contract);

/** Counts every row the handlers could have written. */
function footprint(core: ReturnType<typeof openTestApp>) {
  const count = (table: string) => core.ctx.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get();
  return {
    communities: count('communities'),
    grids: count('grids'),
    settings: count('settings'),
    audit: count('audit_log'),
  };
}

describe('the contract', () => {
  it('rejects an unknown method in Chinese', () => {
    const core = openTestApp();
    expect(core.invoke('communities.drop', {})).toMatchObject({
      ok: false,
      code: 'UNKNOWN_METHOD',
      message: expect.stringMatching(/没有.*这个操作/),
    });
    expect(core.invoke(42, {})).toMatchObject({ ok: false, code: 'UNKNOWN_METHOD' });
    expect(core.invoke('__proto__', {})).toMatchObject({ ok: false, code: 'UNKNOWN_METHOD' });
    expect(core.invoke('toString', {})).toMatchObject({ ok: false, code: 'UNKNOWN_METHOD' });
  });

  it.each(methods)('%s rejects inputs that are not objects of its shape, and nothing is written', (method) => {
    const core = openTestApp();
    ok(core, 'communities.add', { name: '湖东社区' });
    const before = footprint(core);
    for (const bad of ['x', 7, [1, 2], true, { unexpected: 1 }, { id: 'DROP TABLE communities' }]) {
      const result = core.invoke(method, bad);
      expect(result, JSON.stringify(bad)).toMatchObject({ ok: false, code: 'BAD_INPUT' });
      expect((result as { message: string }).message).toMatch(/^输入有误：/);
    }
    expect(footprint(core)).toEqual(before);
  });

  it('names the field and says what to do', () => {
    const core = openTestApp();
    expect(core.invoke('communities.add', {})).toEqual({
      ok: false,
      code: 'BAD_INPUT',
      message: '输入有误：请填写社区名称',
    });
    expect(core.invoke('communities.add', { name: '' })).toEqual({
      ok: false,
      code: 'BAD_INPUT',
      message: '输入有误：请填写社区名称',
    });
    expect(core.invoke('communities.add', { name: 5 })).toEqual({
      ok: false,
      code: 'BAD_INPUT',
      message: '输入有误：请填写社区名称',
    });
    expect(core.invoke('communities.add', { name: '长'.repeat(31) })).toEqual({
      ok: false,
      code: 'BAD_INPUT',
      message: '输入有误：社区名称不能超过 30 个字',
    });
    expect(core.invoke('grids.add', { communityId: 1.5, name: 'x' })).toEqual({
      ok: false,
      code: 'BAD_INPUT',
      message: '输入有误：社区编号必须是整数编号',
    });
    expect(core.invoke('communities.remove', { id: -1 })).toEqual({
      ok: false,
      code: 'BAD_INPUT',
      message: '输入有误：社区编号必须是正整数',
    });
  });

  it('keeps SQL and HTML in names as plain text', () => {
    const core = openTestApp();
    const name = "x');DROP TABLE grids;--<b>";
    expect(ok<{ name: string }>(core, 'communities.add', { name }).name).toBe(name);
    expect(ok<{ name: string }[]>(core, 'communities.list').map((c) => c.name)).toEqual([name]);
  });

  it('refuses a huge string before any SQL runs', () => {
    const core = openTestApp();
    const result = core.invoke('communities.add', { name: '社'.repeat(1_000_000) });
    expect(result).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    expect(footprint(core).communities).toBe(0);
  });
});
