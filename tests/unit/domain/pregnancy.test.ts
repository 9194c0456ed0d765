import { describe, expect, it } from 'vitest';
import {
  RISK_LEVELS,
  dueDateFromLmp,
  formatGestationalAge,
  gestationalAge,
  parseRiskLevel,
  riskTagColor,
} from '../../../shared/domain/pregnancy';

const HOW = '请填写 绿、黄、橙、红、紫 之一';

describe('risk levels', () => {
  it('are the five colours in order of risk, each with its antd tag colour', () => {
    expect(RISK_LEVELS).toEqual(['绿', '黄', '橙', '红', '紫']);
    expect(RISK_LEVELS.map(riskTagColor)).toEqual(['green', 'gold', 'orange', 'red', 'purple']);
  });

  it.each([
    ['绿', '绿'],
    ['黄', '黄'],
    ['橙', '橙'],
    ['红', '红'],
    ['紫', '紫'],
    ['绿色', '绿'],
    ['黄色', '黄'],
    ['橙色', '橙'],
    ['红色', '红'],
    ['紫色', '紫'],
    [' 橙色\u3000', '橙'],
    ['黄色（一般风险）', '黄'],
    ['红色 (高风险)', '红'],
  ])('%j → %s', (raw, expected) => {
    expect(parseRiskLevel(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['蓝', `无法识别的风险等级“蓝”，${HOW}`],
    ['蓝色', `无法识别的风险等级“蓝色”，${HOW}`],
    ['高风险', `无法识别的风险等级“高风险”，${HOW}`],
    ['色', `无法识别的风险等级“色”，${HOW}`],
    ['绿黄', `无法识别的风险等级“绿黄”，${HOW}`],
    ['green', `无法识别的风险等级“green”，${HOW}`],
    ['', '风险等级未填写'],
    [null, '风险等级未填写'],
    [3, `风险等级应为文字，${HOW}`],
  ])('%j is refused: %s', (raw, error) => {
    expect(parseRiskLevel(raw)).toEqual({ ok: false, error });
  });
});

describe('gestationalAge', () => {
  it.each([
    // from the due date: 280 − days left
    ['2022-09-05', { dueDate: '2022-11-07' }, { weeks: 31, days: 0 }],
    ['2022-09-05', { dueDate: '2022-11-04' }, { weeks: 31, days: 3 }],
    ['2022-09-05', { dueDate: '2022-09-05' }, { weeks: 40, days: 0 }],
    ['2022-09-05', { dueDate: '2023-06-12' }, { weeks: 0, days: 0 }],
    ['2022-09-05', { dueDate: '2022-08-01' }, { weeks: 45, days: 0 }], // overdue: not clamped
    ['2024-03-01', { dueDate: '2024-04-01' }, { weeks: 35, days: 4 }], // across 29 February
    // from the last menstrual period
    ['2022-09-05', { lastMenstrualDate: '2022-02-01' }, { weeks: 30, days: 6 }],
    ['2022-09-05', { lastMenstrualDate: '2022-09-05' }, { weeks: 0, days: 0 }],
    ['2022-09-05', { lastMenstrualDate: '2021-09-05' }, { weeks: 52, days: 1 }],
    ['2022-09-05', { dueDate: null, lastMenstrualDate: '2022-02-01' }, { weeks: 30, days: 6 }],
    ['2022-09-05', { dueDate: '', lastMenstrualDate: '2022-02-01' }, { weeks: 30, days: 6 }],
    // the due date wins over the LMP
    ['2022-09-05', { dueDate: '2022-11-04', lastMenstrualDate: '2022-02-01' }, { weeks: 31, days: 3 }],
  ])('on %s with %j → %j', (today, dates, expected) => {
    expect(gestationalAge(today, dates)).toEqual(expected);
  });

  it.each([
    ['2022-09-05', {}],
    ['2022-09-05', { dueDate: null, lastMenstrualDate: null }],
    ['2022-09-05', { dueDate: '2023-06-13' }], // more than 280 days ahead
    ['2022-09-05', { lastMenstrualDate: '2022-09-06' }], // LMP after today
    ['2022-09-05', { dueDate: '2022-02-30' }],
    ['2022-09-05', { lastMenstrualDate: '2022/02/01' }],
    ['', { dueDate: '2022-11-07' }],
  ])('on %j with %j → null', (today, dates) => {
    expect(gestationalAge(today, dates)).toBeNull();
  });
});

describe('formatGestationalAge', () => {
  it.each([
    [{ weeks: 32, days: 3 }, '孕 32 周 + 3 天'],
    [{ weeks: 32, days: 0 }, '孕 32 周'],
    [{ weeks: 0, days: 5 }, '孕 0 周 + 5 天'],
    [{ weeks: 43, days: 6 }, '孕 43 周 + 6 天'],
    [null, ''],
  ])('%j → %j', (ga, expected) => {
    expect(formatGestationalAge(ga)).toBe(expected);
  });
});

describe('dueDateFromLmp (Naegele)', () => {
  it.each([
    ['2022-02-01', '2022-11-08'],
    ['2023-05-20', '2024-02-24'],
    ['2022-04-18', '2023-01-23'],
  ])('%s → %s', (lmp, due) => {
    expect(dueDateFromLmp(lmp)).toBe(due);
  });

  it('agrees with gestationalAge whichever date it starts from', () => {
    const lmp = '2022-02-01';
    for (const today of ['2022-02-01', '2022-05-17', '2022-09-05', '2022-11-08', '2022-12-01']) {
      expect(gestationalAge(today, { dueDate: dueDateFromLmp(lmp) })).toEqual(
        gestationalAge(today, { lastMenstrualDate: lmp }),
      );
    }
  });
});

describe('formatGestationalAge past any real pregnancy', () => {
  it('says to check for a birth instead of giving hundreds of weeks', () => {
    expect(formatGestationalAge({ weeks: 43, days: 6 })).toBe('孕 43 周 + 6 天');
    expect(formatGestationalAge({ weeks: 44, days: 0 })).toBe('已过预产期 4 周，请核实是否已分娩');
    expect(formatGestationalAge(gestationalAge('2026-11-23', { dueDate: '2022-06-02' }))).toBe(
      '已过预产期 233 周，请核实是否已分娩',
    );
  });
});
