import { describe, expect, it } from 'vitest';
import { generate, historyFromAssignments } from '../../../electron/core/rosters/generator';
import { base, people, post } from './fixtures';

describe('historyFromAssignments', () => {
  it('counts nights and weekends, keeps the last post and the recent shifts', () => {
    const earlier = generate(
      base({ from: '2022-04-01', to: '2022-04-10', posts: [post(1, 2), post(2, 4)], people: people(5) }),
    );
    const history = historyFromAssignments(earlier.assignments, '2022-04-11');
    for (const h of history) {
      const s = earlier.stats.people.find((p) => p.personId === h.personId)!;
      expect([h.nights, h.weekends]).toEqual([s.nights, s.weekends]);
      expect(h.recent.every((r) => r.start >= '2022-04-03')).toBe(true);
      expect(h.lastPostId).toBeDefined();
    }
    const last = earlier.assignments.filter((a) => a.date === '2022-04-10' && a.shiftName === '夜班')[0]!;
    const next = generate(base({ posts: [post(1, 2)], people: people(5), history }));
    const day = next.assignments.find((a) => a.shiftName === '白班')!;
    expect(day.personIds).not.toContain(last.personIds[0]);
    expect(next.stats.people.map((p) => p.totalNights)).toEqual(
      earlier.stats.people.map((p) => p.nights + next.stats.people.find((q) => q.personId === p.personId)!.nights),
    );
  });

  it('ignores rows from the period itself', () => {
    expect(
      historyFromAssignments(
        [{ postId: 1, start: '2022-04-11 20:00', end: '2022-04-12 08:00', personIds: [1] }],
        '2022-04-11',
      ),
    ).toEqual([]);
  });
});
