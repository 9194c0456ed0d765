/** Expands a period × posts × patterns into concrete shifts with absolute times. */
import type { Id, Post, RosterInput, ShiftPattern, Weekday } from './types';
import { DAY_MIN, clockMin, dateOf, dayNum, fromMin, weekdayOf } from './time';

export interface Shift {
  /** Index in the expanded list (time order). */
  index: number;
  post: Post;
  date: string;
  shiftName: string;
  /** Absolute minutes (see time.ts). */
  startMin: number;
  endMin: number;
  start: string;
  end: string;
  hours: number;
  isNight: boolean;
  isWeekend: boolean;
}

export const cellKey = (postId: Id, date: string, shiftName: string) => `${postId}|${date}|${shiftName}`;

export function patternFor(post: Post, date: string, day: number): Id {
  return post.patterns.byDate?.[date] ?? post.patterns.byWeekday?.[weekdayOf(day) as Weekday] ?? post.patterns.default;
}

export interface ExpandOptions {
  nightStart: string;
  nightEnd: string;
  holidays: ReadonlySet<string>;
}

/** True when [start, end) overlaps the night window [nightStart, nightEnd) of any day. */
export function overlapsNight(startMin: number, endMin: number, nightStart: number, nightEnd: number): boolean {
  const windowLen = (nightEnd - nightStart + DAY_MIN) % DAY_MIN || DAY_MIN;
  const firstDay = Math.floor(startMin / DAY_MIN) - 1;
  for (let d = firstDay; d * DAY_MIN + nightStart < endMin; d++) {
    const ws = d * DAY_MIN + nightStart;
    if (ws < endMin && ws + windowLen > startMin) return true;
  }
  return false;
}

/**
 * The shifts of the period [from, to] (by start date), for posts active on each date, sorted by
 * start, then post id, then order within the pattern. Overnight shifts end the next day.
 */
export function expandShifts(
  input: Pick<RosterInput, 'from' | 'to' | 'posts' | 'patterns'>,
  options: ExpandOptions,
): Shift[] {
  const patterns = new Map<Id, ShiftPattern>(input.patterns.map((p) => [p.id, p]));
  const nightStart = clockMin(options.nightStart);
  const nightEnd = clockMin(options.nightEnd);
  const first = dayNum(input.from);
  const last = dayNum(input.to);
  const out: (Shift & { order: number })[] = [];
  const posts = [...input.posts].sort((a, b) => a.id - b.id);
  for (let day = first; day <= last; day++) {
    const date = dateOf(day);
    const weekend = weekdayOf(day) >= 6 || options.holidays.has(date);
    for (const post of posts) {
      if (post.activeFrom && date < post.activeFrom) continue;
      if (post.activeTo && date > post.activeTo) continue;
      const patternId = patternFor(post, date, day);
      const pattern = patterns.get(patternId);
      if (!pattern) throw new Error(`Post ${post.id} refers to unknown shift pattern ${patternId}`);
      pattern.shifts.forEach((def, order) => {
        const s = clockMin(def.start);
        let e = clockMin(def.end);
        if (e <= s) e += DAY_MIN;
        const startMin = day * DAY_MIN + s;
        const endMin = day * DAY_MIN + e;
        out.push({
          index: 0,
          order,
          post,
          date,
          shiftName: def.name,
          startMin,
          endMin,
          start: fromMin(startMin),
          end: fromMin(endMin),
          hours: (endMin - startMin) / 60,
          isNight: overlapsNight(startMin, endMin, nightStart, nightEnd),
          isWeekend: weekend,
        });
      });
    }
  }
  out.sort((a, b) => a.startMin - b.startMin || a.post.id - b.post.id || a.order - b.order);
  return out.map(({ order: _order, ...shift }, index) => ({ ...shift, index }));
}
