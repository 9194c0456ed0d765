import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { PersonSchedule, RosterDay, RosterVsSignins } from '../../../shared/domain/rosters/types';
import type { SigninSheet } from '../../../shared/domain/signins/types';
import type { StagedFile } from '../../../shared/platform';
import { ok, okAsync, openTestApp } from '../helpers';
import { addPerson, addPost, fail, makeLeader, NOW, seedCommunities } from './seed';

const DAY = '2022-04-11';

/** A small hand-made roster: 湖东路卡口 (2 a shift, leader needed), 柳影门岗, and the street's hotline. */
function setup() {
  const core = openTestApp({ now: NOW });
  seedCommunities(core);
  ok(core, 'settings.update', { streetName: '永长街道' });
  const gate = addPost(core, { name: '湖东路卡口', needsLeader: true, address: '湖东路口' });
  const door = addPost(core, { name: '柳影门岗', kind: '门岗', community: '柳影社区', perShift: 1 });
  const line = addPost(core, { name: '防控热线', kind: '热线', community: '', perShift: 1, patternId: 3 });
  const wang = addPerson(core, {
    name: '王芳',
    phone: '13900000001',
    community: '湖东社区',
    party: true,
    unit: '区卫健局',
  });
  const li = addPerson(core, { name: '李强', phone: '13900000002', community: '湖东社区' });
  const zhao = addPerson(core, { name: '赵六', phone: '13900000003', community: '湖东社区' });
  const sun = addPerson(core, { name: '孙丽', phone: '13900000004', community: '柳影社区' });
  const qian = addPerson(core, { name: '钱多', phone: '13900000005', community: '湖东社区' });
  makeLeader(core, wang);
  const set = (postId: number, date: string, shiftName: string, cadreIds: number[], extra = {}) =>
    ok(core, 'rosters.set', { postId, date, shiftName, cadreIds, confirm: true, ...extra });
  set(gate.id, DAY, '白班', [wang, li], { leaderId: wang });
  set(gate.id, DAY, '夜班', [zhao]);
  set(door.id, DAY, '白班', [sun]);
  set(gate.id, '2022-04-13', '夜班', [wang, li], { leaderId: wang });
  return { core, gate, door, line, wang, li, zhao, sun, qian };
}

describe('rosters.day', () => {
  it('lists each post’s shifts with times, people, phones, the leader and places left', () => {
    const { core, gate, wang, li } = setup();
    const day = ok<RosterDay>(core, 'rosters.day', { date: DAY, community: '湖东社区' });
    expect(day).toMatchObject({ date: DAY, weekday: 1, streetName: '永长街道', community: '湖东社区' });
    expect(day.posts.map((p) => p.post.name)).toEqual(['湖东路卡口']);
    expect(day.posts[0]!.shifts).toEqual([
      {
        shiftName: '白班',
        start: '2022-04-11 08:00',
        end: '2022-04-11 20:00',
        leader: '王芳',
        people: [
          { cadreId: wang, name: '王芳', phone: '13900000001', unit: '区卫健局', isLeader: true },
          { cadreId: li, name: '李强', phone: '13900000002', unit: '区城市管理局', isLeader: false },
        ],
        missing: 0,
      },
      expect.objectContaining({ shiftName: '夜班', end: '2022-04-12 08:00', leader: '', missing: 1 }),
    ]);
    const all = ok<RosterDay>(core, 'rosters.day', { date: DAY });
    expect(all.posts.map((p) => [p.post.name, p.shifts.map((s) => s.people.length)])).toEqual([
      ['防控热线', [0]],
      ['柳影门岗', [1, 0]],
      ['湖东路卡口', [2, 1]],
    ]);
    expect(ok<RosterDay>(core, 'rosters.day', { date: DAY, postId: gate.id }).posts).toHaveLength(1);
    expect(fail(core, 'rosters.day', { date: DAY, postId: 404 }).code).toBe('NOT_FOUND');
    expect(fail(core, 'rosters.day', { date: DAY, community: '无此社区' }).code).toBe('BAD_INPUT');
  });
});

describe('rosters.person', () => {
  it('lists one person’s shifts with hours, nights and where they lead', () => {
    const { core, wang } = setup();
    const mine = ok<PersonSchedule>(core, 'rosters.person', { cadreId: wang, from: DAY, to: '2022-04-17' });
    expect(mine).toMatchObject({ name: '王芳', phone: '13900000001', hours: 24, nights: 1 });
    expect(
      mine.shifts.map((s) => [s.date, s.weekday, s.postName, s.shiftName, s.start, s.end, s.hours, s.isLeader]),
    ).toEqual([
      [DAY, 1, '湖东路卡口', '白班', '2022-04-11 08:00', '2022-04-11 20:00', 12, true],
      ['2022-04-13', 3, '湖东路卡口', '夜班', '2022-04-13 20:00', '2022-04-14 08:00', 12, true],
    ]);
    expect(mine.shifts[0]).toMatchObject({ community: '湖东社区', address: '湖东路口' });
    expect(fail(core, 'rosters.person', { cadreId: 999, from: DAY, to: DAY }).code).toBe('NOT_FOUND');
    expect(fail(core, 'rosters.person', { cadreId: wang, from: '2022-04-17', to: DAY }).code).toBe('BAD_INPUT');
  });
});

describe('rosters.export', () => {
  it('writes one official-style sheet per community, a known name and phone in the right row', async () => {
    const { core } = setup();
    const file = await okAsync<StagedFile>(core, 'rosters.export', { from: DAY, to: '2022-04-13' });
    expect(file.name).toBe('永长街道值班表-2022-04-11至2022-04-13.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(core.ctx.files.resolve(file.fileId).filePath);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['永长街道', '湖东社区', '柳影社区']);
    const sheet = workbook.getWorksheet('湖东社区')!;
    expect(sheet.getCell('A1').value).toBe('永长街道湖东社区值班表（2022-04-11 至 2022-04-13）');
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      '日期',
      '星期',
      '岗位',
      '班次',
      '时间',
      '值班人员',
      '联系电话',
      '带班领导',
      '签名',
    ]);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '1:3' });
    expect(sheet.getCell('C3').border?.top?.style).toBe('thin');
    const rows = sheet.getRows(4, sheet.rowCount - 3)!.map((r) => (r.values as unknown[]).slice(1, 9));
    expect(rows).toContainEqual([
      DAY,
      '星期一',
      '湖东路卡口',
      '白班',
      '08:00—20:00',
      '王芳\n李强',
      '13900000001\n13900000002',
      '王芳',
    ]);
    expect(rows).toContainEqual([DAY, '星期一', '湖东路卡口', '夜班', '20:00—次日08:00', '赵六', '13900000003', '']);
    expect(rows).toHaveLength(6);
    const one = await okAsync<StagedFile>(core, 'rosters.export', { from: DAY, to: DAY, community: '柳影社区' });
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(core.ctx.files.resolve(one.fileId).filePath);
    expect(again.worksheets.map((s) => s.name)).toEqual(['柳影社区']);
    expect(again.worksheets[0]!.getRow(4).getCell(6).value).toBe('孙丽');
  });

  it('refuses a period over 31 days', async () => {
    const { core } = setup();
    const result = await core.invoke('rosters.export', { from: '2022-04-01', to: '2022-05-15' });
    expect(result).toMatchObject({ ok: false, code: 'BAD_INPUT' });
  });
});

describe('roster against sign-ins', () => {
  it('finds who was rostered and did not sign in, and who signed in without a shift', () => {
    const { core, wang, li, zhao, qian } = setup();
    ok(core, 'signins.signIn', { cadreId: wang, day: DAY, time: '07:55' });
    ok(core, 'signins.signIn', { cadreId: qian, day: DAY, time: '08:10' });
    const vs = ok<RosterVsSignins>(core, 'rosters.vsSignins', { date: DAY, community: '湖东社区' });
    expect(vs.present).toBe(1);
    expect(vs.absent.map((a) => [a.cadreId, a.postName, a.shiftName, a.phone])).toEqual([
      [li, '湖东路卡口', '白班', '13900000002'],
      [zhao, '湖东路卡口', '夜班', '13900000003'],
    ]);
    expect(vs.unscheduled).toEqual([
      { cadreId: qian, name: '钱多', phone: '13900000005', signedIn: '2022-04-11 08:10', post: '' },
    ]);
    const street = ok<RosterVsSignins>(core, 'rosters.vsSignins', { date: DAY });
    expect(street.absent.map((a) => a.name)).toEqual(['李强', '孙丽', '赵六']);
  });

  it('the sign-in sheet of a rostered day lists the rostered people in shift order', () => {
    const { core } = setup();
    const names = (input: Record<string, unknown>) =>
      ok<SigninSheet>(core, 'signins.sheet', input).people.map((p) => [p.name, p.post]);
    expect(names({ day: DAY, community: '湖东社区' })).toEqual([
      ['王芳', '湖东路卡口'],
      ['李强', '湖东路卡口'],
      ['赵六', '湖东路卡口'],
    ]);
    expect(names({ day: DAY, post: '柳影门岗' })).toEqual([['孙丽', '柳影门岗']]);
    // A day without a roster keeps the registry's list.
    expect(
      names({ day: '2022-04-20', community: '湖东社区' })
        .map(([name]) => name)
        .sort(),
    ).toEqual(['钱多', '王芳', '李强', '赵六'].sort());
  });
});
