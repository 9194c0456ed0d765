import { describe, expect, it } from 'vitest';
import type { Entry, LedgerKind } from '../../../shared/domain/ledgers/types';
import { manId } from '../ids';
import { ok, openTestApp } from '../helpers';
import { addEntry, seedPlaces } from './seed';

const elderly = {
  name: '独居老人',
  fields: [
    { label: '健康状况', type: 'choice', options: ['良好', '一般', '较差'] },
    { label: '是否需要送餐', type: 'bool' },
    { label: '紧急联系人电话', type: 'phone', required: true },
    { label: '送药日', type: 'weekdays' },
  ],
};

function setup() {
  const core = openTestApp();
  seedPlaces(core);
  const kind = ok<LedgerKind>(core, 'kinds.add', elderly);
  return { core, kind };
}

describe('ledger kinds', () => {
  it('list the two built-in kinds with their canonical fields', () => {
    const core = openTestApp();
    const kinds = ok<LedgerKind[]>(core, 'kinds.list');
    expect(kinds.map((k) => [k.key, k.name, k.builtin])).toEqual([
      ['pregnant', '孕产妇', true],
      ['dialysis', '透析患者', true],
    ]);
    expect(kinds[0]!.fields.map((f) => f.key)).toEqual([
      'lastMenstrualDate',
      'dueDate',
      'prenatalHospital',
      'riskLevel',
      'riskFactors',
      'deliveryDate',
      'emergencyContact',
    ]);
    expect(kinds[1]!.fields.map((f) => f.key)).toEqual([
      'dialysisType',
      'dialysisHospital',
      'dialysisDays',
      'dialysisSession',
      'transport',
      'escort',
      'conditions',
    ]);
  });

  it('let staff define a kind with their own fields and use it with no code change', () => {
    const { core, kind } = setup();
    expect(kind.key).toBe('djlr');
    expect(kind.fields.map((f) => [f.key, f.label, f.type])).toEqual([
      ['f1', '健康状况', 'choice'],
      ['f2', '是否需要送餐', 'bool'],
      ['f3', '紧急联系人电话', 'phone'],
      ['f4', '送药日', 'weekdays'],
    ]);
    const e = addEntry(core, {
      kind: 'djlr',
      name: '余强',
      idNumber: manId('19400218'),
      fields: { f1: '较差', f2: '是', f3: '13904318888', f4: '二五' },
    });
    expect(e.fields).toEqual({ f1: '较差', f2: true, f3: ['13904318888'], f4: [2, 5] });
    expect(
      core.invoke('entries.add', {
        kind: 'djlr',
        name: '余强',
        idNumber: manId('19400218', 2),
        community: '湖东社区',
        fields: { f1: '很好' },
      }),
    ).toMatchObject({
      ok: false,
      fields: { 'fields.f1': expect.stringContaining('良好'), 'fields.f3': '请填写紧急联系人电话' },
    });
    expect(ok<LedgerKind>(core, 'kinds.add', { name: '独居老年人', fields: [] }).key).toBe('djlnr');
    expect(ok<LedgerKind>(core, 'kinds.add', { name: '独居  老人2', fields: [] }).key).toBe('djlr2');
  });

  it('refuse duplicate names, fields named like common fields, and choices without options', () => {
    const { core } = setup();
    expect(core.invoke('kinds.add', { name: '独居老人', fields: [] })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(core.invoke('kinds.add', { name: '孕产妇', fields: [] })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(core.invoke('kinds.add', { name: '残疾人', fields: [{ label: '姓名', type: 'text' }] })).toMatchObject({
      ok: false,
      message: expect.stringContaining('每个台账都有'),
    });
    expect(
      core.invoke('kinds.add', { name: '残疾人', fields: [{ label: '类别', type: 'choice', options: [] }] }),
    ).toMatchObject({ ok: false, message: expect.stringContaining('至少给出一个选项') });
    expect(
      core.invoke('kinds.add', {
        name: '残疾人',
        fields: [
          { label: 'a', type: 'text' },
          { label: 'a', type: 'number' },
        ],
      }),
    ).toMatchObject({ ok: false, message: expect.stringContaining('重复') });
  });

  it('ask before removing a field in use, then keep its values in extra', () => {
    const { core, kind } = setup();
    const e = addEntry(core, {
      kind: 'djlr',
      name: '余强',
      idNumber: manId('19400218'),
      fields: { f1: '较差', f3: '13904318888', f4: '二五' },
      extra: { 楼栋长: '张三' },
    });
    const kept = kind.fields.filter((f) => f.key !== 'f1' && f.key !== 'f4');
    const asked = core.invoke('kinds.update', { key: 'djlr', name: '独居老人', fields: kept });
    expect(asked).toMatchObject({
      ok: false,
      code: 'NEEDS_CONFIRM',
      message: expect.stringContaining('“健康状况”（1 条记录填写了）'),
    });
    expect(ok<LedgerKind[]>(core, 'kinds.list')[2]!.fields).toHaveLength(4);
    expect(ok<Entry>(core, 'entries.get', { id: e.id }).fields.f1).toBe('较差');

    const after = ok<LedgerKind>(core, 'kinds.update', {
      key: 'djlr',
      name: '独居老人',
      fields: kept,
      confirmRemoval: true,
    });
    expect(after.fields.map((f) => f.key)).toEqual(['f2', 'f3']);
    const moved = ok<Entry>(core, 'entries.get', { id: e.id });
    expect(moved.fields).toEqual({ f3: ['13904318888'] });
    expect(moved.extra).toEqual({ 楼栋长: '张三', 健康状况: '较差', 送药日: '周二、五' });

    // A new field never takes an old key back.
    const added = ok<LedgerKind>(core, 'kinds.update', {
      key: 'djlr',
      name: '独居老人',
      fields: [...after.fields, { label: '健康状况', type: 'text' }],
    });
    expect(added.fields.at(-1)).toEqual({ key: 'f5', label: '健康状况', type: 'text' });
  });

  it('removes a field nobody filled without asking; refuses a type change of a field in use', () => {
    const { core, kind } = setup();
    addEntry(core, { kind: 'djlr', name: '余强', idNumber: manId('19400218'), fields: { f3: '13904318888' } });
    const withoutMeals = kind.fields.filter((f) => f.key !== 'f2');
    expect(
      ok<LedgerKind>(core, 'kinds.update', { key: 'djlr', name: '独居老人', fields: withoutMeals }).fields,
    ).toHaveLength(3);
    const retyped = withoutMeals.map((f) => (f.key === 'f3' ? { ...f, type: 'text' } : f));
    expect(core.invoke('kinds.update', { key: 'djlr', name: '独居老人', fields: retyped })).toMatchObject({
      ok: false,
      message: expect.stringContaining('不能改变它的类型'),
    });
  });

  it('refuse changing or removing a built-in kind, and removing a kind with entries', () => {
    const { core } = setup();
    expect(core.invoke('kinds.update', { key: 'pregnant', name: '孕妇', fields: [] })).toMatchObject({
      ok: false,
      message: expect.stringContaining('内置台账'),
    });
    expect(core.invoke('kinds.remove', { key: 'dialysis' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('内置台账'),
    });
    addEntry(core, { kind: 'djlr', name: '余强', idNumber: manId('19400218'), fields: { f3: '13904318888' } });
    expect(core.invoke('kinds.remove', { key: 'djlr' })).toMatchObject({
      ok: false,
      code: 'IN_USE',
      message: expect.stringContaining('1 条记录'),
    });
    ok(core, 'kinds.add', { name: '残疾人', fields: [] });
    expect(ok(core, 'kinds.remove', { key: 'cjr' })).toEqual({ key: 'cjr' });
  });
});
