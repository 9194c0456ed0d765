/** The 日报's figures for a day, counted by the test from its own records. */
import { addDays } from '../../../shared/domain/dates';
import { activeOn, COMMUNITIES, weekdayOf, type World } from './world';

export interface Figures {
  active: number;
  added: number;
  closed: number;
}

export function expectedLedgers(world: World, date: string): Record<string, Record<string, Figures>> {
  const out: Record<string, Record<string, Figures>> = {};
  for (const kind of world.kinds) {
    out[kind.name] = Object.fromEntries(COMMUNITIES.map((c) => [c, { active: 0, added: 0, closed: 0 }]));
    for (const e of world.entries) {
      if (e.kind !== kind.key) continue;
      const f = out[kind.name]![e.community]!;
      if (activeOn(e, date)) f.active++;
      if (e.createdAt.slice(0, 10) === date) f.added++;
      if (e.closedOn === date) f.closed++;
    }
  }
  return out;
}

export function expectedTotals(world: World, date: string): Record<string, Figures> {
  const out: Record<string, Figures> = {};
  for (const [kind, byCommunity] of Object.entries(expectedLedgers(world, date))) {
    out[kind] = { active: 0, added: 0, closed: 0 };
    for (const f of Object.values(byCommunity)) {
      out[kind].active += f.active;
      out[kind].added += f.added;
      out[kind].closed += f.closed;
    }
  }
  return out;
}

/** The day's other indicators: key -> community -> count. The world has no roster (rosters.test.ts counts one). */
export function expectedOthers(world: World, date: string) {
  const zero = () => Object.fromEntries(COMMUNITIES.map((c) => [c, 0])) as Record<string, number>;
  const out = {
    dueSoon: zero(),
    dialysisTrips: zero(),
    greenChannel: zero(),
    services: zero(),
    signedIn: zero(),
    rosterFilled: zero(),
  };
  for (const e of world.entries) {
    if (!activeOn(e, date)) continue;
    if (e.kind === 'pregnant' && e.dueDate! >= date && e.dueDate! <= addDays(date, 14)) out.dueSoon[e.community]!++;
    if (e.kind === 'dialysis' && e.dialysisDays!.includes(weekdayOf(date))) out.dialysisTrips[e.community]!++;
  }
  for (const s of world.services) {
    if (s.at.slice(0, 10) !== date) continue;
    out.services[s.community]!++;
    if (s.type === '绿色通道') out.greenChannel[s.community]!++;
  }
  for (const s of world.signins) if (s.day === date) out.signedIn[s.community]!++;
  return out;
}
