import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntryPage } from '../../../../shared/domain/ledgers/types';
import { ok, openTestApp } from '../../helpers';
import { fixtures, openSession } from './session';

const all = (core: ReturnType<typeof openTestApp>, kind: string) =>
  ok<EntryPage>(core, 'entries.list', { kind, status: '全部', limit: 500 });

describe('importing the fixtures', () => {
  it('湖东社区: 40 data rows give 37 entries; rows 6 and 15 are errors; row 8 gives way to row 18', async () => {
    const core = openTestApp();
    const { analysis, summary, commit } = await openSession(core, path.join(fixtures, '孕产妇台账-湖东社区.xlsx'));
    expect(analysis.suggestedKind).toBe('pregnant');
    expect(analysis.sheets[0]).toMatchObject({ headerRow: 3, dataRows: 40, community: '湖东社区', fits: true });
    expect(summary.counts).toMatchObject({ total: 40, new: 37, error: 2, duplicate: 1 });
    expect(summary.newPlaces).toEqual(['湖东社区']);
    const result = commit();
    expect(result).toMatchObject({ inserted: 37, updated: 0, unchanged: 0, skipped: 3 });
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [6, '身份证号码'],
      [8, '身份证号码'],
      [15, '身份证号码'],
    ]);
    expect(result.errors[0]!.message).toMatch(/000.*Excel/);
    expect(result.errors[1]!.message).toContain('第 18 行');

    const entries = all(core, 'pregnant');
    expect(entries.total).toBe(37);
    const byName = (name: string) => entries.rows.filter((e) => e.name === name);
    expect(byName('郝秀英')).toHaveLength(1);
    expect(byName('郝秀英')[0]!.phones).toEqual(['13912345678']);
    expect(byName('方静')).toHaveLength(1); // ' 方静 ' trimmed
    expect(byName('戴雪梅')[0]!.birthDate).toBe('1993-05-20'); // full-width digits
    expect(byName('常静')[0]!.idNumber.endsWith('090X')).toBe(true); // lower-case x
    expect(byName('贾霞')[0]!.phones).toEqual(['15016462621']);
    expect(byName('方敏')[0]!.phones).toEqual(['0431-85201234']);
    expect(
      byName('范琳')
        .map((e) => e.phones)
        .sort(),
    ).toEqual([['13748905226', '13804315555'], ['13952741882']]);
    expect(byName('何雪梅')[0]!.phones).toEqual(['15824916654']);
    const due = (name: string) => byName(name)[0]!.fields.dueDate;
    expect([due('邹春梅'), due('蒋欣怡'), due('李丽'), due('郝秀英'), due('方佳慧'), due('秦丽')]).toEqual([
      '2022-06-02',
      '2022-07-03',
      '2022-09-05',
      '2022-12-16',
      '2022-11-07',
      '2022-07-19',
    ]);
    expect(byName('邹春梅')[0]!.fields).toMatchObject({
      riskLevel: '黄',
      riskFactors: '前置胎盘',
      prenatalHospital: '长春市妇产医院',
    });
    expect(byName('邹春梅')[0]!).toMatchObject({
      community: '湖东社区',
      cadre: '王锐',
      address: '湖东社区2栋2单元101室',
    });
  });

  it('透析患者: 15 entries with their weekday sets, 腹透 with none', async () => {
    const core = openTestApp();
    const { analysis, summary, commit } = await openSession(core, path.join(fixtures, '透析患者台账-新月路社区.xlsx'));
    expect(analysis.suggestedKind).toBe('dialysis');
    expect(analysis.sheets[0]).toMatchObject({ headerRow: 3, groupRow: 2, community: '新月路社区' });
    const groupOf = (header: string) => analysis.sheets[0]!.mapping.find((m) => m.header === header)?.group;
    expect([groupOf('姓名'), groupOf('透析频次'), groupOf('陪护人及电话')]).toEqual(['基本信息', '透析情况', '其他']);
    expect(summary.counts).toMatchObject({ total: 15, new: 15, error: 0 });
    expect(commit()).toMatchObject({ inserted: 15, skipped: 0, errors: [] });
    const rows = all(core, 'dialysis').rows;
    const days = Object.fromEntries(rows.map((e) => [e.name, e.fields.dialysisDays ?? null]));
    expect(days).toMatchObject({
      许桂英: [2, 4, 6],
      郭军: [1, 3, 5],
      姚晓东: [2, 4, 6],
      石国庆: [2, 5],
      宋婷婷: [1, 4],
      梁霞: [1, 3, 5],
      余强: [],
    });
    expect(rows.find((e) => e.name === '余强')!.fields.dialysisType).toBe('腹透');
    expect(rows.find((e) => e.name === '许桂英')!.fields).toMatchObject({
      dialysisType: '血透',
      dialysisHospital: '吉林大学第一医院血液净化中心',
      dialysisSession: '上午',
      escort: '张伟 13904318888',
    });
  });

  it('三社区汇总: 23 entries; the woman who moved is in 柳影社区, and the import says so', async () => {
    const core = openTestApp();
    const { analysis, summary, commit } = await openSession(core, path.join(fixtures, '孕产妇台账-三社区汇总.xlsx'));
    expect(analysis.sheets.map((s) => [s.name, s.fits])).toEqual([
      ['湖东社区', true],
      ['新月路社区', true],
      ['柳影社区', true],
    ]);
    expect(summary.counts).toMatchObject({ total: 24, new: 23, duplicate: 1, error: 0 });
    const result = commit();
    expect(result.inserted).toBe(23);
    const moved = result.errors.find((e) => e.sheet === '湖东社区' && e.row === 2)!;
    expect(moved.message).toContain('迁至柳影社区');
    const her = all(core, 'pregnant').rows.filter((e) => e.name === '袁秀英');
    expect(her).toHaveLength(1);
    expect(her[0]!.community).toBe('柳影社区');
    // 2022-13-10 is no date: the entry goes in without it, its text kept in extra, and the import says so.
    const bad = result.errors.filter((e) => e.message.includes('2022-13'));
    expect(bad.map((e) => [e.sheet, e.row, e.column])).toEqual([
      ['湖东社区', 9, '预产期'],
      ['新月路社区', 9, '预产期'],
      ['柳影社区', 9, '预产期'],
    ]);
    const xu = all(core, 'pregnant').rows.find((e) => e.name === '徐佳慧')!;
    expect(xu.fields.dueDate).toBeUndefined();
    expect(xu.extra).toEqual({ 预产期: '2022-13-10' });
  });
});
