/**
 * Per-person indexes of what is booked: spans sorted by start, hours per ISO week, availability,
 * fairness counters. Every rule check is a binary search or a map lookup, never a scan of all shifts.
 */
import type { Id, Person, PersonHistory, Rules } from './types';
import { DAY_MIN, boundMin, dayNum, toMin, weekOf, weekdayOf } from './time';
import { overlapsNight } from './shifts';
import { clockMin } from './time';

export interface Span {
  startMin: number;
  endMin: number;
  hours: number;
}

export class Book {
  readonly index = new Map<Id, number>();
  readonly spans: Span[][];
  readonly weekHours: Map<number, number>[];
  readonly unavailable: [number, number][][];
  readonly maxHours: number[];
  /** Counters including history. */
  readonly nights: number[];
  readonly weekends: number[];
  /** Counters of the period only. */
  readonly hours: number[];
  readonly shifts: number[];
  readonly periodNights: number[];
  readonly periodWeekends: number[];
  readonly lastPost: (Id | undefined)[];
  /** Partners of each person's latest shift, by post. */
  readonly lastPartners: Id[][];
  /** Posts of the period that need a leader on duty (set by generate). */
  leaderPosts = 0;
  /** How far back a span can still matter for overlap or rest, in minutes. */
  readonly lookback: number;

  constructor(
    readonly people: Person[],
    readonly rules: Rules,
    history: PersonHistory[] = [],
  ) {
    const n = people.length;
    people.forEach((p, i) => this.index.set(p.id, i));
    this.spans = people.map(() => []);
    this.weekHours = people.map(() => new Map());
    this.unavailable = people.map((p) =>
      p.unavailable.map((u): [number, number] => [boundMin(u.from, false), boundMin(u.to, true)]),
    );
    this.maxHours = people.map((p) => p.maxHoursPerWeek ?? rules.maxHoursPerWeek);
    this.nights = new Array<number>(n).fill(0);
    this.weekends = new Array<number>(n).fill(0);
    this.hours = new Array<number>(n).fill(0);
    this.shifts = new Array<number>(n).fill(0);
    this.periodNights = new Array<number>(n).fill(0);
    this.periodWeekends = new Array<number>(n).fill(0);
    this.lastPost = new Array<Id | undefined>(n).fill(undefined);
    this.lastPartners = people.map(() => []);
    this.lookback = (48 + Math.max(rules.minRestHours, rules.longRestHours)) * 60;
    for (const h of history) {
      const p = this.index.get(h.personId);
      if (p === undefined) continue;
      this.nights[p]! += h.nights;
      this.weekends[p]! += h.weekends;
      this.lastPost[p] = h.lastPostId;
      for (const past of h.recent) {
        const startMin = toMin(past.start);
        const endMin = toMin(past.end);
        this.add(p, { startMin, endMin, hours: (endMin - startMin) / 60 });
      }
    }
  }

  /** Books a span for person p (rules are not checked here). */
  add(p: number, span: Span): void {
    const list = this.spans[p]!;
    let i = list.length;
    while (i > 0 && list[i - 1]!.startMin > span.startMin) i--;
    list.splice(i, 0, span);
    const week = weekOf(Math.floor(span.startMin / DAY_MIN));
    const wh = this.weekHours[p]!;
    wh.set(week, (wh.get(week) ?? 0) + span.hours);
  }

  /** Books a shift of the period for p, with its fairness counters. */
  assign(p: number, span: Span & { postId: Id; isNight: boolean; isWeekend: boolean }, partners: Id[]): void {
    this.add(p, span);
    this.hours[p]! += span.hours;
    this.shifts[p]! += 1;
    if (span.isNight) {
      this.nights[p]! += 1;
      this.periodNights[p]! += 1;
    }
    if (span.isWeekend) {
      this.weekends[p]! += 1;
      this.periodWeekends[p]! += 1;
    }
    this.lastPost[p] = span.postId;
    this.lastPartners[p] = partners;
  }
}

/** Night and weekend flags of a past shift, by the same definitions as the period's shifts. */
export function classifyPast(
  start: string,
  end: string,
  rules: Pick<Rules, 'nightStart' | 'nightEnd' | 'holidays'>,
): { isNight: boolean; isWeekend: boolean } {
  const s = toMin(start);
  const e = toMin(end);
  const day = dayNum(start.slice(0, 10));
  return {
    isNight: overlapsNight(s, e, clockMin(rules.nightStart), clockMin(rules.nightEnd)),
    isWeekend: weekdayOf(day) >= 6 || rules.holidays.includes(start.slice(0, 10)),
  };
}
