/** 值班人次 from a roster filled cell by cell through rosters.set, counted from the test's own list. */
import { describe, expect, it } from 'vitest';
import { getIndicator } from '../../../electron/core/reports/indicators/registry';
import { ok, openTestApp } from '../helpers';
import { addPeople, addPost, seedCommunities, TWO_BY_12 } from '../rosters/seed';

describe('rosterFilled', () => {
  it('counts the people on shifts of each day by the post’s community, 0 where none', () => {
    const core = openTestApp({ now: new Date('2022-04-08T09:00:00+08:00') });
    seedCommunities(core);
    ok(core, 'communities.add', { name: '城北社区' });
    const people = addPeople(core, 12);
    const lake = addPost(core, { name: '1号卡口', community: '湖东社区', perShift: 2, patternId: TWO_BY_12 });
    const willow = addPost(core, {
      name: '柳影门岗',
      kind: '门岗',
      community: '柳影社区',
      perShift: 1,
      patternId: TWO_BY_12,
    });
    const street = addPost(core, { name: '街道热线', kind: '热线', community: '', perShift: 1, patternId: TWO_BY_12 });
    const placed: { community: string | null; date: string; n: number }[] = [];
    const set = (post: { id: number }, community: string | null, date: string, shiftName: string, ids: number[]) => {
      const result = ok<{ applied: boolean }>(core, 'rosters.set', {
        postId: post.id,
        date,
        shiftName,
        cadreIds: ids,
        confirm: true,
      });
      expect(result.applied).toBe(true);
      placed.push({ community, date, n: ids.length });
    };
    set(lake, '湖东社区', '2022-04-11', '白班', [people[0]!, people[1]!]);
    set(lake, '湖东社区', '2022-04-11', '夜班', [people[2]!]);
    set(lake, '湖东社区', '2022-04-12', '白班', [people[3]!, people[4]!]);
    set(willow, '柳影社区', '2022-04-11', '夜班', [people[5]!]);
    set(willow, '柳影社区', '2022-04-13', '白班', [people[6]!]);
    set(street, null, '2022-04-11', '白班', [people[7]!]);
    // Emptied again: it counts nothing.
    ok(core, 'rosters.set', { postId: willow.id, date: '2022-04-12', shiftName: '白班', cadreIds: [people[8]!] });
    const emptied = ok<{ applied: boolean }>(core, 'rosters.set', {
      postId: willow.id,
      date: '2022-04-12',
      shiftName: '白班',
      cadreIds: [],
      confirm: true,
    });
    expect(emptied.applied).toBe(true);

    const expected = (from: string, to: string) => {
      const counts: Record<string, number> = { 湖东社区: 0, 柳影社区: 0, 城北社区: 0 };
      for (const p of placed) if (p.community && p.date >= from && p.date <= to) counts[p.community]! += p.n;
      return counts;
    };
    const compute = (from: string, to: string) => getIndicator('rosterFilled').compute(core.ctx, { from, to });
    for (const [from, to] of [
      ['2022-04-11', '2022-04-11'],
      ['2022-04-12', '2022-04-12'],
      ['2022-04-11', '2022-04-17'],
      ['2022-04-14', '2022-04-17'],
    ] as const) {
      expect({ from, to, counts: compute(from, to) }).toEqual({ from, to, counts: expected(from, to) });
    }
    expect(compute('2022-04-11', '2022-04-11')).toEqual({ 湖东社区: 3, 柳影社区: 1, 城北社区: 0 });
  });
});
