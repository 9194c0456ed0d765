/** Hand-built roster inputs and an independent (slow, obvious) checker of the hard rules. */
import { expect } from 'vitest';
import type { Person, Post, RosterInput, RosterResult, ShiftPattern } from '../../../electron/core/rosters/generator';

export const P3x8: ShiftPattern = {
  id: 1,
  name: '三班倒',
  shifts: [
    { name: '夜班', start: '00:00', end: '08:00' },
    { name: '白班', start: '08:00', end: '16:00' },
    { name: '中班', start: '16:00', end: '24:00' },
  ],
};
export const P2x12: ShiftPattern = {
  id: 2,
  name: '两班倒',
  shifts: [
    { name: '白班', start: '08:00', end: '20:00' },
    { name: '夜班', start: '20:00', end: '08:00' },
  ],
};
export const P24: ShiftPattern = { id: 3, name: '24小时', shifts: [{ name: '全天', start: '08:00', end: '08:00' }] };
export const PDAY: ShiftPattern = { id: 4, name: '白天', shifts: [{ name: '白班', start: '08:00', end: '16:00' }] };
export const PATTERNS = [P3x8, P2x12, P24, PDAY];

export function post(id: number, patternId: number, extra: Partial<Post> = {}): Post {
  return {
    id,
    name: `${id}号卡口`,
    kind: '卡口',
    community: '湖东社区',
    perShift: 1,
    needsPartyMember: false,
    needsLeader: false,
    patterns: { default: patternId },
    ...extra,
  };
}

export function person(id: number, extra: Partial<Person> = {}): Person {
  return { id, name: `人员${id}`, isPartyMember: false, isLeader: false, unavailable: [], ...extra };
}

export const people = (n: number, extra: (i: number) => Partial<Person> = () => ({})) =>
  Array.from({ length: n }, (_, i) => person(i + 1, extra(i + 1)));

const minutes = (t: string) => {
  const day = Date.UTC(Number(t.slice(0, 4)), Number(t.slice(5, 7)) - 1, Number(t.slice(8, 10))) / 60_000;
  return t.length === 10 ? day : day + Number(t.slice(11, 13)) * 60 + Number(t.slice(14, 16));
};

/** Every hard rule, checked pairwise over the result, independently of the generator's code. */
export function expectHardRules(input: RosterInput, result: RosterResult): void {
  const rest = input.rules?.minRestHours ?? 12;
  const longRest = input.rules?.longRestHours ?? 24;
  const maxWeek = input.rules?.maxHoursPerWeek ?? 60;
  const posts = new Map(input.posts.map((p) => [p.id, p]));
  const byId = new Map(input.people.map((p) => [p.id, p]));
  const missing = new Map(result.unfilled.map((u) => [`${u.postId}|${u.date}|${u.shiftName}`, u.missing]));
  const perPerson = new Map<number, { s: number; e: number; date: string }[]>();
  for (const a of result.assignments) {
    const post = posts.get(a.postId)!;
    const m = missing.get(`${a.postId}|${a.date}|${a.shiftName}`) ?? 0;
    expect(a.personIds.length + m, `headcount ${a.date} ${a.shiftName}`).toBe(post.perShift);
    expect(new Set(a.personIds).size).toBe(a.personIds.length);
    if (post.needsPartyMember && m === 0) expect(a.personIds.some((id) => byId.get(id)!.isPartyMember)).toBe(true);
    if (post.needsLeader && m === 0) {
      expect(a.leaderId).toBeDefined();
      expect(byId.get(a.leaderId!)!.isLeader).toBe(true);
      expect(a.personIds).toContain(a.leaderId);
    }
    for (const id of a.personIds) {
      const s = minutes(a.start);
      const e = minutes(a.end);
      for (const u of byId.get(id)!.unavailable) {
        const us = minutes(u.from);
        const ue = u.to.length === 10 ? minutes(u.to) + 1440 : minutes(u.to);
        expect(s < ue && us < e, `person ${id} unavailable at ${a.start}`).toBe(false);
      }
      perPerson.set(id, [...(perPerson.get(id) ?? []), { s, e, date: a.date }]);
    }
  }
  for (const [id, list] of perPerson) {
    list.sort((x, y) => x.s - y.s);
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1]!;
      const cur = list[i]!;
      const need = prev.e - prev.s >= 24 * 60 ? longRest : rest;
      expect(cur.s - prev.e, `rest of person ${id} before ${cur.date}`).toBeGreaterThanOrEqual(need * 60);
    }
    const weeks = new Map<number, number>();
    for (const x of list) {
      const day = Math.floor(x.s / 1440);
      const monday = day - ((day + 3) % 7);
      weeks.set(monday, (weeks.get(monday) ?? 0) + (x.e - x.s) / 60);
    }
    const limit = byId.get(id)!.maxHoursPerWeek ?? maxWeek;
    for (const h of weeks.values()) expect(h).toBeLessThanOrEqual(limit);
  }
}

export const base = (extra: Partial<RosterInput>): RosterInput => ({
  from: '2022-04-11',
  to: '2022-04-11',
  posts: [],
  patterns: PATTERNS,
  people: [],
  ...extra,
});
