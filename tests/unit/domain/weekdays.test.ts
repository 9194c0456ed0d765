import { describe, expect, it } from 'vitest';
import { formatWeekdays, parseWeekdays, weekdayName } from '../../../shared/domain/weekdays';

const unknown = (text: string) => `无法识别透析/服务日“${text}”，请写成“一三五”或“周二、四、六”这样`;

describe('parseWeekdays', () => {
  it.each([
    // from the fixture workbooks
    ['每周一三五', [1, 3, 5]],
    ['周二、四、六', [2, 4, 6]],
    ['周2、4、6', [2, 4, 6]],
    ['每周二五', [2, 5]],
    ['星期一、星期四', [1, 4]],
    // other ways of writing them
    ['一三五', [1, 3, 5]],
    ['周一三五', [1, 3, 5]],
    ['每周2、4、6', [2, 4, 6]],
    ['星期二,星期五', [2, 5]],
    ['星期二，星期五', [2, 5]],
    ['礼拜一三五', [1, 3, 5]],
    ['周一、周三、周五', [1, 3, 5]],
    ['周一 周三 周五', [1, 3, 5]],
    ['周一/周三/周五', [1, 3, 5]],
    ['周一和周四', [1, 4]],
    ['每星期二、五', [2, 5]],
    ['逢周二四六', [2, 4, 6]],
    ['五三一', [1, 3, 5]],
    ['一三五一', [1, 3, 5]],
    ['1,3,5', [1, 3, 5]],
    ['1、3、5', [1, 3, 5]],
    ['135', [1, 3, 5]],
    ['１３５', [1, 3, 5]],
    [135, [1, 3, 5]],
    [7, [7]],
    ['周一至周五', [1, 2, 3, 4, 5]],
    ['周一到周五', [1, 2, 3, 4, 5]],
    ['一至五', [1, 2, 3, 4, 5]],
    ['1-5', [1, 2, 3, 4, 5]],
    ['周一～周三', [1, 2, 3]],
    ['周五至周一', [1, 5, 6, 7]],
    ['周一至三、周六', [1, 2, 3, 6]],
    ['工作日', [1, 2, 3, 4, 5]],
    ['周末', [6, 7]],
    ['周日', [7]],
    ['星期天', [7]],
    ['礼拜天', [7]],
    ['日', [7]],
    ['天', [7]],
    ['每周日', [7]],
    ['周六日', [6, 7]],
    ['Mon/Wed/Fri', [1, 3, 5]],
    ['tue thu sat', [2, 4, 6]],
    ['Monday, Sunday', [1, 7]],
    ['周一三五透析', [1, 3, 5]],
  ])('%j → %j', (raw, days) => {
    expect(parseWeekdays(raw)).toEqual({ ok: true, value: { days, daily: false } });
  });

  it.each([
    ['一三五上午', [1, 3, 5], '上午'],
    ['周二、四、六 下午', [2, 4, 6], '下午'],
    ['晚上：周一三五', [1, 3, 5], '晚上'],
    ['每周日早上', [7], '早上'],
    ['周一至周五中午', [1, 2, 3, 4, 5], '中午'],
    ['周二四六夜间', [2, 4, 6], '夜间'],
    ['一三上午、五下午', [1, 3, 5], '上午、下午'],
  ])('%j → %j with session %s', (raw, days, session) => {
    expect(parseWeekdays(raw)).toEqual({ ok: true, value: { days, daily: false, session } });
  });

  it.each(['每日', '每天', '天天', '每日4次', '每天 4 次', '每日四次'])('%j is daily, with no weekday set', (raw) => {
    expect(parseWeekdays(raw)).toEqual({ ok: true, value: { days: [], daily: true } });
  });

  it('keeps the session of a daily text', () => {
    expect(parseWeekdays('每天上午')).toEqual({ ok: true, value: { days: [], daily: true, session: '上午' } });
  });

  it.each([
    'abc',
    '上午',
    '隔日',
    '隔天',
    '每周三次',
    '每周3次',
    '每日一三五',
    '周八',
    '8',
    '10',
    '周一至',
    '至周五',
    '周一至至周五',
    '周一三五(人民医院)',
    '单周',
  ])('%j is refused with the format to use', (raw) => {
    expect(parseWeekdays(raw)).toEqual({ ok: false, error: unknown(raw) });
  });

  it('quotes the text as cleaned', () => {
    expect(parseWeekdays(' 周一三五（人民医院）\n')).toEqual({ ok: false, error: unknown('周一三五(人民医院)') });
  });

  it.each([
    ['', '透析/服务日未填写'],
    ['  ', '透析/服务日未填写'],
    [null, '透析/服务日未填写'],
    [undefined, '透析/服务日未填写'],
    [true, '透析/服务日应为文字，请写成“一三五”或“周二、四、六”这样'],
    [[1, 3, 5], '透析/服务日应为文字，请写成“一三五”或“周二、四、六”这样'],
  ])('%j is refused: %s', (raw, error) => {
    expect(parseWeekdays(raw)).toEqual({ ok: false, error });
  });
});

describe('formatWeekdays', () => {
  it.each([
    [[1, 3, 5], false, '周一、三、五'],
    [[5, 1, 3, 3], false, '周一、三、五'],
    [[2, 4, 6], false, '周二、四、六'],
    [[7], false, '周日'],
    [[6, 7], false, '周六、日'],
    [[], true, '每日'],
    [[], false, ''],
    [[0, 8, 2.5], false, ''],
  ])('%j daily=%s → %j', (days, daily, expected) => {
    expect(formatWeekdays(days, daily)).toBe(expected);
  });

  it('defaults to not daily', () => {
    expect(formatWeekdays([1, 3, 5])).toBe('周一、三、五');
    expect(formatWeekdays([])).toBe('');
  });

  it('reads back what parseWeekdays understands', () => {
    for (const days of [[1, 3, 5], [2, 4, 6], [2, 5], [7], [1, 2, 3, 4, 5, 6, 7]]) {
      const again = parseWeekdays(formatWeekdays(days));
      expect(again.ok && again.value.days).toEqual(days);
    }
  });
});

describe('weekdayName', () => {
  it.each([
    [1, '周一'],
    [2, '周二'],
    [3, '周三'],
    [4, '周四'],
    [5, '周五'],
    [6, '周六'],
    [7, '周日'],
    [0, ''],
    [8, ''],
    [1.5, ''],
  ])('%i → %j', (d, expected) => {
    expect(weekdayName(d)).toBe(expected);
  });
});
