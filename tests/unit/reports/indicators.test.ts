import { describe, expect, it } from 'vitest';
import { INDICATORS, getIndicator } from '../../../electron/core/reports/indicators/registry';
import type { IndicatorParams } from '../../../electron/core/reports/indicators/types';
import { addDays } from '../../../shared/domain/dates';
import { openTestApp } from '../helpers';
import { activeOn, COMMUNITIES, DAYS, FIRST_DAY, makeWorld, tally, weekdayOf, type World } from './world';

const compute = (core: ReturnType<typeof openTestApp>, key: string, params: IndicatorParams) =>
  getIndicator(key).compute(core.ctx, params);

/** Ranges that cover a day alone, a week, the whole month and a day before anything existed. */
const RANGES: [string, string][] = [
  ['2026-11-10', '2026-11-10'],
  ['2026-11-05', '2026-11-11'],
  [FIRST_DAY, addDays(FIRST_DAY, DAYS - 1)],
  ['2026-10-01', '2026-10-01'],
];

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

function expected(world: World, key: string, from: string, to: string, kind?: string): Record<string, number> {
  const entries = world.entries.filter((e) => kind === undefined || e.kind === kind);
  const services = world.services.filter((s) => kind === undefined || s.kind === kind);
  const inRange = (day: string) => day >= from && day <= to;
  const byCommunity = (x: { community: string }) => x.community;
  switch (key) {
    case 'active':
      return tally(entries, byCommunity, (e) => activeOn(e, to));
    case 'added':
      return tally(entries, byCommunity, (e) => inRange(e.createdAt.slice(0, 10)));
    case 'closed':
      return tally(entries, byCommunity, (e) => e.closedOn !== null && inRange(e.closedOn));
    case 'dueSoon':
      return tally(
        world.entries,
        byCommunity,
        (e) => e.kind === 'pregnant' && activeOn(e, to) && e.dueDate! >= to && e.dueDate! <= addDays(to, 14),
      );
    case 'dialysisTrips': {
      const counts = tally([], byCommunity, () => true);
      for (const day of days(from, to))
        for (const e of world.entries)
          if (e.kind === 'dialysis' && activeOn(e, day) && e.dialysisDays!.includes(weekdayOf(day)))
            counts[e.community]! += 1;
      return counts;
    }
    case 'greenChannel':
      return tally(services, byCommunity, (s) => s.type === '绿色通道' && inRange(s.at.slice(0, 10)));
    case 'services':
      return tally(services, byCommunity, (s) => inRange(s.at.slice(0, 10)));
    case 'rosterFilled':
      // The world has no roster: rosters.test.ts fills one and counts it.
      return tally([], byCommunity, () => true);
    case 'signedIn':
      return tally(world.signins, byCommunity, (s) => inRange(s.day));
    default: {
      const type = key.replace(/^services\./, '');
      return tally(services, byCommunity, (s) => s.type === type && inRange(s.at.slice(0, 10)));
    }
  }
}

describe('the indicator catalogue', () => {
  it('lists each indicator once with a Chinese label and what it counts', () => {
    const keys = INDICATORS.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining([
        'active',
        'added',
        'closed',
        'dueSoon',
        'dialysisTrips',
        'greenChannel',
        'services',
        'signedIn',
      ]),
    );
    expect(keys).toContain('services.走访');
    for (const i of INDICATORS) {
      expect(i.label).toMatch(/[\u4e00-\u9fa5]/);
      expect(i.counts).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(() => getIndicator('nosuch')).toThrow('没有“nosuch”这个统计指标');
  });

  it('gives every indicator the counts the test makes from its own records, per range and per kind', () => {
    const core = openTestApp();
    const world = makeWorld(core);
    // The data has something to find: otherwise equal zeros would prove nothing.
    expect(world.entries.filter((e) => e.closedOn).length).toBeGreaterThan(5);
    expect(world.services.filter((s) => s.type === '绿色通道').length).toBeGreaterThan(2);
    for (const i of INDICATORS) {
      for (const [from, to] of RANGES) {
        expect({ key: i.key, from, to, counts: compute(core, i.key, { from, to }) }).toEqual({
          key: i.key,
          from,
          to,
          counts: expected(world, i.key, from, to),
        });
      }
      if (!i.byKind) continue;
      for (const { key: kind } of world.kinds) {
        const [from, to] = RANGES[1]!;
        expect({ key: i.key, kind, counts: compute(core, i.key, { from, to, kind }) }).toEqual({
          key: i.key,
          kind,
          counts: expected(world, i.key, from, to, kind),
        });
      }
    }
    const month: IndicatorParams = { from: FIRST_DAY, to: addDays(FIRST_DAY, DAYS - 1) };
    for (const key of ['active', 'added', 'closed', 'dialysisTrips', 'services', 'signedIn']) {
      const totals = Object.values(compute(core, key, month));
      expect(
        totals.reduce((a, b) => a + b, 0),
        key,
      ).toBeGreaterThan(0);
    }
  });

  it('lists a community with nothing in it, and a day with nothing, as 0', () => {
    const core = openTestApp();
    const world = makeWorld(core);
    const zeros = Object.fromEntries(COMMUNITIES.map((c) => [c, 0]));
    for (const i of INDICATORS) {
      // 城北社区 has no entries, services or sign-ins at all; it is listed all the same.
      const month = compute(core, i.key, { from: FIRST_DAY, to: addDays(FIRST_DAY, DAYS - 1) });
      expect(Object.keys(month)).toEqual(COMMUNITIES);
      expect(month['城北社区']).toBe(0);
      // A day long before the first entry.
      expect(compute(core, i.key, { from: '2020-01-01', to: '2020-01-01' })).toEqual(zeros);
      // Chosen communities only, in the office's order whatever the order asked.
      expect(
        Object.keys(compute(core, i.key, { from: FIRST_DAY, to: FIRST_DAY, communities: ['城北社区', '湖东社区'] })),
      ).toEqual(['湖东社区', '城北社区']);
      expect(compute(core, i.key, { from: FIRST_DAY, to: FIRST_DAY, communities: [] })).toEqual({});
    }
    expect(world.entries.some((e) => e.community === '城北社区')).toBe(false);
  });

  it('works on a street with no communities at all', () => {
    const core = openTestApp();
    for (const i of INDICATORS) expect(compute(core, i.key, { from: FIRST_DAY, to: FIRST_DAY })).toEqual({});
  });

  it('refuses a bad range, an unknown community or an unknown kind in Chinese', () => {
    const core = openTestApp();
    makeWorld(core);
    expect(() => compute(core, 'active', { from: '2026-11-31', to: '2026-12-01' })).toThrow('日期“2026-11-31”无效');
    expect(() => compute(core, 'added', { from: '2026-11-10', to: '2026-11-01' })).toThrow('晚于结束日期');
    expect(() => compute(core, 'added', { from: FIRST_DAY, to: FIRST_DAY, communities: ['月亮社区'] })).toThrow(
      '没有这些社区：月亮社区',
    );
    expect(() => compute(core, 'closed', { from: FIRST_DAY, to: FIRST_DAY, kind: 'nosuch' })).toThrow('nosuch');
  });
});
