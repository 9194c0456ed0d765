import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AttendanceReport } from '../../../shared/domain/signins/types';
import type { StagedFile } from '../../../shared/platform';
import { ok, okAsync, openTestApp } from '../helpers';
import { addCadre, seedCommunities } from './seed';

function setup() {
  const core = openTestApp();
  seedCommunities(core);
  ok(core, 'settings.update', { streetName: '新华街道' });
  const a = addCadre(core, { name: '王芳', phone: '13900000001', unit: '区卫健局', community: '湖东社区' });
  const b = addCadre(core, { name: '李强', phone: '13900000002', unit: '区卫健局', community: '湖东社区' });
  const c = addCadre(core, { name: '赵敏', phone: '13900000003', unit: '市交通局/运输科', community: '柳影社区' });
  const sign = (cadreId: number, day: string, time: string, out?: string) => {
    ok(core, 'signins.signIn', { cadreId, day, time });
    if (out) ok(core, 'signins.signOut', { cadreId, day, time: out });
  };
  sign(a, '2022-04-18', '08:00', '16:00'); // 8 h
  sign(a, '2022-04-19', '20:00', '08:00'); // night: 12 h
  sign(a, '2022-04-20', '08:00'); // no sign-out
  sign(b, '2022-04-18', '07:05', '16:05'); // 9 h
  sign(c, '2022-04-19', '08:30', '12:00'); // 3.5 h
  sign(c, '2022-05-02', '08:00', '16:00'); // out of range
  return { core, a, b, c };
}

const FROM_TO = { from: '2022-04-01', to: '2022-04-30' };

describe('attendance report', () => {
  it('counts days, hours across midnight, and missing sign-outs per person and per unit', () => {
    const { core, a, b, c } = setup();
    const report = ok<AttendanceReport>(core, 'attendance.report', FROM_TO);
    expect(report.people).toEqual([
      { cadreId: b, name: '李强', unit: '区卫健局', community: '湖东社区', days: 1, hours: 9, missingSignOut: 0 },
      { cadreId: a, name: '王芳', unit: '区卫健局', community: '湖东社区', days: 3, hours: 20, missingSignOut: 1 },
      {
        cadreId: c,
        name: '赵敏',
        unit: '市交通局/运输科',
        community: '柳影社区',
        days: 1,
        hours: 3.5,
        missingSignOut: 0,
      },
    ]);
    expect(report.units).toEqual([
      { unit: '区卫健局', people: 2, days: 4, hours: 29, missingSignOut: 1 },
      { unit: '市交通局/运输科', people: 1, days: 1, hours: 3.5, missingSignOut: 0 },
    ]);
  });

  it('filters by community and unit', () => {
    const { core } = setup();
    expect(
      ok<AttendanceReport>(core, 'attendance.report', { ...FROM_TO, community: '柳影社区' }).people.map((p) => p.name),
    ).toEqual(['赵敏']);
    expect(ok<AttendanceReport>(core, 'attendance.report', { ...FROM_TO, unit: '区卫健局' }).units).toHaveLength(1);
  });

  it('refuses a range that ends before it starts', () => {
    const { core } = setup();
    const result = core.invoke('attendance.report', { from: '2022-05-01', to: '2022-04-01' });
    expect(result).toMatchObject({ ok: false, code: 'BAD_INPUT' });
  });

  it('exports 汇总 and one sheet per unit, in the official style', async () => {
    const { core } = setup();
    const file = await okAsync<StagedFile>(core, 'attendance.export', FROM_TO);
    expect(file.name).toBe('下沉干部考勤统计-2022-04-01至2022-04-30.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(core.ctx.files.resolve(file.fileId).filePath);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', '区卫健局', '市交通局_运输科']);

    const summary = workbook.getWorksheet('汇总')!;
    expect(summary.getCell('A1').value).toBe('新华街道下沉干部考勤汇总表');
    expect(String(summary.getCell('A2').value)).toContain('填报单位：新华街道');
    expect(summary.getRow(3).values).toEqual([
      undefined,
      '序号',
      '派出单位',
      '下沉人数',
      '签到天次',
      '在岗时长（小时）',
      '未签退次数',
    ]);
    expect(summary.getCell('A3').font?.bold).toBe(true);
    expect(summary.getCell('A3').border?.top?.style).toBe('thin');
    expect(summary.getRow(4).values).toEqual([undefined, 1, '区卫健局', 2, 4, 29, 1]);
    expect(summary.getRow(6).values).toEqual([undefined, '合计', '', 3, 5, 32.5, 1]);

    const unit = workbook.getWorksheet('区卫健局')!;
    expect(unit.getCell('A1').value).toBe('区卫健局下沉干部考勤统计表');
    expect(unit.getRow(4).values).toEqual([undefined, 1, '李强', '区卫健局', '湖东社区', 1, 9, 0]);
    expect(unit.getRow(5).values).toEqual([undefined, 2, '王芳', '区卫健局', '湖东社区', 3, 20, 1]);
    expect(unit.getCell('A6').value).toBe('合计');
  });
});
