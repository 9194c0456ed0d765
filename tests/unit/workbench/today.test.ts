import { describe, expect, it } from 'vitest';
import type { Workbench } from '../../../shared/domain/ledgers/types';
import { manId, womanId } from '../ids';
import { ok, openTestApp } from '../helpers';
import { addEntry, seedPlaces } from '../ledgers/seed';

// 2026-11-23 is a Monday.
function setup() {
  const core = openTestApp({ now: new Date('2026-11-01T09:00:00+08:00') });
  seedPlaces(core);
  return core;
}
const at = (core: ReturnType<typeof setup>, iso: string) => (core.ctx.now = () => new Date(iso));

describe('workbench.today', () => {
  it('lists dialysis patients whose weekday set holds today, earliest session first, and no one else', () => {
    const core = setup();
    addEntry(core, {
      kind: 'dialysis',
      name: '梁霞',
      idNumber: womanId('19961020'),
      fields: {
        dialysisType: '血透',
        dialysisDays: '每周一三五',
        dialysisSession: '下午',
        dialysisHospital: '长春市中心医院',
        transport: '社区专车',
        escort: '子女陪同',
      },
    });
    addEntry(core, {
      kind: 'dialysis',
      name: '郭军',
      idNumber: manId('19501224'),
      fields: {
        dialysisType: '血透',
        dialysisDays: '一三五上午',
        dialysisSession: '上午',
        dialysisHospital: '吉林省人民医院',
      },
    });
    addEntry(core, {
      kind: 'dialysis',
      name: '姚晓东',
      idNumber: manId('19830615', 2),
      fields: { dialysisType: '血透', dialysisDays: '周2、4、6' },
    });
    addEntry(core, {
      kind: 'dialysis',
      name: '余强',
      idNumber: manId('19680218', 3),
      fields: { dialysisType: '腹透', dialysisDays: '每日' },
    });
    const closed = addEntry(core, {
      kind: 'dialysis',
      name: '文俊杰',
      idNumber: manId('19600301', 4),
      fields: { dialysisDays: '一四' },
    });
    ok(core, 'entries.close', { id: closed.id, reason: '迁出' });
    at(core, '2026-11-23T07:00:00+08:00');

    const today = ok<Workbench>(core, 'workbench.today');
    expect(today).toMatchObject({ date: '2026-11-23', weekday: 1 });
    expect(today.dialysisToday.map((d) => [d.name, d.session, d.hospital])).toEqual([
      ['郭军', '上午', '吉林省人民医院'],
      ['梁霞', '下午', '长春市中心医院'],
    ]);
    expect(today.dialysisToday[1]).toMatchObject({
      transport: '社区专车',
      escort: '子女陪同',
      days: [1, 3, 5],
      community: '湖东社区',
    });
    expect(ok<Workbench>(core, 'workbench.today', { date: '2026-11-24' }).dialysisToday.map((d) => d.name)).toEqual([
      '姚晓东',
    ]);
  });

  it('lists women due within 14 days or past their date, not yet closed', () => {
    const core = setup();
    at(core, '2026-11-23T09:00:00+08:00');
    addEntry(core, {
      kind: 'pregnant',
      name: '过期',
      idNumber: womanId('19930101', 1),
      fields: { dueDate: '2026-11-20', riskLevel: '橙' },
    });
    addEntry(core, {
      kind: 'pregnant',
      name: '五天',
      idNumber: womanId('19930101', 2),
      fields: { dueDate: '2026-11-28' },
    });
    addEntry(core, {
      kind: 'pregnant',
      name: '十四天',
      idNumber: womanId('19930101', 3),
      fields: { dueDate: '2026-12-07' },
    });
    addEntry(core, {
      kind: 'pregnant',
      name: '十五天',
      idNumber: womanId('19930101', 4),
      fields: { dueDate: '2026-12-08' },
    });
    addEntry(core, {
      kind: 'pregnant',
      name: '按末次月经',
      idNumber: womanId('19930101', 5),
      fields: { lastMenstrualDate: '2026-02-20' },
    });
    const done = addEntry(core, {
      kind: 'pregnant',
      name: '已分娩',
      idNumber: womanId('19930101', 6),
      fields: { dueDate: '2026-11-22' },
    });
    ok(core, 'entries.close', { id: done.id, reason: '已分娩' });

    const due = ok<Workbench>(core, 'workbench.today').dueSoon;
    expect(due.map((d) => [d.name, d.dueDate, d.daysLeft])).toEqual(
      [
        ['过期', '2026-11-20', -3],
        ['五天', '2026-11-28', 5],
        ['按末次月经', '2026-11-27', 4],
        ['十四天', '2026-12-07', 14],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    );
    expect(due[0]).toMatchObject({ riskLevel: '橙' });
  });

  it('lists entries with no service record for N days, N from settings', () => {
    const core = setup();
    const old = addEntry(core, { kind: 'pregnant', name: '老记录', idNumber: womanId('19930101', 1) });
    const visited = addEntry(core, { kind: 'pregnant', name: '近期走访', idNumber: womanId('19930101', 2) });
    const stale = addEntry(core, { kind: 'dialysis', name: '很久未访', idNumber: manId('19500101', 1) });
    ok(core, 'services.add', { entryId: visited.id, at: '2026-11-20 10:00', type: '走访' });
    ok(core, 'services.add', { entryId: stale.id, at: '2026-11-10 10:00', type: '电话随访' });
    at(core, '2026-11-23T09:00:00+08:00');
    addEntry(core, { kind: 'pregnant', name: '今天新建', idNumber: womanId('19930101', 3) });

    const overdue = ok<Workbench>(core, 'workbench.today').overdue;
    expect(overdue.total).toBe(2);
    expect(overdue.rows.map((r) => [r.name, r.kindName, r.lastServiceAt, r.daysSince])).toEqual([
      ['老记录', '孕产妇', null, 22],
      ['很久未访', '透析患者', '2026-11-10 10:00', 13],
    ]);
    expect(old.id).toBe(overdue.rows[0]!.entryId);

    ok(core, 'settings.update', { followUpDays: 20 });
    expect(ok<Workbench>(core, 'workbench.today').overdue.rows.map((r) => r.name)).toEqual(['老记录']);
  });

  it('counts open entries per community and kind', () => {
    const core = setup();
    addEntry(core, { kind: 'pregnant', name: 'a', idNumber: womanId('19930101', 1) });
    addEntry(core, { kind: 'pregnant', name: 'b', idNumber: womanId('19930101', 2), community: '柳影社区' });
    addEntry(core, { kind: 'dialysis', name: 'c', idNumber: manId('19500101', 1) });
    const closed = addEntry(core, { kind: 'dialysis', name: 'd', idNumber: manId('19500101', 2) });
    ok(core, 'entries.close', { id: closed.id, reason: '死亡' });
    expect(ok<Workbench>(core, 'workbench.today').counts).toEqual([
      { community: '湖东社区', kind: 'pregnant', kindName: '孕产妇', count: 1 },
      { community: '湖东社区', kind: 'dialysis', kindName: '透析患者', count: 1 },
      { community: '柳影社区', kind: 'pregnant', kindName: '孕产妇', count: 1 },
    ]);
  });
});
