import { describe, expect, it } from 'vitest';
import type { Entry, EntryPage } from '../../../shared/domain/ledgers/types';
import { manId, womanId } from '../ids';
import { ok, openTestApp } from '../helpers';
import { addEntry, seedPlaces } from './seed';

function setup() {
  const core = openTestApp();
  seedPlaces(core);
  return core;
}

const count = (core: ReturnType<typeof setup>, table: string) =>
  core.ctx.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get();

describe('entries', () => {
  it('derive gender and birth date from the ID number, mask it, and normalise phones', () => {
    const core = setup();
    const id = womanId('19930122');
    const e = addEntry(core, {
      kind: 'pregnant',
      name: ' 王 芳 ',
      idNumber: ` ${id.toLowerCase()} `,
      phones: '139 0431 2222/0431-85201234',
      grid: '第一网格',
      fields: { dueDate: '2022年10月1日', riskLevel: '红色' },
    });
    expect(e).toMatchObject({
      kind: 'pregnant',
      name: '王芳',
      idNumber: `${id.slice(0, 6)}********${id.slice(14)}`,
      gender: '女',
      birthDate: '1993-01-22',
      phones: ['13904312222', '0431-85201234'],
      community: '湖东社区',
      grid: '第一网格',
      status: '在册',
      fields: { dueDate: '2022-10-01', riskLevel: '红' },
      latestService: null,
      createdAt: '2026-11-23 09:30',
    });
  });

  it('refuse a wrong ID number with a per-field message, and save nothing', () => {
    const core = setup();
    const bad = womanId('19930122').slice(0, 17) + (womanId('19930122').endsWith('1') ? '2' : '1');
    const result = core.invoke('entries.add', { kind: 'pregnant', name: '王芳', idNumber: bad, community: '湖东社区' });
    expect(result).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
      fields: { idNumber: expect.stringContaining('校验位') },
    });
    expect((result as { message: string }).message).toMatch(/^请改正后再保存：身份证号/);
    expect(count(core, 'entries')).toBe(0);
    expect(count(core, 'audit_log')).toBe(3); // the seeded communities and grid only
  });

  it('report every bad field at once, kind fields included', () => {
    const core = setup();
    const result = core.invoke('entries.add', {
      kind: 'dialysis',
      name: '',
      idNumber: '123',
      phones: '85201234',
      community: '不存在社区',
      fields: { dialysisType: '透析中', dialysisDays: '随便', nope: 1 },
    });
    expect(result).toMatchObject({ ok: false });
    expect(Object.keys((result as { fields: object }).fields).sort()).toEqual(
      ['fields.dialysisDays', 'fields.dialysisType', 'fields.nope', 'idNumber', 'name', 'phones'].sort(),
    );
  });

  it('name an unknown community or grid as a field error', () => {
    const core = setup();
    expect(
      core.invoke('entries.add', {
        kind: 'pregnant',
        name: '王芳',
        idNumber: womanId('19930122'),
        community: '不存在社区',
      }),
    ).toMatchObject({
      ok: false,
      fields: { community: expect.stringContaining('没有名为“不存在社区”的社区') },
    });
    expect(
      core.invoke('entries.add', {
        kind: 'pregnant',
        name: '王芳',
        idNumber: womanId('19930122'),
        community: '柳影社区',
        grid: '第一网格',
      }),
    ).toMatchObject({ ok: false, fields: { grid: expect.stringContaining('“柳影社区”下没有名为“第一网格”的网格') } });
  });

  it('keep one open entry per ID number within a ledger, while the person may be on other ledgers', () => {
    const core = setup();
    const id = manId('19500101');
    addEntry(core, { kind: 'dialysis', name: '郭军', idNumber: id });
    expect(
      core.invoke('entries.add', { kind: 'dialysis', name: '郭军', idNumber: id, community: '柳影社区' }),
    ).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      fields: { idNumber: expect.stringContaining('已有在册记录（郭军，湖东社区）') },
    });
    const womanOnTwo = womanId('19800101');
    addEntry(core, { kind: 'dialysis', name: '李丽', idNumber: womanOnTwo });
    addEntry(core, { kind: 'pregnant', name: '李丽', idNumber: womanOnTwo });
  });

  it('close and reopen an entry, keeping it out of the default view while closed', () => {
    const core = setup();
    const e = addEntry(core, { kind: 'pregnant', name: '王芳', idNumber: womanId('19930122') });
    expect(core.invoke('entries.close', { id: e.id, reason: '其他' })).toMatchObject({
      ok: false,
      fields: { note: expect.any(String) },
    });
    const closed = ok<Entry>(core, 'entries.close', { id: e.id, reason: '已分娩', date: '2026-11-20' });
    expect(closed).toMatchObject({
      status: '已结案',
      closeReason: '已分娩',
      closedAt: '2026-11-20',
      fields: { deliveryDate: '2026-11-20' },
    });
    expect(ok<EntryPage>(core, 'entries.list', { kind: 'pregnant' }).total).toBe(0);
    expect(ok<EntryPage>(core, 'entries.list', { kind: 'pregnant', status: '已结案' }).total).toBe(1);
    expect(core.invoke('entries.close', { id: e.id, reason: '迁出' })).toMatchObject({ ok: false, code: 'CONFLICT' });

    // A new open entry for her blocks reopening the old one.
    const again = addEntry(core, { kind: 'pregnant', name: '王芳', idNumber: womanId('19930122') });
    expect(core.invoke('entries.reopen', { id: e.id })).toMatchObject({ ok: false, code: 'CONFLICT' });
    ok(core, 'entries.remove', { id: again.id });
    expect(ok<Entry>(core, 'entries.reopen', { id: e.id })).toMatchObject({
      status: '在册',
      closeReason: null,
      closedAt: null,
    });
  });

  it('update keeps the stored ID number when none is sent, and changes it when one is', () => {
    const core = setup();
    const first = womanId('19930122');
    const e = addEntry(core, { kind: 'pregnant', name: '王芳', idNumber: first });
    const updated = ok<Entry>(core, 'entries.update', {
      id: e.id,
      name: '王芳芳',
      community: '柳影社区',
      phones: ['13912345678'],
    });
    expect(updated).toMatchObject({
      name: '王芳芳',
      community: '柳影社区',
      phones: ['13912345678'],
      idNumber: e.idNumber,
      grid: null,
    });
    const second = womanId('19950505', 3);
    expect(
      ok<Entry>(core, 'entries.update', { id: e.id, name: '王芳芳', community: '柳影社区', idNumber: second }),
    ).toMatchObject({
      birthDate: '1995-05-05',
    });
    expect(ok<{ idNumber: string }>(core, 'entries.revealId', { id: e.id }).idNumber).toBe(second);
  });

  it('reveal an ID number only through revealId, which writes an audit row', () => {
    const core = setup();
    const id = womanId('19930122');
    const e = addEntry(core, { kind: 'pregnant', name: '王芳', idNumber: id });
    expect(JSON.stringify(ok(core, 'entries.list', { kind: 'pregnant' }))).not.toContain(id);
    expect(JSON.stringify(ok(core, 'entries.get', { id: e.id }))).not.toContain(id);
    expect(ok(core, 'entries.revealId', { id: e.id })).toEqual({ idNumber: id });
    const row = core.ctx.db
      .prepare("SELECT operator, entity, entity_id, after FROM audit_log WHERE method = 'entries.revealId'")
      .get();
    expect(row).toEqual({
      operator: '测试员',
      entity: 'entry',
      entity_id: e.id,
      after: JSON.stringify({ revealed: '身份证号', name: '王芳' }),
    });
    expect(JSON.stringify(core.ctx.db.prepare('SELECT * FROM audit_log').all())).not.toContain(id);
  });

  it('remove an entry with its service records, keeping the audit trail', () => {
    const core = setup();
    const e = addEntry(core, { kind: 'pregnant', name: '王芳', idNumber: womanId('19930122') });
    ok(core, 'services.add', { entryId: e.id, at: '2026-11-22 10:00', type: '走访' });
    ok(core, 'entries.remove', { id: e.id });
    expect(count(core, 'services')).toBe(0);
    expect(core.invoke('entries.get', { id: e.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(core.ctx.db.prepare("SELECT COUNT(*) FROM audit_log WHERE method = 'entries.remove'").pluck().get()).toBe(1);
  });

  it('refuse to remove a community or grid that entries are on, naming them', () => {
    const core = setup();
    addEntry(core, { kind: 'pregnant', name: '王芳', idNumber: womanId('19930122'), grid: '第一网格' });
    const [hudong] = ok<{ id: number; grids: { id: number }[] }[]>(core, 'communities.list');
    expect(core.invoke('grids.remove', { id: hudong!.grids[0]!.id })).toMatchObject({
      ok: false,
      code: 'IN_USE',
      message: expect.stringContaining('1 个台账记录（王芳）'),
    });
  });
});
