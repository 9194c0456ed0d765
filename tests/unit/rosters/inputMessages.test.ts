import { describe, expect, it } from 'vitest';
import { openTestApp } from '../helpers';
import { fail } from './seed';

/** Roster input errors read as Chinese sentences naming the right field (not a ledger's 台账类型 or 结案原因). */
describe('roster input messages', () => {
  const cases: [string, unknown, string][] = [
    [
      'dutyPosts.add',
      { name: '1号卡口', kind: '路口', perShift: 2, patternId: 1 },
      '岗位类型应是卡口、采样点、门岗、热线、物资配送、消杀、其他之一',
    ],
    ['dutyPosts.add', { name: '1号卡口', kind: '卡口', perShift: 0, patternId: 1 }, '每班人数：每班至少 1 人'],
    [
      'availability.add',
      { cadreId: 1, from: '2022-04-01', to: '2022-04-02', reason: '出差' },
      '原因应是请假、隔离、轮休、其他之一',
    ],
    [
      'shiftPatterns.save',
      { name: '班次', shifts: [{ name: '白班', start: '25:00', end: '08:00' }] },
      '开始时间：时间应写成 08:00 这样（00:00 到 24:00）',
    ],
    ['rosters.generate', { from: '2022-04-01', to: '2022-04-02', postIds: [0], cadreIds: [1] }, '岗位编号必须是正整数'],
    ['rosterRules.update', { nightStart: '7' }, '夜班开始时间：时间应写成 08:00 这样（00:00 到 24:00）'],
    ['rosters.generate', { from: '2022-04-31', to: '2022-05-02', postIds: [1], cadreIds: [1] }, '没有这一天'],
  ];
  it.each(cases)('%s %j', (method, input, message) => {
    const core = openTestApp();
    const error = fail(core, method, input);
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toContain(message);
    expect(error.message).not.toMatch(/台账类型|结案原因|字段 /);
  });
});
