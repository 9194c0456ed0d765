/** An independent check of every hard rule over a stored roster, read back through rosters.grid. */
import { expect } from 'vitest';
import type { AppCore } from '../../../electron/core/app';
import type { DutyPerson, RosterGrid, Unavailability } from '../../../shared/domain/rosters/types';
import { ok } from '../helpers';

const minutes = (t: string) => {
  const day = Date.UTC(Number(t.slice(0, 4)), Number(t.slice(5, 7)) - 1, Number(t.slice(8, 10))) / 60_000;
  return t.length === 10 ? day : day + Number(t.slice(11, 13)) * 60 + Number(t.slice(14, 16));
};

export function expectStoredRosterKeepsHardRules(core: AppCore, g: RosterGrid): void {
  const people = new Map(ok<DutyPerson[]>(core, 'dutyPeople.list', {}).map((p) => [p.cadreId, p]));
  const away = ok<Unavailability[]>(core, 'availability.list', {});
  const posts = new Map(g.posts.map((p) => [p.id, p]));
  const spans = new Map<number, { s: number; e: number; at: string }[]>();
  for (const cell of g.cells) {
    const post = posts.get(cell.postId)!;
    const where = `${post.name} ${cell.date} ${cell.shiftName}`;
    const ids = cell.people.map((p) => p.cadreId);
    // A shift never rostered: nothing to check.
    if (!ids.length && !cell.reasons.length) continue;
    // Person rules never break; a shift left short says why.
    for (const issue of cell.issues) {
      expect(['headcount', 'partyMember', 'leader'], `${where} ${issue.label}`).toContain(issue.rule);
      if (issue.rule === 'headcount') expect(cell.reasons.length, where).toBeGreaterThan(0);
      else expect(cell.reasons, where).toContain(issue.label);
    }
    expect(new Set(ids).size, where).toBe(ids.length);
    if (ids.length < post.perShift) expect(cell.reasons.length, where).toBeGreaterThan(0);
    if (post.needsPartyMember && !ids.some((id) => people.get(id)!.isPartyMember))
      expect(cell.reasons, where).toContain('本班次需要党员');
    if (post.needsLeader) {
      if (cell.leaderId === null) expect(cell.reasons, where).toContain('需要带班领导');
      else {
        expect(ids, where).toContain(cell.leaderId);
        expect(people.get(cell.leaderId)!.isLeader, where).toBe(true);
      }
    }
    const s = minutes(cell.start);
    const e = minutes(cell.end);
    for (const id of ids) {
      for (const u of away.filter((x) => x.cadreId === id)) {
        const us = minutes(u.from);
        const ue = u.to.length === 10 ? minutes(u.to) + 1440 : minutes(u.to);
        expect(s < ue && us < e, `${people.get(id)!.name} unavailable at ${where}`).toBe(false);
      }
      spans.set(id, [...(spans.get(id) ?? []), { s, e, at: where }]);
    }
  }
  for (const [id, list] of spans) {
    list.sort((a, b) => a.s - b.s);
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1]!;
      const need = prev.e - prev.s >= 24 * 60 ? 24 : 12;
      expect(list[i]!.s - prev.e, `rest of ${id} before ${list[i]!.at}`).toBeGreaterThanOrEqual(need * 60);
    }
    const weeks = new Map<number, number>();
    for (const x of list) {
      const day = Math.floor(x.s / 1440);
      const monday = day - ((day + 3) % 7);
      weeks.set(monday, (weeks.get(monday) ?? 0) + (x.e - x.s) / 60);
    }
    for (const h of weeks.values()) expect(h).toBeLessThanOrEqual(people.get(id)!.maxHoursPerWeek ?? 60);
  }
}
