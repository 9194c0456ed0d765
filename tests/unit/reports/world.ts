/**
 * A street with entries made, closed and served through the real handlers on chosen days, and
 * the same facts kept as plain records, so the tests count them with their own loops.
 * Creation days are set by a direct UPDATE of created_at (the handlers stamp the test clock);
 * closing days go through entries.close's own date; service times and sign-in days are the
 * handlers' own inputs.
 */
import type { AppCore } from '../../../electron/core/app';
import { addDays } from '../../../shared/domain/dates';
import type { Entry, LedgerKind, ServiceType } from '../../../shared/domain/ledgers/types';
import { manId, womanId } from '../ids';
import { ok } from '../helpers';
import { addCadre } from '../signins/seed';

/** 城北社区 has nothing in it at all: the absent community. */
export const COMMUNITIES = ['湖东社区', '柳影社区', '城北社区'];
export const BUSY = ['湖东社区', '柳影社区'];
export const FIRST_DAY = '2026-11-01';
export const DAYS = 30;

export interface EntryFact {
  id: number;
  kindName: string;
  kind: string;
  community: string;
  createdAt: string; // 'YYYY-MM-DD HH:mm'
  closedOn: string | null;
  dueDate?: string;
  dialysisDays?: number[];
}
export interface ServiceFact {
  community: string;
  kind: string;
  at: string;
  type: ServiceType;
}
export interface SigninFact {
  cadre: number;
  community: string;
  day: string;
}
export interface World {
  entries: EntryFact[];
  services: ServiceFact[];
  signins: SigninFact[];
  kinds: { key: string; name: string }[];
}

/** A small deterministic generator, so every run makes the same street. */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * n);
  };
}

const TYPES: ServiceType[] = ['走访', '电话随访', '送药送物', '绿色通道', '其他'];

export function setCreatedAt(core: AppCore, id: number, at: string): void {
  core.ctx.db.prepare('UPDATE entries SET created_at = ? WHERE id = ?').run(at, id);
}

export function makeWorld(core: AppCore): World {
  for (const name of COMMUNITIES) ok(core, 'communities.add', { name });
  const elderly = ok<LedgerKind>(core, 'kinds.add', {
    name: '独居老人',
    fields: [{ label: '是否需要送餐', type: 'bool' }],
  });
  const kinds = [
    { key: 'pregnant', name: '孕产妇' },
    { key: 'dialysis', name: '透析患者' },
    { key: elderly.key, name: '独居老人' },
  ];
  const r = random(20261123);
  const world: World = { entries: [], services: [], signins: [], kinds };
  for (let i = 1; i <= 60; i++) {
    const kind = kinds[r(3)]!;
    const community = BUSY[r(2)]!;
    const created = addDays(FIRST_DAY, r(DAYS) - 5);
    const createdAt = `${created} ${['00:00', '08:30', '23:59'][r(3)]}`;
    const fact: EntryFact = { id: 0, kindName: kind.name, kind: kind.key, community, createdAt, closedOn: null };
    const input: Record<string, unknown> = { kind: kind.key, community, name: `人员${i}` };
    if (kind.key === 'pregnant') {
      fact.dueDate = addDays(FIRST_DAY, r(DAYS + 20));
      input.idNumber = womanId('19920304', i);
      input.fields = { dueDate: fact.dueDate };
    } else if (kind.key === 'dialysis') {
      fact.dialysisDays = [1, 2, 3, 4, 5, 6, 7].filter(() => r(2) === 1);
      input.idNumber = manId('19550607', i);
      input.fields = { dialysisType: '血透', dialysisDays: fact.dialysisDays };
    } else {
      input.idNumber = manId('19400101', i);
    }
    const entry = ok<Entry>(core, 'entries.add', input);
    fact.id = entry.id;
    setCreatedAt(core, entry.id, createdAt);
    if (r(3) === 0) {
      fact.closedOn = addDays(created, r(12));
      ok(core, 'entries.close', { id: entry.id, reason: '其他', note: '迁出', date: fact.closedOn });
    }
    for (let s = r(4); s > 0; s--) {
      const at = `${addDays(created, r(10))} ${['00:00', '12:00', '23:59'][r(3)]}`;
      const type = TYPES[r(TYPES.length)]!;
      ok(core, 'services.add', { entryId: entry.id, at, type, content: '随访' });
      world.services.push({ community, kind: kind.key, at, type });
    }
    world.entries.push(fact);
  }
  // Cadres: a sign-in names a community, or takes the person's own; one has none and counts nowhere.
  const people = [
    addCadre(core, { name: '江玉兰', phone: '13766554558', community: '湖东社区' }),
    addCadre(core, { name: '刘洋', phone: '13766554559', community: '柳影社区' }),
    addCadre(core, { name: '陈静', phone: '13766554560', community: '湖东社区' }),
    addCadre(core, { name: '赵敏', phone: '13766554561' }),
  ];
  for (let d = 0; d < DAYS; d += 1 + r(2)) {
    const day = addDays(FIRST_DAY, d);
    for (const cadre of people) {
      if (r(3) === 0) continue;
      const named = r(3) === 0 ? BUSY[r(2)]! : undefined;
      ok(core, 'signins.signIn', { cadreId: cadre, day, time: '08:00', ...(named ? { community: named } : {}) });
      const own = cadre === people[1] ? '柳影社区' : cadre === people[3] ? null : '湖东社区';
      const community = named ?? own;
      if (community) world.signins.push({ cadre, community, day });
    }
  }
  return world;
}

/** Every community with 0, then the counts of the facts that pass. */
export function tally<T>(items: T[], community: (item: T) => string, pass: (item: T) => boolean) {
  const counts: Record<string, number> = Object.fromEntries(COMMUNITIES.map((c) => [c, 0]));
  for (const item of items) if (pass(item)) counts[community(item)]! += 1;
  return counts;
}

/** In册 at the end of the day, by the facts. */
export const activeOn = (e: EntryFact, day: string) =>
  e.createdAt.slice(0, 10) <= day && (e.closedOn === null || e.closedOn > day);

/** ISO weekday by the test's own arithmetic: 2026-11-02 was a Monday. */
export function weekdayOf(day: string): number {
  const n = Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse('2026-11-02T00:00:00Z')) / 86_400_000);
  return (((n % 7) + 7) % 7) + 1;
}
