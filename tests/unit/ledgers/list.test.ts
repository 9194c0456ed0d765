import { describe, expect, it } from 'vitest';
import type { EntryPage } from '../../../shared/domain/ledgers/types';
import { manId, womanId } from '../ids';
import { ok, openTestApp } from '../helpers';
import { addEntry, seedPlaces } from './seed';

function setup() {
  const core = openTestApp();
  seedPlaces(core);
  addEntry(core, {
    kind: 'pregnant',
    name: '王芳',
    idNumber: womanId('19930122'),
    phones: '13904312222',
    fields: { riskLevel: '红', dueDate: '2026-12-01' },
  });
  addEntry(core, {
    kind: 'pregnant',
    name: '李丽',
    idNumber: womanId('19900612', 2),
    phones: '15896427167',
    community: '柳影社区',
    fields: { riskLevel: '绿', dueDate: '2027-03-01' },
  });
  addEntry(core, {
    kind: 'pregnant',
    name: '吴凤',
    idNumber: womanId('19880808', 3),
    fields: { riskLevel: '红', lastMenstrualDate: '2026-04-01' },
  });
  addEntry(core, {
    kind: 'dialysis',
    name: '郭军',
    idNumber: manId('19501224'),
    fields: { dialysisType: '血透', dialysisDays: '一三五' },
  });
  addEntry(core, {
    kind: 'dialysis',
    name: '姚晓东',
    idNumber: manId('19830615', 2),
    fields: { dialysisType: '血透', dialysisDays: '周2、4、6' },
  });
  return core;
}

const names = (page: EntryPage) => page.rows.map((r) => r.name);
const list = (core: ReturnType<typeof setup>, input: Record<string, unknown>) =>
  ok<EntryPage>(core, 'entries.list', input);

describe('entries.list', () => {
  it('finds by pinyin initials, full pinyin, part of the name, ID number or phone', () => {
    const core = setup();
    expect(names(list(core, { kind: 'pregnant', q: 'wf' }))).toEqual(['王芳', '吴凤']);
    expect(names(list(core, { kind: 'pregnant', q: 'WANGF' }))).toEqual(['王芳']);
    expect(names(list(core, { kind: 'pregnant', q: '丽' }))).toEqual(['李丽']);
    expect(names(list(core, { kind: 'pregnant', q: '19900612' }))).toEqual(['李丽']);
    expect(names(list(core, { kind: 'pregnant', q: '0431 2222' }))).toEqual(['王芳']);
    expect(names(list(core, { kind: 'pregnant', q: '%' }))).toEqual([]);
    expect(names(list(core, { kind: 'pregnant', q: '   ' }))).toEqual(['王芳', '李丽', '吴凤']);
  });

  it('filters by community, status and kind fields (risk level, dialysis day)', () => {
    const core = setup();
    expect(names(list(core, { kind: 'pregnant', community: '柳影社区' }))).toEqual(['李丽']);
    expect(names(list(core, { kind: 'pregnant', filters: { riskLevel: '红' } }))).toEqual(['王芳', '吴凤']);
    expect(names(list(core, { kind: 'dialysis', filters: { dialysisDays: 3 } }))).toEqual(['郭军']);
    expect(names(list(core, { kind: 'dialysis', filters: { dialysisDays: 6 } }))).toEqual(['姚晓东']);
    expect(core.invoke('entries.list', { kind: 'dialysis', filters: { nope: 1 } })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
    });
  });

  it('sorts by pinyin of the name, by a kind field, and by gestational age', () => {
    const core = setup();
    expect(names(list(core, { kind: 'pregnant', sort: { field: 'name', order: 'ascend' } }))).toEqual([
      '李丽',
      '王芳',
      '吴凤',
    ]);
    expect(names(list(core, { kind: 'pregnant', sort: { field: 'dueDate', order: 'descend' } }))).toEqual([
      '李丽',
      '王芳',
      '吴凤',
    ]);
    // 吴凤 (LMP 2026-04-01, due 2027-01-06) is further along than 李丽 (due 2027-03-01), less than 王芳 (due 2026-12-01).
    expect(names(list(core, { kind: 'pregnant', sort: { field: 'gestationalAge', order: 'descend' } }))).toEqual([
      '王芳',
      '吴凤',
      '李丽',
    ]);
    expect(
      core.invoke('entries.list', {
        kind: 'pregnant',
        sort: { field: 'id_number; DROP TABLE entries', order: 'ascend' },
      }),
    ).toMatchObject({ ok: false, code: 'BAD_INPUT' });
  });

  it('pages with offset and limit and reports the total', () => {
    const core = setup();
    const page = list(core, { kind: 'pregnant', offset: 1, limit: 1 });
    expect(page.total).toBe(3);
    expect(names(page)).toEqual(['李丽']);
    expect(core.invoke('entries.list', { kind: 'pregnant', limit: 5000 })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
    });
  });

  it('answers an unknown kind in Chinese', () => {
    const core = setup();
    expect(core.invoke('entries.list', { kind: 'nosuch' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: expect.stringContaining('没有“nosuch”这个台账类型'),
    });
  });
});
